// Default names the editor gives new resources (shared/edit/subnet-defaults.ts), in the
// language of whoever creates them.
export const gaps = {
  'edit.default.subnet': 'Subnet {az}',
  'edit.default.publicSubnet': 'Public {az}',
  // The strip under an ECS service's home shape in the VPC: the whole service, every AZ.
  'deploy.canvas.rolling.wholeTitle':
    'Whole service (AZ {az}) during the deploy: {old} old task(s), {starting} new starting, {fresh} new healthy',
  'deploy.canvas.blueGreen.wholeTitle':
    'Whole service (AZ {az}) during the deploy: {old} blue task(s), {starting} green starting, {fresh} green healthy',
};

// The diagram: Availability Zone groups, attachment chips, the network-details view.
export const diagram = {
  'diagram.az': 'Availability Zone {az}',
  'diagram.cmd.networkDetails': 'Network details (route tables, NACLs, security groups)',
  'diagram.chip.routeTable': 'Route table: {name}',
  'diagram.chip.networkAcl': 'Network ACL: {name}',
  'diagram.chip.securityGroup': 'Security group: {name}',
  'diagram.chip.routes': 'Routes: {routes}',
  'diagram.replica': 'Also placed here: {name} (one resource, drawn in each of its subnets)',
  'diagram.link.routeTable': 'uses route table',
  'diagram.link.route': 'route {destination}',
  'diagram.link.securityGroup': 'security group',
  'diagram.link.networkAcl': 'uses network ACL',
  'diagram.link.deadLetter': 'dead letters',
  'diagram.preview.traffic': 'new connection {label}',
  'diagram.preview.refused': 'refused: {reason}',
  'diagram.replicaBadge': 'Shape {index} of {count}: one resource, drawn in each of its subnets',
};

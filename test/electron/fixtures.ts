// Small valid designs for the desktop tests.
import type { Design } from '../../shared/model/index';
import { serializeDesign } from '../../shared/model/index';

/** A valid one-VPC design named `name`, serialized the way Skyplan saves it. */
export function designText(name: string): string {
  const design: Design = {
    format: 'skyplan',
    version: 1,
    name,
    region: 'us-east-1',
    resources: [{ id: 'vpc1', type: 'vpc', name: 'Main VPC', props: { cidr: '10.0.0.0/16' } }],
    connections: [],
  };
  return serializeDesign(design);
}

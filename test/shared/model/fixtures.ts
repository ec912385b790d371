import type { Design } from '../../../shared/model/types';

/** A small valid design: one VPC, a public subnet with an internet gateway and one instance. */
export function smallDesign(): Design {
  return {
    format: 'skyplan',
    version: 1,
    name: 'Small',
    region: 'us-east-1',
    resources: [
      { id: 'internet', type: 'internet', props: {} },
      { id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16' } },
      { id: 'igw1', type: 'internet-gateway', parent: 'vpc1', props: {} },
      {
        id: 'rt1',
        type: 'route-table',
        parent: 'vpc1',
        props: { routes: [{ destination: '0.0.0.0/0', target: 'igw1' }] },
      },
      {
        id: 'pubA',
        type: 'subnet',
        parent: 'vpc1',
        props: { cidr: '10.0.0.0/24', az: 'a', routeTable: 'rt1' },
      },
      {
        id: 'sg1',
        type: 'security-group',
        parent: 'vpc1',
        props: { inbound: [{ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0' }] },
      },
      { id: 'web', type: 'ec2-instance', parent: 'pubA', props: { publicIp: true, securityGroups: ['sg1'] } },
    ],
    connections: [{ id: 'c1', from: 'internet', to: 'web', protocol: 'tcp', port: 443 }],
  };
}

export function text(design: unknown): string {
  return `${JSON.stringify(design, null, 2)}\n`;
}

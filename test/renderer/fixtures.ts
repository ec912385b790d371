/** A small two-subnet VPC used by the renderer tests. */
import type { Design } from '../../shared/model/types';

export function twoTierDesign(): Design {
  return {
    format: 'skyplan',
    version: 1,
    name: 'Two subnets',
    region: 'us-east-1',
    resources: [
      // Listed child-first on purpose: the canvas must still put parents first.
      { id: 'app1', type: 'ec2-instance', parent: 'priv', props: { securityGroups: ['sg1'] } },
      { id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16' } },
      {
        id: 'pub',
        type: 'subnet',
        parent: 'vpc1',
        props: { cidr: '10.0.1.0/24', az: 'a', routeTable: 'rtPub' },
      },
      {
        id: 'priv',
        type: 'subnet',
        parent: 'vpc1',
        props: { cidr: '10.0.2.0/24', az: 'a', routeTable: 'rtPriv' },
      },
      { id: 'igw1', type: 'internet-gateway', parent: 'vpc1', props: {} },
      { id: 'nat1', type: 'nat-gateway', parent: 'pub', props: {} },
      {
        id: 'rtPub',
        type: 'route-table',
        parent: 'vpc1',
        props: { routes: [{ destination: '0.0.0.0/0', target: 'igw1' }] },
      },
      {
        id: 'rtPriv',
        type: 'route-table',
        parent: 'vpc1',
        props: { routes: [{ destination: '0.0.0.0/0', target: 'nat1' }] },
      },
      {
        id: 'sg1',
        type: 'security-group',
        parent: 'vpc1',
        props: { inbound: [{ protocol: 'tcp', ports: '22', peer: 'sg1' }] },
      },
      { id: 'internet', type: 'internet', props: {} },
    ],
    connections: [{ id: 'c1', from: 'app1', to: 'internet', protocol: 'tcp', port: 443 }],
    layout: {
      vpc1: { x: 0, y: 0, w: 800, h: 500 },
      pub: { x: 20, y: 60, w: 300, h: 200 },
      priv: { x: 400, y: 60, w: 300, h: 200 },
      igw1: { x: 300, y: 380 },
      nat1: { x: 40, y: 60 },
      app1: { x: 40, y: 60 },
      rtPub: { x: 100, y: 380 },
      rtPriv: { x: 500, y: 380 },
      sg1: { x: 650, y: 380 },
      internet: { x: 900, y: 100 },
    },
  };
}

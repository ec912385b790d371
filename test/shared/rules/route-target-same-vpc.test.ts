import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/route-target-same-vpc';
import { makeDesign, vpcNetwork, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const otherVpc: Resource[] = [
  { id: 'vpc2', type: 'vpc', name: 'Shared VPC', props: { cidr: '10.9.0.0/16' } },
  { id: 'pub2', type: 'subnet', parent: 'vpc2', props: { cidr: '10.9.0.0/24', az: 'a' } },
  { id: 'nat2', type: 'nat-gateway', parent: 'pub2', props: {} },
  { id: 'igw2', type: 'internet-gateway', parent: 'vpc2', props: {} },
];

testRule(rule, {
  valid: [
    { name: 'routes to NAT gateways of the same VPC', design: makeDesign([...vpcNetwork(), ...otherVpc]) },
    {
      name: "another VPC's internet gateway is left to internet-gateway-attached",
      design: makeDesign([
        ...withProps(vpcNetwork(), 'rtPublic', { routes: [{ destination: '0.0.0.0/0', target: 'igw2' }] }),
        ...otherVpc,
      ]),
    },
  ],
  invalid: [
    {
      name: "a route to another VPC's NAT gateway",
      design: makeDesign([
        ...withProps(vpcNetwork(), 'rtPrivA', { routes: [{ destination: '0.0.0.0/0', target: 'nat2' }] }),
        ...otherVpc,
      ]),
      errors: [
        {
          message: 'rules.route-target-same-vpc.otherVpc',
          resources: ['rtPrivA', 'nat2'],
          fix: 'rules.route-target-same-vpc.otherVpcFix',
          params: { table: 'rtPrivA', target: 'nat2', vpc: 'vpc1', otherVpc: 'Shared VPC' },
        },
      ],
    },
    {
      name: 'a route to a deleted NAT gateway (blackhole)',
      design: makeDesign(vpcNetwork().filter((r) => r.id !== 'natB')),
      errors: [
        {
          message: 'rules.route-target-same-vpc.missing',
          resources: ['rtPrivB'],
          fix: 'rules.route-target-same-vpc.missingFix',
          params: { target: 'natB', destination: '0.0.0.0/0' },
        },
      ],
    },
  ],
});

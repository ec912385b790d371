import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/internet-gateway-attached';
import { alb, makeDesign, vpcNetwork, without, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const isolatedVpc: Resource[] = [
  { id: 'vpc2', type: 'vpc', name: 'Data VPC', props: { cidr: '10.9.0.0/16' } },
  { id: 'data', type: 'subnet', parent: 'vpc2', props: { cidr: '10.9.0.0/24', az: 'a' } },
  { id: 'igw2', type: 'internet-gateway', parent: 'vpc2', props: {} },
];

testRule(rule, {
  valid: [
    { name: 'public resources in a VPC with its own gateway', design: makeDesign([...vpcNetwork(), alb()]) },
    {
      name: 'a private VPC needs no gateway',
      design: makeDesign(without(vpcNetwork(), 'igw1', 'natA', 'natB', 'rtPublic')),
    },
  ],
  invalid: [
    {
      name: "a route to another VPC's internet gateway",
      design: makeDesign([
        ...withProps(vpcNetwork(), 'rtPublic', { routes: [{ destination: '0.0.0.0/0', target: 'igw2' }] }),
        ...isolatedVpc,
      ]),
      errors: [
        {
          message: 'rules.internet-gateway-attached.otherVpc',
          resources: ['rtPublic', 'igw2'],
          fix: 'rules.internet-gateway-attached.otherVpcFix',
          params: { igw: 'igw2', vpc: 'vpc1', otherVpc: 'Data VPC' },
        },
      ],
    },
    {
      name: 'an internet-facing ALB in a VPC without a gateway',
      design: makeDesign([...without(vpcNetwork(), 'igw1', 'natA', 'natB', 'rtPublic'), alb()]),
      errors: [
        {
          message: 'rules.internet-gateway-attached.missing',
          resources: ['vpc1', 'alb1'],
          fix: 'rules.internet-gateway-attached.missingFix',
          params: { vpc: 'vpc1', resource: 'Web ALB' },
        },
      ],
    },
    {
      name: 'public NAT gateways in a VPC without a gateway',
      design: makeDesign(without(vpcNetwork(), 'igw1')),
      errors: [{ message: 'rules.internet-gateway-attached.missing', resources: ['vpc1', 'natA'] }],
    },
  ],
});

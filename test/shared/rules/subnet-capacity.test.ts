import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/subnet-capacity';
import { alb, makeDesign, vpcNetwork, service, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const tiny = (resources: Resource[]) =>
  withProps(withProps(resources, 'pubA', { cidr: '10.0.0.0/28' }), 'pubB', { cidr: '10.0.1.0/28' });
const instance = (id: string): Resource => ({
  id,
  type: 'ec2-instance',
  parent: 'pubA',
  props: { securityGroups: ['sgAlb'] },
});

testRule(rule, {
  valid: [
    {
      name: 'an ALB and services in /24 subnets',
      design: makeDesign([...vpcNetwork(), alb(), service({ desiredCount: 20 })]),
    },
    {
      name: 'an ALB (8) and a NAT gateway (1) fill a /28 (11 usable) without overflowing',
      design: makeDesign([...tiny(vpcNetwork()), alb()]),
    },
  ],
  invalid: [
    {
      name: 'an ALB, a NAT gateway and three instances in a /28',
      design: makeDesign([...tiny(vpcNetwork()), alb(), instance('i1'), instance('i2'), instance('i3')]),
      errors: [
        {
          message: 'rules.subnet-capacity.full',
          resources: ['pubA'],
          fix: 'rules.subnet-capacity.fix',
          params: { usable: 11, needed: 12, prefix: 27 },
        },
      ],
    },
    {
      name: '300 Fargate tasks spread over two /24 subnets (150 each, 251 usable) fit; 600 do not',
      design: makeDesign([...vpcNetwork(), service({ desiredCount: 600 })]),
      errors: [
        {
          message: 'rules.subnet-capacity.full',
          resources: ['privA'],
          params: { needed: 300, usable: 251, prefix: 23 },
        },
        { message: 'rules.subnet-capacity.full', resources: ['privB'] },
      ],
    },
  ],
});

import rule from '../../../shared/rules/cidr-prefix-size';
import { makeDesign, vpcNetwork, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'a /16 VPC with /24 subnets', design: makeDesign(vpcNetwork()) },
    {
      name: 'the extremes /16 and /28',
      design: makeDesign(withProps(vpcNetwork(), 'pubA', { cidr: '10.0.0.0/28' })),
    },
  ],
  invalid: [
    {
      name: 'a /8 VPC',
      design: makeDesign(withProps(vpcNetwork(), 'vpc1', { cidr: '10.0.0.0/8' })),
      errors: [
        {
          message: 'rules.cidr-prefix-size.outOfRange',
          resources: ['vpc1'],
          fix: 'rules.cidr-prefix-size.fix',
          params: { name: 'vpc1', cidr: '10.0.0.0/8' },
        },
      ],
    },
    {
      name: 'a /29 subnet',
      design: makeDesign(withProps(vpcNetwork(), 'privB', { cidr: '10.0.11.0/29' })),
      errors: [{ message: 'rules.cidr-prefix-size.outOfRange', resources: ['privB'] }],
    },
  ],
});

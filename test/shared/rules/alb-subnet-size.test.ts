import rule from '../../../shared/rules/alb-subnet-size';
import { alb, makeDesign, vpcNetwork, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'two /24 subnets', design: makeDesign([...vpcNetwork(), alb()]) },
    {
      name: 'a /27 is the smallest AWS accepts',
      design: makeDesign([...withProps(vpcNetwork(), 'pubB', { cidr: '10.0.1.0/27' }), alb()]),
    },
  ],
  invalid: [
    {
      name: 'a /28 subnet',
      design: makeDesign([...withProps(vpcNetwork(), 'pubB', { cidr: '10.0.1.0/28' }), alb()]),
      errors: [
        {
          message: 'rules.alb-subnet-size.tooSmall',
          resources: ['alb1', 'pubB'],
          fix: 'rules.alb-subnet-size.fix',
          params: { alb: 'Web ALB', subnet: 'pubB', cidr: '10.0.1.0/28' },
        },
      ],
    },
  ],
});

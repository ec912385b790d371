import rule from '../../../shared/rules/alb-subnet-size';
import { alb, design, network, withProps } from './fixtures';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'two /24 subnets', design: design([...network(), alb()]) },
    {
      name: 'a /27 is the smallest AWS accepts',
      design: design([...withProps(network(), 'pubB', { cidr: '10.0.1.0/27' }), alb()]),
    },
  ],
  invalid: [
    {
      name: 'a /28 subnet',
      design: design([...withProps(network(), 'pubB', { cidr: '10.0.1.0/28' }), alb()]),
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

import rule from '../../../shared/rules/alb-internet-facing-public-subnets';
import { alb, design, network } from './fixtures';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'an internet-facing ALB in public subnets', design: design([...network(), alb()]) },
    {
      name: 'an internal ALB in private subnets',
      design: design([...network(), alb({ scheme: 'internal', subnets: ['privA', 'privB'] })]),
    },
  ],
  invalid: [
    {
      name: 'an internet-facing ALB with one private subnet',
      design: design([...network(), alb({ subnets: ['pubA', 'privB'] })]),
      errors: [
        {
          message: 'rules.alb-internet-facing-public-subnets.private',
          resources: ['alb1', 'privB'],
          fix: 'rules.alb-internet-facing-public-subnets.fix',
          params: { alb: 'Web ALB', subnets: 'privB' },
        },
      ],
    },
  ],
});

import rule from '../../../shared/rules/alb-multi-az';
import { alb, design, network } from './fixtures';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'an ALB in public subnets of two AZs', design: design([...network(), alb()]) },
    {
      name: 'an internal ALB in private subnets of two AZs',
      design: design([...network(), alb({ scheme: 'internal', subnets: ['privA', 'privB'] })]),
    },
  ],
  invalid: [
    {
      name: 'one AZ only',
      design: design([...network(), alb({ subnets: ['pubA'] })]),
      errors: [
        {
          message: 'rules.alb-multi-az.tooFewAzs',
          resources: ['alb1'],
          fix: 'rules.alb-multi-az.fix',
          params: { alb: 'Web ALB', count: 1, azs: 'a' },
        },
      ],
    },
    {
      name: 'two subnets of one AZ and one of another',
      design: design([...network(), alb({ subnets: ['pubA', 'privA', 'pubB'] })]),
      errors: [
        {
          message: 'rules.alb-multi-az.sameAz',
          resources: ['alb1', 'pubA', 'privA'],
          fix: 'rules.alb-multi-az.sameAzFix',
          params: { az: 'a', subnets: 'pubA, privA' },
        },
      ],
    },
    {
      name: 'no subnets at all',
      design: design([...network(), alb({ subnets: [] })]),
      errors: [{ message: 'rules.alb-multi-az.tooFewAzs', params: { count: 0, azs: '-' } }],
    },
  ],
});

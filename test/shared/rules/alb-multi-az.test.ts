import rule from '../../../shared/rules/alb-multi-az';
import { alb, makeDesign, vpcNetwork } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'an ALB in public subnets of two AZs', design: makeDesign([...vpcNetwork(), alb()]) },
    {
      name: 'an internal ALB in private subnets of two AZs',
      design: makeDesign([...vpcNetwork(), alb({ scheme: 'internal', subnets: ['privA', 'privB'] })]),
    },
  ],
  invalid: [
    {
      name: 'one AZ only',
      design: makeDesign([...vpcNetwork(), alb({ subnets: ['pubA'] })]),
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
      design: makeDesign([...vpcNetwork(), alb({ subnets: ['pubA', 'privA', 'pubB'] })]),
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
      design: makeDesign([...vpcNetwork(), alb({ subnets: [] })]),
      // Not "subnets in 0 Availability Zone(s) (-)": a sentence of its own.
      errors: [{ message: 'rules.alb-multi-az.noSubnets', fix: 'rules.alb-multi-az.noSubnetsFix' }],
    },
  ],
});

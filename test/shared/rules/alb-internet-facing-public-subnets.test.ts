import rule from '../../../shared/rules/alb-internet-facing-public-subnets';
import { alb, makeDesign, vpcNetwork, withProps } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'an internet-facing ALB in public subnets', design: makeDesign([...vpcNetwork(), alb()]) },
    {
      // Issue 15: public means any route to the internet gateway, as the tracer sees it.
      name: 'public subnets routing 0.0.0.0/1 and 128.0.0.0/1 to the internet gateway',
      design: makeDesign([
        ...withProps(vpcNetwork(), 'rtPublic', {
          routes: [
            { destination: '0.0.0.0/1', target: 'igw1' },
            { destination: '128.0.0.0/1', target: 'igw1' },
          ],
        }),
        alb(),
      ]),
    },
    {
      name: 'an internal ALB in private subnets',
      design: makeDesign([...vpcNetwork(), alb({ scheme: 'internal', subnets: ['privA', 'privB'] })]),
    },
  ],
  invalid: [
    {
      name: 'an internet-facing ALB with one private subnet',
      design: makeDesign([...vpcNetwork(), alb({ subnets: ['pubA', 'privB'] })]),
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

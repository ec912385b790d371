import rule from '../../../shared/rules/lambda-in-public-subnet';
import { makeDesign, fn, vpcNetwork } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    {
      name: 'a function in private subnets',
      design: makeDesign([...vpcNetwork(), fn('f', { subnets: ['privA', 'privB'] })]),
    },
    { name: 'a function outside any VPC', design: makeDesign([...vpcNetwork(), fn('f')]) },
  ],
  invalid: [
    {
      name: 'a function in public subnets',
      design: makeDesign([
        ...vpcNetwork(),
        fn('f', { subnets: ['pubA', 'pubB'], securityGroups: ['sgApp'] }),
      ]),
      errors: [
        {
          message: 'rules.lambda-in-public-subnet.public',
          resources: ['f', 'pubA', 'pubB'],
          fix: 'rules.lambda-in-public-subnet.fix',
          params: { subnets: 'pubA, pubB' },
        },
      ],
    },
  ],
});

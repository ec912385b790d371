import rule from '../../../shared/rules/lambda-in-public-subnet';
import { design, fn, network } from './fixtures';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    {
      name: 'a function in private subnets',
      design: design([...network(), fn('f', { subnets: ['privA', 'privB'] })]),
    },
    { name: 'a function outside any VPC', design: design([...network(), fn('f')]) },
  ],
  invalid: [
    {
      name: 'a function in public subnets',
      design: design([...network(), fn('f', { subnets: ['pubA', 'pubB'], securityGroups: ['sgApp'] })]),
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

import rule from '../../../shared/rules/security-group-unused';
import { alb, design, network, service } from './fixtures';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    { name: 'one group attached, the other referenced by a rule', design: design([...network(), service()]) },
    { name: 'both groups attached', design: design([...network(), service(), alb()]) },
  ],
  invalid: [
    {
      name: 'a group nothing uses',
      design: design(network()),
      errors: [
        {
          message: 'rules.security-group-unused.unused',
          resources: ['sgApp'],
          fix: 'rules.security-group-unused.fix',
          severity: 'info',
        },
      ],
    },
  ],
});

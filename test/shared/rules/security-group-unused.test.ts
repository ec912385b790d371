import rule from '../../../shared/rules/security-group-unused';
import { alb, makeDesign, vpcNetwork, service } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    {
      name: 'one group attached, the other referenced by a rule',
      design: makeDesign([...vpcNetwork(), service()]),
    },
    { name: 'both groups attached', design: makeDesign([...vpcNetwork(), service(), alb()]) },
  ],
  invalid: [
    {
      name: 'a group nothing uses',
      design: makeDesign(vpcNetwork()),
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

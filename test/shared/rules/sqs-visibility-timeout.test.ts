import rule from '../../../shared/rules/sqs-visibility-timeout';
import { makeDesign, fn, link, queue } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const poll = link('c1', 'jobs', 'worker', { kind: 'trigger' });

testRule(rule, {
  valid: [
    { name: 'defaults: 30 s for a 3 s function', design: makeDesign([queue('jobs'), fn('worker')], [poll]) },
    {
      name: 'six times exactly',
      design: makeDesign(
        [queue('jobs', { visibilityTimeoutSec: 360 }), fn('worker', { timeoutSec: 60 })],
        [poll],
      ),
    },
    {
      name: 'a queue with no Lambda consumer',
      design: makeDesign([queue('jobs', { visibilityTimeoutSec: 1 }), fn('worker', { timeoutSec: 60 })]),
    },
  ],
  invalid: [
    {
      name: 'less than six times',
      design: makeDesign([queue('jobs'), fn('worker', { timeoutSec: 10 })], [poll]),
      errors: [
        {
          message: 'rules.sqs-visibility-timeout.tooShort',
          resources: ['jobs', 'worker'],
          severity: 'warning',
          fix: 'rules.sqs-visibility-timeout.fix',
          params: { visibility: 30, timeout: 10, recommended: 60 },
        },
      ],
    },
    {
      name: 'shorter than the function timeout itself',
      design: makeDesign([queue('jobs'), fn('worker', { timeoutSec: 60 })], [poll]),
      errors: [
        {
          message: 'rules.sqs-visibility-timeout.belowTimeout',
          severity: 'error',
          params: { recommended: 360 },
        },
      ],
    },
  ],
});

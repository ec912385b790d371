import rule from '../../../shared/rules/queue-dead-letter';
import { makeDesign, fn, link, queue } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const poll = link('c1', 'jobs', 'worker', { kind: 'trigger' });

testRule(rule, {
  valid: [
    {
      name: 'a consumed queue with a dead-letter queue (which needs none itself)',
      design: makeDesign(
        [queue('jobs', { deadLetterTarget: 'jobsDlq' }), queue('jobsDlq'), fn('worker'), fn('inspector')],
        [poll, link('c2', 'jobsDlq', 'inspector', { kind: 'trigger' })],
      ),
    },
    { name: 'a queue nobody consumes yet', design: makeDesign([queue('jobs'), fn('worker')]) },
  ],
  invalid: [
    {
      name: 'a consumed queue with no dead-letter queue',
      design: makeDesign([queue('jobs'), fn('worker')], [poll]),
      errors: [
        {
          message: 'rules.queue-dead-letter.missing',
          resources: ['jobs', 'worker'],
          fix: 'rules.queue-dead-letter.fix',
          params: { queue: 'jobs', consumer: 'worker' },
        },
      ],
    },
  ],
});

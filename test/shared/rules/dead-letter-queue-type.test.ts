import rule from '../../../shared/rules/dead-letter-queue-type';
import { makeDesign, queue } from '../../fixtures/designs';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    {
      name: 'standard with standard',
      design: makeDesign([queue('jobs', { deadLetterTarget: 'dlq' }), queue('dlq')]),
    },
    {
      name: 'FIFO with FIFO',
      design: makeDesign([
        queue('jobs', { fifo: true, deadLetterTarget: 'dlq' }),
        queue('dlq', { fifo: true }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'FIFO with standard',
      design: makeDesign([queue('jobs', { fifo: true, deadLetterTarget: 'dlq' }), queue('dlq')]),
      errors: [
        {
          message: 'rules.dead-letter-queue-type.mismatch',
          resources: ['jobs', 'dlq'],
          fix: 'rules.dead-letter-queue-type.mismatchFix',
        },
      ],
    },
    {
      name: 'a queue that is its own dead-letter queue',
      design: makeDesign([queue('jobs', { deadLetterTarget: 'jobs' })]),
      errors: [
        {
          message: 'rules.dead-letter-queue-type.self',
          resources: ['jobs'],
          fix: 'rules.dead-letter-queue-type.selfFix',
        },
      ],
    },
  ],
});

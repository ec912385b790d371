import rule from '../../../shared/rules/dead-letter-queue-type';
import { design, queue } from './fixtures';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    {
      name: 'standard with standard',
      design: design([queue('jobs', { deadLetterTarget: 'dlq' }), queue('dlq')]),
    },
    {
      name: 'FIFO with FIFO',
      design: design([queue('jobs', { fifo: true, deadLetterTarget: 'dlq' }), queue('dlq', { fifo: true })]),
    },
  ],
  invalid: [
    {
      name: 'FIFO with standard',
      design: design([queue('jobs', { fifo: true, deadLetterTarget: 'dlq' }), queue('dlq')]),
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
      design: design([queue('jobs', { deadLetterTarget: 'jobs' })]),
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

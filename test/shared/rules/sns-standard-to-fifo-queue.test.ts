import rule from '../../../shared/rules/sns-standard-to-fifo-queue';
import { makeDesign, link, queue, topic } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const deliver = link('c1', 'events', 'orders', { kind: 'subscribe' });

testRule(rule, {
  valid: [
    {
      name: 'FIFO topic to FIFO queue',
      design: makeDesign([topic('events', { fifo: true }), queue('orders', { fifo: true })], [deliver]),
    },
    {
      name: 'standard topic to standard queue',
      design: makeDesign([topic('events'), queue('orders')], [deliver]),
    },
    {
      name: 'FIFO topic to standard queue',
      design: makeDesign([topic('events', { fifo: true }), queue('orders')], [deliver]),
    },
  ],
  invalid: [
    {
      name: 'standard topic to FIFO queue',
      design: makeDesign([topic('events'), queue('orders', { fifo: true })], [deliver]),
      errors: [
        {
          message: 'rules.sns-standard-to-fifo-queue.mismatch',
          resources: ['c1', 'events', 'orders'],
          fix: 'rules.sns-standard-to-fifo-queue.fix',
        },
      ],
    },
  ],
});

/**
 * A FIFO queue's dead-letter queue must be FIFO and a standard queue's must be standard; AWS
 * refuses the redrive policy otherwise. A queue that is its own dead-letter queue is a loop.
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'dead-letter-queue-type',
    severity: 'error',
    category: 'messaging',
    docs: { description: 'rules.dead-letter-queue-type.description' },
    messages: [
      'rules.dead-letter-queue-type.mismatch',
      'rules.dead-letter-queue-type.mismatchFix',
      'rules.dead-letter-queue-type.self',
      'rules.dead-letter-queue-type.selfFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const queue of index.ofType('sqs-queue')) {
      const dlq = index.getOf(queue.props.deadLetterTarget, 'sqs-queue');
      if (!dlq) continue;
      if (dlq.id === queue.id) {
        ctx.report({
          resources: [queue.id],
          message: 'rules.dead-letter-queue-type.self',
          params: { queue: index.label(queue.id) },
          fix: 'rules.dead-letter-queue-type.selfFix',
        });
        continue;
      }
      const fifo = queue.props.fifo === true;
      if (fifo === (dlq.props.fifo === true)) continue;
      ctx.report({
        resources: [queue.id, dlq.id],
        message: 'rules.dead-letter-queue-type.mismatch',
        params: { queue: index.label(queue.id), dlq: index.label(dlq.id) },
        nested: {
          kind: { key: fifo ? 'rules.queueKind.fifo' : 'rules.queueKind.standard' },
          dlqKind: { key: fifo ? 'rules.queueKind.standard' : 'rules.queueKind.fifo' },
        },
        fix: 'rules.dead-letter-queue-type.mismatchFix',
      });
    }
  },
};

export default rule;

/**
 * A message its consumer can never process (a "poison message") comes back after every
 * visibility timeout until the retention period ends, blocking FIFO groups and costing
 * requests. A dead-letter queue with a receive limit sets it aside for a person to look at.
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'queue-dead-letter',
    severity: 'warning',
    category: 'messaging',
    docs: { description: 'rules.queue-dead-letter.description' },
    messages: ['rules.queue-dead-letter.missing', 'rules.queue-dead-letter.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    // Queues that are somebody's dead-letter queue are where failures end; they need none.
    const deadLetterQueues = new Set<string>();
    for (const queue of index.ofType('sqs-queue')) {
      if (queue.props.deadLetterTarget) deadLetterQueues.add(queue.props.deadLetterTarget);
    }
    for (const fn of index.ofType('lambda-function')) {
      if (fn.props.deadLetterTarget) deadLetterQueues.add(fn.props.deadLetterTarget);
    }
    for (const queue of index.ofType('sqs-queue')) {
      if (queue.props.deadLetterTarget !== undefined || deadLetterQueues.has(queue.id)) continue;
      const consumer = index.outgoing(queue.id)[0];
      if (!consumer) continue;
      ctx.report({
        resources: [queue.id, consumer.to],
        message: 'rules.queue-dead-letter.missing',
        params: { queue: index.label(queue.id), consumer: index.label(consumer.to) },
        fix: 'rules.queue-dead-letter.fix',
      });
    }
  },
};

export default rule;

/** A FIFO queue can subscribe only to a FIFO topic; a standard topic cannot deliver to it. */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'sns-standard-to-fifo-queue',
    severity: 'error',
    category: 'messaging',
    docs: { description: 'rules.sns-standard-to-fifo-queue.description' },
    messages: ['rules.sns-standard-to-fifo-queue.mismatch', 'rules.sns-standard-to-fifo-queue.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const topic of index.ofType('sns-topic')) {
      if (topic.props.fifo === true) continue;
      for (const connection of index.outgoing(topic.id)) {
        const queue = index.getOf(connection.to, 'sqs-queue');
        if (queue?.props.fifo !== true) continue;
        ctx.report({
          resources: [connection.id, topic.id, queue.id],
          message: 'rules.sns-standard-to-fifo-queue.mismatch',
          params: { topic: index.label(topic.id), queue: index.label(queue.id) },
          fix: 'rules.sns-standard-to-fifo-queue.fix',
        });
      }
    }
  },
};

export default rule;

/**
 * A FIFO topic delivers to SQS queues only: AWS refuses Lambda, HTTP/S and email subscriptions
 * on it (https://docs.aws.amazon.com/sns/latest/dg/fifo-message-delivery.html), and S3 event
 * notifications cannot target a FIFO topic
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html).
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'sns-fifo-subscribers',
    severity: 'error',
    category: 'messaging',
    docs: { description: 'rules.sns-fifo-subscribers.description' },
    messages: [
      'rules.sns-fifo-subscribers.subscriber',
      'rules.sns-fifo-subscribers.email',
      'rules.sns-fifo-subscribers.fix',
      'rules.sns-fifo-subscribers.fromS3',
      'rules.sns-fifo-subscribers.fromS3Fix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const topic of index.ofType('sns-topic')) {
      if (topic.props.fifo !== true) continue;
      const name = index.label(topic.id);
      for (const connection of index.outgoing(topic.id)) {
        const target = index.get(connection.to);
        if (!target || target.type === 'sqs-queue') continue;
        ctx.report({
          resources: [connection.id, topic.id, target.id],
          message: 'rules.sns-fifo-subscribers.subscriber',
          params: { topic: name, target: index.label(target.id) },
          nested: { type: { key: `type.${target.type}` } },
          fix: 'rules.sns-fifo-subscribers.fix',
        });
      }
      const email = topic.props.emailSubscriptions;
      if (typeof email === 'number' && email > 0) {
        ctx.report({
          resources: [topic.id],
          message: 'rules.sns-fifo-subscribers.email',
          params: { topic: name, count: email },
          fix: 'rules.sns-fifo-subscribers.fix',
        });
      }
      for (const connection of index.incoming(topic.id)) {
        const bucket = index.getOf(connection.from, 's3-bucket');
        if (!bucket) continue;
        ctx.report({
          resources: [connection.id, bucket.id, topic.id],
          message: 'rules.sns-fifo-subscribers.fromS3',
          params: { topic: name, bucket: index.label(bucket.id) },
          fix: 'rules.sns-fifo-subscribers.fromS3Fix',
        });
      }
    }
  },
};

export default rule;

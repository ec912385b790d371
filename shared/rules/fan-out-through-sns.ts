/**
 * A producer that calls each consumer itself loses the message for any consumer that is down
 * at that moment, and grows a new call for every new consumer. Publishing once to an SNS topic
 * with one SQS queue per consumer keeps every copy until its consumer takes it (docs/domain.md section 6).
 * Only event flows count: a load balancer or API spreading requests is not fan-out.
 */
import type { ResourceType } from '../model/types';
import type { Rule } from './types';
import { designIndex, kindOf } from './utils/design-index';

const PRODUCERS: ReadonlySet<ResourceType> = new Set([
  'lambda-function',
  'ecs-service',
  'ec2-instance',
  's3-bucket',
]);
const CONSUMERS: ReadonlySet<ResourceType> = new Set([
  'lambda-function',
  'ecs-service',
  'ec2-instance',
  'sqs-queue',
]);

const rule: Rule = {
  meta: {
    id: 'fan-out-through-sns',
    severity: 'warning',
    category: 'messaging',
    docs: { description: 'rules.fan-out-through-sns.description' },
    messages: ['rules.fan-out-through-sns.direct', 'rules.fan-out-through-sns.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const producer of ctx.design.resources) {
      if (!PRODUCERS.has(producer.type)) continue;
      const outgoing = index.outgoing(producer.id);
      // Fewer than two connections reach fewer than two consumers (no set for each producer).
      if (outgoing.length < 2) continue;
      const consumers = new Set<string>();
      for (const connection of outgoing) {
        const to = index.get(connection.to);
        if (kindOf(connection) !== 'network' && to && CONSUMERS.has(to.type)) consumers.add(to.id);
      }
      if (consumers.size < 2) continue;
      const ids = [...consumers];
      ctx.report({
        resources: [producer.id, ...ids],
        message: 'rules.fan-out-through-sns.direct',
        params: {
          producer: index.label(producer.id),
          count: ids.length,
          consumers: ids.map((id) => index.label(id)).join(', '),
        },
        fix: 'rules.fan-out-through-sns.fix',
      });
    }
  },
};

export default rule;

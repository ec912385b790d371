/**
 * While a Lambda consumer works on a batch, the queue hides its messages for the visibility
 * timeout. AWS asks for at least six times the function's timeout (retries and batching
 * included); shorter, and a message reappears and is processed twice. Shorter than the
 * function's timeout itself, Lambda refuses to create the event source mapping at all.
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const FACTOR = 6;

const rule: Rule = {
  meta: {
    id: 'sqs-visibility-timeout',
    severity: 'warning',
    category: 'messaging',
    docs: { description: 'rules.sqs-visibility-timeout.description' },
    messages: [
      'rules.sqs-visibility-timeout.tooShort',
      'rules.sqs-visibility-timeout.belowTimeout',
      'rules.sqs-visibility-timeout.fix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const queue of index.ofType('sqs-queue')) {
      const visibility = index.prop(queue, 'visibilityTimeoutSec') ?? 30;
      for (const connection of index.outgoing(queue.id)) {
        const fn = index.getOf(connection.to, 'lambda-function');
        const timeout = fn && index.prop(fn, 'timeoutSec');
        if (!fn || timeout === undefined || visibility >= FACTOR * timeout) continue;
        const belowTimeout = visibility < timeout;
        ctx.report({
          resources: [queue.id, fn.id],
          severity: belowTimeout ? 'error' : 'warning',
          message: belowTimeout
            ? 'rules.sqs-visibility-timeout.belowTimeout'
            : 'rules.sqs-visibility-timeout.tooShort',
          params: { queue: index.label(queue.id), visibility, fn: index.label(fn.id), timeout },
          fix: 'rules.sqs-visibility-timeout.fix',
          fixParams: { queue: index.label(queue.id), recommended: FACTOR * timeout },
        });
      }
    }
  },
};

export default rule;

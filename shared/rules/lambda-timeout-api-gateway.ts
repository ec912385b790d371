/**
 * API Gateway stops waiting for an integration after its timeout (29 s by default for REST and
 * HTTP APIs) and answers 504, while the function keeps running and is billed to the end. A
 * function allowed to run longer than its API waits is a timeout the caller will see.
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'lambda-timeout-api-gateway',
    severity: 'warning',
    category: 'serverless',
    docs: { description: 'rules.lambda-timeout-api-gateway.description' },
    messages: ['rules.lambda-timeout-api-gateway.longer', 'rules.lambda-timeout-api-gateway.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const api of index.ofType('api-gateway')) {
      const limit = index.prop(api, 'integrationTimeoutSec') ?? 29;
      for (const connection of index.outgoing(api.id)) {
        const fn = index.getOf(connection.to, 'lambda-function');
        const timeout = fn && index.prop(fn, 'timeoutSec');
        if (!fn || timeout === undefined || timeout <= limit) continue;
        ctx.report({
          resources: [fn.id, api.id],
          message: 'rules.lambda-timeout-api-gateway.longer',
          params: { fn: index.label(fn.id), timeout, api: index.label(api.id), limit },
          fix: 'rules.lambda-timeout-api-gateway.fix',
        });
      }
    }
  },
};

export default rule;

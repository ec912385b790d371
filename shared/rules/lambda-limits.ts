/**
 * Lambda memory is 128 MB to 10,240 MB and the timeout at most 900 s (15 minutes). The file
 * schema enforces the same bounds on load, but designs edited in memory (canvas, imports,
 * generators) reach the rules without that step, and the explanation here is the useful one.
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

export const LAMBDA_MEMORY_MB = { min: 128, max: 10240 };
export const LAMBDA_TIMEOUT_SEC = { min: 1, max: 900 };

const rule: Rule = {
  meta: {
    id: 'lambda-limits',
    severity: 'error',
    category: 'serverless',
    docs: { description: 'rules.lambda-limits.description' },
    messages: [
      'rules.lambda-limits.memory',
      'rules.lambda-limits.memoryFix',
      'rules.lambda-limits.timeout',
      'rules.lambda-limits.timeoutFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const fn of index.ofType('lambda-function')) {
      const memoryMb = index.prop(fn, 'memoryMb');
      const timeoutSec = index.prop(fn, 'timeoutSec');
      const name = index.label(fn.id);
      if (memoryMb !== undefined && (memoryMb < LAMBDA_MEMORY_MB.min || memoryMb > LAMBDA_MEMORY_MB.max)) {
        ctx.report({
          resources: [fn.id],
          message: 'rules.lambda-limits.memory',
          params: { fn: name, memory: memoryMb, ...LAMBDA_MEMORY_MB },
          fix: 'rules.lambda-limits.memoryFix',
        });
      }
      if (
        timeoutSec !== undefined &&
        (timeoutSec < LAMBDA_TIMEOUT_SEC.min || timeoutSec > LAMBDA_TIMEOUT_SEC.max)
      ) {
        ctx.report({
          resources: [fn.id],
          message: 'rules.lambda-limits.timeout',
          params: { fn: name, timeout: timeoutSec, ...LAMBDA_TIMEOUT_SEC },
          fix: 'rules.lambda-limits.timeoutFix',
        });
      }
    }
  },
};

export default rule;

import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/lambda-timeout-api-gateway';
import { design, fn, link } from './fixtures';
import { testRule } from './rule-tester';

const api = (props: Record<string, unknown> = {}): Resource =>
  ({ id: 'api', type: 'api-gateway', name: 'Orders API', props: { apiType: 'rest', ...props } }) as Resource;
const invoke = link('c1', 'api', 'handler', { kind: 'invoke' });

testRule(rule, {
  valid: [
    {
      name: 'a 10 s function behind the default 29 s',
      design: design([api(), fn('handler', { timeoutSec: 10 })], [invoke]),
    },
    { name: 'exactly the limit', design: design([api(), fn('handler', { timeoutSec: 29 })], [invoke]) },
    {
      name: 'a raised integration timeout',
      design: design([api({ integrationTimeoutSec: 120 }), fn('handler', { timeoutSec: 90 })], [invoke]),
    },
    {
      name: 'a long function not behind the API',
      design: design([api(), fn('handler', { timeoutSec: 300 })]),
    },
  ],
  invalid: [
    {
      name: 'a 60 s function behind the default timeout',
      design: design([api(), fn('handler', { timeoutSec: 60 })], [invoke]),
      errors: [
        {
          message: 'rules.lambda-timeout-api-gateway.longer',
          resources: ['handler', 'api'],
          fix: 'rules.lambda-timeout-api-gateway.fix',
          params: { timeout: 60, limit: 29, api: 'Orders API' },
        },
      ],
    },
  ],
});

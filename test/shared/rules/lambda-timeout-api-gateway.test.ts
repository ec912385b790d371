import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/lambda-timeout-api-gateway';
import { makeDesign, fn, link } from '../../fixtures/designs';
import { testRule } from './rule-tester';

const api = (props: Record<string, unknown> = {}): Resource =>
  ({ id: 'api', type: 'api-gateway', name: 'Orders API', props: { apiType: 'rest', ...props } }) as Resource;
const invoke = link('c1', 'api', 'handler', { kind: 'invoke' });

testRule(rule, {
  valid: [
    {
      name: 'a 10 s function behind the default 29 s',
      design: makeDesign([api(), fn('handler', { timeoutSec: 10 })], [invoke]),
    },
    { name: 'exactly the limit', design: makeDesign([api(), fn('handler', { timeoutSec: 29 })], [invoke]) },
    {
      name: 'a raised integration timeout',
      design: makeDesign([api({ integrationTimeoutSec: 120 }), fn('handler', { timeoutSec: 90 })], [invoke]),
    },
    {
      name: 'a long function not behind the API',
      design: makeDesign([api(), fn('handler', { timeoutSec: 300 })]),
    },
  ],
  invalid: [
    {
      name: 'a 60 s function behind the default timeout',
      design: makeDesign([api(), fn('handler', { timeoutSec: 60 })], [invoke]),
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

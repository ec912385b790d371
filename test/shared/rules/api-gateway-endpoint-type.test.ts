import type { Resource } from '../../../shared/model/types';
import rule from '../../../shared/rules/api-gateway-endpoint-type';
import { makeDesign } from '../../fixtures/designs';
import { testRule } from './rule-tester';

function api(apiType: string, endpointType?: string): Resource {
  return { id: 'api', type: 'api-gateway', props: { apiType, endpointType } } as Resource;
}

testRule(rule, {
  valid: [
    { name: 'a private REST API', design: makeDesign([api('rest', 'private')]) },
    { name: 'an edge-optimized REST API', design: makeDesign([api('rest', 'edge')]) },
    { name: 'a regional HTTP API', design: makeDesign([api('http', 'regional')]) },
    { name: 'an HTTP API with the default type', design: makeDesign([api('http')]) },
  ],
  invalid: [
    {
      name: 'a private HTTP API',
      design: makeDesign([api('http', 'private')]),
      errors: [
        {
          message: 'rules.api-gateway-endpoint-type.restOnly',
          resources: ['api'],
          fix: 'rules.api-gateway-endpoint-type.fix',
          params: { api: 'api', apiType: 'http', endpointType: 'private' },
        },
      ],
    },
    {
      name: 'an edge-optimized WebSocket API',
      design: makeDesign([api('websocket', 'edge')]),
      errors: [{ message: 'rules.api-gateway-endpoint-type.restOnly', params: { apiType: 'websocket' } }],
    },
  ],
});

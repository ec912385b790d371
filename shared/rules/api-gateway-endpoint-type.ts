/**
 * Only REST APIs offer the edge-optimized and private endpoint types; HTTP and WebSocket APIs
 * are regional, and AWS has no setting to make them private
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html).
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'api-gateway-endpoint-type',
    severity: 'error',
    category: 'serverless',
    docs: { description: 'rules.api-gateway-endpoint-type.description' },
    messages: ['rules.api-gateway-endpoint-type.restOnly', 'rules.api-gateway-endpoint-type.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const api of index.ofType('api-gateway')) {
      const endpointType = api.props.endpointType;
      if (api.props.apiType === 'rest' || endpointType === undefined || endpointType === 'regional') continue;
      ctx.report({
        resources: [api.id],
        message: 'rules.api-gateway-endpoint-type.restOnly',
        params: { api: index.label(api.id), apiType: api.props.apiType, endpointType },
        fix: 'rules.api-gateway-endpoint-type.fix',
      });
    }
  },
};

export default rule;

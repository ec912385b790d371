/** Gateway endpoints exist for S3 and DynamoDB only; every other service needs an interface endpoint. */
import { GATEWAY_SERVICES } from '../network/services';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'gateway-endpoint-service',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.gateway-endpoint-service.description' },
    messages: ['rules.gateway-endpoint-service.unsupported', 'rules.gateway-endpoint-service.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const endpoint of index.ofType('vpc-endpoint')) {
      const { endpointType, service } = endpoint.props;
      if (endpointType !== 'gateway' || GATEWAY_SERVICES.has(service)) continue;
      ctx.report({
        resources: [endpoint.id],
        message: 'rules.gateway-endpoint-service.unsupported',
        params: { endpoint: index.label(endpoint.id), service },
        fix: 'rules.gateway-endpoint-service.fix',
        fixParams: { service },
      });
    }
  },
};

export default rule;

/**
 * An endpoint does nothing until it is wired in: a gateway endpoint adds its route only to the
 * route tables it is associated with, and an interface endpoint exists only in the subnets it
 * is given. Both are easy to forget, and the design then looks right but still uses NAT.
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'endpoint-without-association',
    severity: 'warning',
    category: 'network',
    docs: { description: 'rules.endpoint-without-association.description' },
    messages: [
      'rules.endpoint-without-association.noRouteTables',
      'rules.endpoint-without-association.noRouteTablesFix',
      'rules.endpoint-without-association.noSubnets',
      'rules.endpoint-without-association.noSubnetsFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const endpoint of index.ofType('vpc-endpoint')) {
      const { endpointType, service, routeTables = [], subnets = [] } = endpoint.props;
      const params = { endpoint: index.label(endpoint.id), service };
      if (endpointType === 'gateway' && routeTables.length === 0) {
        ctx.report({
          resources: [endpoint.id],
          message: 'rules.endpoint-without-association.noRouteTables',
          params,
          fix: 'rules.endpoint-without-association.noRouteTablesFix',
        });
      } else if (endpointType === 'interface' && subnets.length === 0) {
        ctx.report({
          resources: [endpoint.id],
          message: 'rules.endpoint-without-association.noSubnets',
          params,
          fix: 'rules.endpoint-without-association.noSubnetsFix',
        });
      }
    }
  },
};

export default rule;

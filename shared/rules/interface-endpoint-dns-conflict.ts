/**
 * Private DNS makes a service's public name resolve to an endpoint's addresses inside the VPC,
 * through a private hosted zone only one endpoint can own: AWS refuses a second interface
 * endpoint for the same service in the same VPC with private DNS on ("conflicting DNS domain",
 * https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html).
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'interface-endpoint-dns-conflict',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.interface-endpoint-dns-conflict.description' },
    messages: ['rules.interface-endpoint-dns-conflict.conflict', 'rules.interface-endpoint-dns-conflict.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const first = new Map<string, string>();
    for (const endpoint of index.ofType('vpc-endpoint')) {
      if (endpoint.props.endpointType !== 'interface' || index.prop(endpoint, 'privateDns') === false)
        continue;
      const vpc = index.vpcOf(endpoint);
      if (!vpc) continue;
      const key = `${vpc.id} ${endpoint.props.service}`;
      const owner = first.get(key);
      if (owner === undefined) {
        first.set(key, endpoint.id);
        continue;
      }
      ctx.report({
        resources: [endpoint.id, owner],
        message: 'rules.interface-endpoint-dns-conflict.conflict',
        params: {
          endpoint: index.label(endpoint.id),
          other: index.label(owner),
          service: endpoint.props.service,
          vpc: index.label(vpc.id),
        },
        fix: 'rules.interface-endpoint-dns-conflict.fix',
      });
    }
  },
};

export default rule;

/**
 * An interface endpoint takes one subnet per Availability Zone: it puts one network interface
 * in each zone, and AWS refuses two subnets of the same zone
 * (https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html).
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'interface-endpoint-subnet-per-az',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.interface-endpoint-subnet-per-az.description' },
    messages: ['rules.interface-endpoint-subnet-per-az.sameAz', 'rules.interface-endpoint-subnet-per-az.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const endpoint of index.ofType('vpc-endpoint')) {
      if (endpoint.props.endpointType !== 'interface') continue;
      const byAz = new Map<string, string[]>();
      for (const subnet of index.subnetsOf(endpoint)) {
        const list = byAz.get(subnet.props.az) ?? [];
        if (!list.includes(subnet.id)) list.push(subnet.id);
        byAz.set(subnet.props.az, list);
      }
      for (const [az, subnets] of byAz) {
        if (subnets.length < 2) continue;
        ctx.report({
          resources: [endpoint.id, ...subnets],
          message: 'rules.interface-endpoint-subnet-per-az.sameAz',
          params: {
            endpoint: index.label(endpoint.id),
            az,
            subnets: subnets.map((id) => index.label(id)).join(', '),
          },
          fix: 'rules.interface-endpoint-subnet-per-az.fix',
        });
      }
    }
  },
};

export default rule;

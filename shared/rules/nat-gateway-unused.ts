/**
 * A NAT gateway is billed by the hour whether or not traffic flows (about 32 USD a month in
 * us-east-1 before data). One that no route table sends traffic to does nothing for that money:
 * usually a private route table still points somewhere else.
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'nat-gateway-unused',
    severity: 'warning',
    category: 'cost',
    docs: { description: 'rules.nat-gateway-unused.description' },
    messages: ['rules.nat-gateway-unused.unused', 'rules.nat-gateway-unused.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const targeted = new Set<string>();
    for (const table of index.ofType('route-table')) {
      for (const route of table.props.routes) targeted.add(route.target);
    }
    for (const nat of index.ofType('nat-gateway')) {
      if (targeted.has(nat.id)) continue;
      ctx.report({
        resources: [nat.id],
        message: 'rules.nat-gateway-unused.unused',
        params: { nat: index.label(nat.id) },
        fix: 'rules.nat-gateway-unused.fix',
      });
    }
  },
};

export default rule;

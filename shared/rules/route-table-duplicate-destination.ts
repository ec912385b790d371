/**
 * A route table holds one route per destination; AWS rejects a second route for the same CIDR
 * (10.0.0.0/16 and 10.0.0.0/16 written differently count as the same block).
 */
import { parseCidr } from '../network/cidr';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'route-table-duplicate-destination',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.route-table-duplicate-destination.description' },
    messages: [
      'rules.route-table-duplicate-destination.duplicate',
      'rules.route-table-duplicate-destination.fix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const table of index.ofType('route-table')) {
      const seen = new Map<string, string>();
      for (const route of table.props.routes) {
        const key = parseCidr(route.destination)?.canonical ?? route.destination;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, route.target);
          continue;
        }
        ctx.report({
          resources: [table.id],
          message: 'rules.route-table-duplicate-destination.duplicate',
          params: {
            table: index.label(table.id),
            destination: key,
            first: index.label(first),
            second: index.label(route.target),
          },
          fix: 'rules.route-table-duplicate-destination.fix',
        });
      }
    }
  },
};

export default rule;

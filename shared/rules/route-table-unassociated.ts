/**
 * A route table that no subnet uses (and that is not the VPC's main table) changes nothing:
 * usually a subnet was meant to point at it and still uses the main table.
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'route-table-unassociated',
    severity: 'warning',
    category: 'network',
    docs: { description: 'rules.route-table-unassociated.description' },
    messages: ['rules.route-table-unassociated.unused', 'rules.route-table-unassociated.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const table of index.ofType('route-table')) {
      if (table.props.main === true || index.associatedRouteTables.has(table.id)) continue;
      ctx.report({
        resources: [table.id],
        message: 'rules.route-table-unassociated.unused',
        params: { table: index.label(table.id) },
        fix: 'rules.route-table-unassociated.fix',
      });
    }
  },
};

export default rule;

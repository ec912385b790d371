/** A VPC has exactly one main route table; with two, which one unassociated subnets use is unclear. */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'single-main-route-table',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.single-main-route-table.description' },
    messages: ['rules.single-main-route-table.several', 'rules.single-main-route-table.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const vpc of index.ofType('vpc')) {
      const mains = index
        .children(vpc.id)
        .filter((child) => child.type === 'route-table' && child.props.main === true);
      if (mains.length < 2) continue;
      const names = mains.map((table) => index.label(table.id));
      ctx.report({
        resources: [vpc.id, ...mains.map((table) => table.id)],
        message: 'rules.single-main-route-table.several',
        params: { vpc: index.label(vpc.id), count: mains.length, tables: names.join(', ') },
        fix: 'rules.single-main-route-table.fix',
        fixParams: { keep: names[0] ?? '' },
      });
    }
  },
};

export default rule;

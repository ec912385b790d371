/** A security group nothing uses or refers to is clutter, or a group someone forgot to attach. */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'security-group-unused',
    severity: 'info',
    category: 'security',
    docs: { description: 'rules.security-group-unused.description' },
    messages: ['rules.security-group-unused.unused', 'rules.security-group-unused.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const group of index.ofType('security-group')) {
      if (index.referencedSecurityGroups.has(group.id)) continue;
      ctx.report({
        resources: [group.id],
        message: 'rules.security-group-unused.unused',
        params: { group: index.label(group.id) },
        fix: 'rules.security-group-unused.fix',
      });
    }
  },
};

export default rule;

/**
 * Network ACL rules are evaluated in number order and AWS keys them by number: two rules with
 * the same number in the same direction cannot exist, and the design's intent is ambiguous.
 */
import type { NetworkAclRule } from '../model/types';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'nacl-duplicate-rule-number',
    severity: 'error',
    category: 'security',
    docs: { description: 'rules.nacl-duplicate-rule-number.description' },
    messages: ['rules.nacl-duplicate-rule-number.duplicate', 'rules.nacl-duplicate-rule-number.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const nacl of index.ofType('network-acl')) {
      const directions: ['inbound' | 'outbound', readonly NetworkAclRule[]][] = [
        ['inbound', nacl.props.inbound],
        ['outbound', nacl.props.outbound],
      ];
      for (const [direction, rules] of directions) {
        const seen = new Set<number>();
        const reported = new Set<number>();
        for (const { rule: number } of rules) {
          if (!seen.has(number)) {
            seen.add(number);
            continue;
          }
          if (reported.has(number)) continue;
          reported.add(number);
          ctx.report({
            resources: [nacl.id],
            message: 'rules.nacl-duplicate-rule-number.duplicate',
            params: { nacl: index.label(nacl.id), number },
            nested: { direction: { key: `rules.direction.${direction}` } },
            fix: 'rules.nacl-duplicate-rule-number.fix',
          });
        }
      }
    }
  },
};

export default rule;

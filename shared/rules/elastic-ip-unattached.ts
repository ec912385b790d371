/** Since February 2024 AWS bills every public IPv4 address by the hour, attached or not. */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'elastic-ip-unattached',
    severity: 'warning',
    category: 'cost',
    docs: { description: 'rules.elastic-ip-unattached.description' },
    messages: ['rules.elastic-ip-unattached.idle', 'rules.elastic-ip-unattached.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const eip of index.ofType('elastic-ip')) {
      const attached = eip.props.attachedTo !== undefined && index.get(eip.props.attachedTo) !== undefined;
      if (attached || index.claimedElasticIps.has(eip.id)) continue;
      ctx.report({
        resources: [eip.id],
        message: 'rules.elastic-ip-unattached.idle',
        params: { eip: index.label(eip.id) },
        fix: 'rules.elastic-ip-unattached.fix',
      });
    }
  },
};

export default rule;

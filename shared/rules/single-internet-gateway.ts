/** AWS attaches at most one internet gateway to a VPC; a second one cannot be attached. */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'single-internet-gateway',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.single-internet-gateway.description' },
    messages: ['rules.single-internet-gateway.several', 'rules.single-internet-gateway.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const vpc of index.ofType('vpc')) {
      const gateways = index.children(vpc.id).filter((child) => child.type === 'internet-gateway');
      if (gateways.length < 2) continue;
      const names = gateways.map((igw) => index.label(igw.id));
      ctx.report({
        resources: [vpc.id, ...gateways.map((igw) => igw.id)],
        message: 'rules.single-internet-gateway.several',
        params: { vpc: index.label(vpc.id), count: gateways.length, gateways: names.join(', ') },
        fix: 'rules.single-internet-gateway.fix',
        fixParams: { keep: names[0] ?? '' },
      });
    }
  },
};

export default rule;

/**
 * An internet-facing load balancer has a public address in each of its subnets; those subnets
 * must be public (a route to an internet gateway, as the network model's isPublicSubnet says),
 * or the load balancer's nodes there are unreachable and cannot answer.
 */
import { networkOf } from '../network/index';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'alb-internet-facing-public-subnets',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.alb-internet-facing-public-subnets.description' },
    messages: [
      'rules.alb-internet-facing-public-subnets.private',
      'rules.alb-internet-facing-public-subnets.fix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const net = networkOf(ctx.design);
    for (const alb of index.ofType('alb')) {
      if (alb.props.scheme !== 'internet-facing') continue;
      const privateSubnets = index.subnetsOf(alb).filter((subnet) => !net.isPublicSubnet(subnet.id));
      if (privateSubnets.length === 0) continue;
      ctx.report({
        resources: [alb.id, ...privateSubnets.map((subnet) => subnet.id)],
        message: 'rules.alb-internet-facing-public-subnets.private',
        params: {
          alb: index.label(alb.id),
          subnets: privateSubnets.map((subnet) => index.label(subnet.id)).join(', '),
        },
        fix: 'rules.alb-internet-facing-public-subnets.fix',
      });
    }
  },
};

export default rule;

/**
 * Lambda never gives the network interfaces of a VPC-attached function a public address, so a
 * public subnet does not give it the internet: it needs a private subnet routed through NAT.
 * A common surprise, since an instance in the same subnet does get out.
 */
import { networkOf } from '../network/index';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'lambda-in-public-subnet',
    severity: 'warning',
    category: 'serverless',
    docs: { description: 'rules.lambda-in-public-subnet.description' },
    messages: ['rules.lambda-in-public-subnet.public', 'rules.lambda-in-public-subnet.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const net = networkOf(ctx.design);
    for (const fn of index.ofType('lambda-function')) {
      const publicSubnets = index.subnetsOf(fn).filter((subnet) => net.isPublicSubnet(subnet.id));
      if (publicSubnets.length === 0) continue;
      ctx.report({
        resources: [fn.id, ...publicSubnets.map((subnet) => subnet.id)],
        message: 'rules.lambda-in-public-subnet.public',
        params: {
          fn: index.label(fn.id),
          subnets: publicSubnets.map((subnet) => index.label(subnet.id)).join(', '),
        },
        fix: 'rules.lambda-in-public-subnet.fix',
      });
    }
  },
};

export default rule;

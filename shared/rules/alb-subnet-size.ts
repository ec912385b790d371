/**
 * Each subnet of an Application Load Balancer needs a block of at least /27 (and at least 8
 * free addresses, which subnet-capacity counts): AWS refuses a /28 when the load balancer is
 * created (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#subnets-load-balancer).
 */
import { parseCidr } from '../network/cidr';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

export const ALB_SMALLEST_PREFIX = 27;

const rule: Rule = {
  meta: {
    id: 'alb-subnet-size',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.alb-subnet-size.description' },
    messages: ['rules.alb-subnet-size.tooSmall', 'rules.alb-subnet-size.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const alb of index.ofType('alb')) {
      for (const subnet of index.subnetsOf(alb)) {
        const cidr = parseCidr(subnet.props.cidr);
        if (!cidr || cidr.prefix <= ALB_SMALLEST_PREFIX) continue;
        ctx.report({
          resources: [alb.id, subnet.id],
          message: 'rules.alb-subnet-size.tooSmall',
          params: { alb: index.label(alb.id), subnet: index.label(subnet.id), cidr: subnet.props.cidr },
          fix: 'rules.alb-subnet-size.fix',
        });
      }
    }
  },
};

export default rule;

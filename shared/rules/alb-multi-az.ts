/**
 * AWS refuses to create an Application Load Balancer without subnets in at least two AZs, and
 * takes only one subnet per AZ (it puts one load balancer node in each zone).
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'alb-multi-az',
    severity: 'error',
    category: 'availability',
    docs: { description: 'rules.alb-multi-az.description' },
    messages: [
      'rules.alb-multi-az.tooFewAzs',
      'rules.alb-multi-az.fix',
      'rules.alb-multi-az.sameAz',
      'rules.alb-multi-az.sameAzFix',
      'rules.alb-multi-az.noSubnets',
      'rules.alb-multi-az.noSubnetsFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const alb of index.ofType('alb')) {
      const subnets = index.subnetsOf(alb);
      const azs = [...new Set(subnets.map((subnet) => subnet.props.az))].sort();
      if (azs.length === 0) {
        ctx.report({
          resources: [alb.id],
          message: 'rules.alb-multi-az.noSubnets',
          params: { alb: index.label(alb.id) },
          fix: 'rules.alb-multi-az.noSubnetsFix',
        });
      } else if (azs.length < 2) {
        ctx.report({
          resources: [alb.id],
          message: 'rules.alb-multi-az.tooFewAzs',
          params: { alb: index.label(alb.id), count: azs.length, azs: azs.join(', ') },
          fix: 'rules.alb-multi-az.fix',
        });
      }
      for (const az of azs) {
        const inZone = subnets.filter((subnet) => subnet.props.az === az);
        if (inZone.length < 2) continue;
        ctx.report({
          resources: [alb.id, ...inZone.map((subnet) => subnet.id)],
          message: 'rules.alb-multi-az.sameAz',
          params: {
            alb: index.label(alb.id),
            az,
            subnets: inZone.map((subnet) => index.label(subnet.id)).join(', '),
          },
          fix: 'rules.alb-multi-az.sameAzFix',
        });
      }
    }
  },
};

export default rule;

/**
 * Databases belong in private subnets with no public address (docs/domain.md section 1). This reads the
 * settings; database-internet-reachable says whether the internet actually gets through.
 */
import { networkOf } from '../network/index';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'rds-not-public',
    severity: 'warning',
    category: 'security',
    docs: { description: 'rules.rds-not-public.description' },
    messages: [
      'rules.rds-not-public.publiclyAccessible',
      'rules.rds-not-public.publiclyAccessibleFix',
      'rules.rds-not-public.publicSubnet',
      'rules.rds-not-public.publicSubnetFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const net = networkOf(ctx.design);
    for (const db of index.ofType('rds-instance')) {
      const name = index.label(db.id);
      if (db.props.publiclyAccessible === true) {
        ctx.report({
          resources: [db.id],
          message: 'rules.rds-not-public.publiclyAccessible',
          params: { db: name },
          fix: 'rules.rds-not-public.publiclyAccessibleFix',
        });
      }
      const publicSubnets = index.subnetsOf(db).filter((subnet) => net.isPublicSubnet(subnet.id));
      if (publicSubnets.length === 0) continue;
      ctx.report({
        resources: [db.id, ...publicSubnets.map((subnet) => subnet.id)],
        message: 'rules.rds-not-public.publicSubnet',
        params: { db: name, subnets: publicSubnets.map((subnet) => index.label(subnet.id)).join(', ') },
        fix: 'rules.rds-not-public.publicSubnetFix',
      });
    }
  },
};

export default rule;

/**
 * A DB instance lives in a DB subnet group, and AWS refuses a group whose subnets cover fewer
 * than two Availability Zones (DBSubnetGroupDoesNotCoverEnoughAZs,
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Subnets),
 * even for a Single-AZ instance. A database drawn in one subnet has a group of that subnet.
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'rds-subnet-group-azs',
    severity: 'error',
    category: 'availability',
    docs: { description: 'rules.rds-subnet-group-azs.description' },
    messages: ['rules.rds-subnet-group-azs.tooFewAzs', 'rules.rds-subnet-group-azs.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const db of index.ofType('rds-instance')) {
      const subnets = index.subnetsOf(db);
      if (subnets.length === 0) continue;
      const azs = [...new Set(subnets.map((subnet) => subnet.props.az))].sort();
      if (azs.length >= 2) continue;
      ctx.report({
        resources: [db.id, ...subnets.map((subnet) => subnet.id)],
        message: 'rules.rds-subnet-group-azs.tooFewAzs',
        params: { db: index.label(db.id), count: azs.length, azs: azs.join(', ') },
        fix: 'rules.rds-subnet-group-azs.fix',
      });
    }
  },
};

export default rule;

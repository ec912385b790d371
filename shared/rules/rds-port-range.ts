/**
 * RDS accepts a database port from 1150 to 65535 for MySQL, MariaDB and PostgreSQL; AWS refuses
 * lower ports when the instance is created (CreateDBInstance, Port,
 * https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html).
 * The engines' usual ports (3306, 5432) are inside the range.
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

export const RDS_PORTS = { min: 1150, max: 65535 };

const rule: Rule = {
  meta: {
    id: 'rds-port-range',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.rds-port-range.description' },
    messages: ['rules.rds-port-range.outOfRange', 'rules.rds-port-range.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const db of index.ofType('rds-instance')) {
      const port = db.props.port;
      if (typeof port !== 'number' || (port >= RDS_PORTS.min && port <= RDS_PORTS.max)) continue;
      ctx.report({
        resources: [db.id],
        message: 'rules.rds-port-range.outOfRange',
        params: { db: index.label(db.id), port, ...RDS_PORTS },
        fix: 'rules.rds-port-range.fix',
        fixParams: { db: index.label(db.id), engine: index.prop(db, 'engine') ?? 'mysql' },
      });
    }
  },
};

export default rule;

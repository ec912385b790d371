/**
 * A database the internet can open a connection to is one leaked password away from a breach.
 * Settings alone do not say it (a public address is harmless behind a closed security group);
 * the network engine traces a request from the internet to the database port, and any path
 * that gets through is an error.
 */
import type { Design } from '../model/types';
import { traceAll, trace } from '../network/index';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const PSEUDO_INTERNET = 'rules-internet';

/**
 * The design's "internet" resource, or the design with one added: a sketch without an internet
 * node is still exposed to it. The extended design is memoised so traces share one model.
 */
const extended = new WeakMap<Design, { design: Design; internet: string }>();
function withInternet(design: Design): { design: Design; internet: string } {
  const existing = design.resources.find((resource) => resource.type === 'internet');
  if (existing) return { design, internet: existing.id };
  let found = extended.get(design);
  if (!found) {
    const internet = { id: PSEUDO_INTERNET, type: 'internet' as const, props: {} };
    found = { design: { ...design, resources: [...design.resources, internet] }, internet: PSEUDO_INTERNET };
    extended.set(design, found);
  }
  return found;
}

const rule: Rule = {
  meta: {
    id: 'database-internet-reachable',
    severity: 'error',
    category: 'security',
    docs: { description: 'rules.database-internet-reachable.description' },
    messages: ['rules.database-internet-reachable.reachable', 'rules.database-internet-reachable.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const databases = index.ofType('rds-instance');
    if (databases.length === 0) return;
    const target = withInternet(ctx.design);
    // Connections already drawn from the internet are traced once by traceAll; reuse them.
    const drawn = traceAll(ctx.design);
    for (const db of databases) {
      const port = db.props.port ?? (db.props.engine === 'postgres' ? 5432 : 3306);
      const already = index
        .incoming(db.id)
        .find((c) => c.from === target.internet && (c.port ?? port) === port);
      const result =
        (already && drawn.get(already.id)) ?? trace(target.design, target.internet, db.id, 'tcp', port);
      if (!result.reachable) continue;
      // The last security-group hop is the one that let the request into the database.
      const ingress = result.hops.filter((hop) => hop.action === 'sg-ingress').pop();
      const group = ingress?.params.group ?? ingress?.resource ?? db.props.securityGroups[0] ?? db.id;
      ctx.report({
        resources: [db.id],
        message: 'rules.database-internet-reachable.reachable',
        params: { db: index.label(db.id), port, group: index.label(String(group)) },
        fix: 'rules.database-internet-reachable.fix',
      });
    }
  },
};

export default rule;

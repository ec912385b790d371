/**
 * The point of the playground: every arrow a person draws must work. Each connection is traced
 * by the network engine (routes, gateways, security groups, network ACLs both ways, listeners,
 * endpoints); when one is blocked, the finding carries the engine's own root cause and fix,
 * translated with the rest of the message, and names the connection and the blocking resource.
 */
import type { Connection } from '../model/types';
import { traceAll } from '../network/index';
import { nameParams } from '../simulate/names';
import type { Rule } from './types';
import type { DesignIndex } from './utils/design-index';
import { designIndex, kindOf } from './utils/design-index';

/** "tcp/443" for network flows, the kind ("invoke") for service flows. */
function flowOf(connection: Connection): string {
  const kind = kindOf(connection);
  if (kind !== 'network') return kind;
  const protocol = connection.protocol ?? 'tcp';
  return connection.port === undefined ? protocol : `${protocol}/${connection.port}`;
}

function baseParams(connection: Connection, index: DesignIndex) {
  return {
    connection: index.label(connection.id),
    from: index.label(connection.from),
    to: index.label(connection.to),
    flow: flowOf(connection),
  };
}

const rule: Rule = {
  meta: {
    id: 'connection-reachable',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.connection-reachable.description' },
    messages: ['rules.connection-reachable.blocked', 'rules.connection-reachable.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const results = traceAll(ctx.design);
    for (const connection of ctx.design.connections) {
      const result = results.get(connection.id);
      // The engine always says why a trace is not reachable (reachable === (blocked === null)).
      const blocked = result?.blocked;
      if (!blocked) continue;
      const params = baseParams(connection, index);
      const known = blocked.resource !== connection.id && index.get(blocked.resource) !== undefined;
      ctx.report({
        resources: known ? [connection.id, blocked.resource] : [connection.id],
        message: 'rules.connection-reachable.blocked',
        params: { ...params, at: index.label(blocked.resource), code: blocked.code },
        // The engine's params carry ids; the finding names resources by their names.
        nested: {
          reason: { key: blocked.message, params: nameParams(ctx.design, blocked.params) },
          howTo: { key: blocked.fix, params: nameParams(ctx.design, blocked.fixParams ?? blocked.params) },
        },
        fix: 'rules.connection-reachable.fix',
      });
    }
  },
};

export default rule;

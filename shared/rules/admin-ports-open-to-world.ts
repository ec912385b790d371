/**
 * SSH and RDP open to 0.0.0.0/0 are scanned within minutes of launch. This reads the group's
 * own rules (what it says), not whether some instance is reachable: the finding stays true for
 * any instance the group is attached to later.
 */
import { parseCidr } from '../network/cidr';
import { covers, parsePorts, protocolMatches } from '../network/ports';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const ADMIN_PORTS: readonly { port: number; service: string }[] = [
  { port: 22, service: 'SSH' },
  { port: 3389, service: 'RDP' },
];

const rule: Rule = {
  meta: {
    id: 'admin-ports-open-to-world',
    severity: 'warning',
    category: 'security',
    docs: { description: 'rules.admin-ports-open-to-world.description' },
    messages: ['rules.admin-ports-open-to-world.open', 'rules.admin-ports-open-to-world.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const group of index.ofType('security-group')) {
      // Reads the group's own rules only.
      if (ctx.reuse?.(group.id)) continue;
      const reported = new Set<number>();
      for (const inbound of group.props.inbound) {
        if (parseCidr(inbound.peer)?.prefix !== 0 || !protocolMatches(inbound.protocol, 'tcp')) continue;
        const range = inbound.protocol === 'all' ? parsePorts(undefined) : parsePorts(inbound.ports);
        for (const { port, service } of ADMIN_PORTS) {
          if (reported.has(port) || !covers(range, { from: port, to: port })) continue;
          reported.add(port);
          ctx.report({
            resources: [group.id],
            message: 'rules.admin-ports-open-to-world.open',
            params: { group: index.label(group.id), port, service, peer: inbound.peer },
            fix: 'rules.admin-ports-open-to-world.fix',
          });
        }
      }
    }
  },
};

export default rule;

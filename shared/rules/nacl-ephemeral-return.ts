/**
 * Network ACLs are stateless: a request let in by an inbound rule is answered to the client's
 * ephemeral port (1024-65535), and that reply must pass the outbound rules too (and the other
 * way round for requests sent out). Forgetting the return rule is the classic NACL mistake.
 * The network model decides each direction; this rule only chooses the questions.
 */
import type { NetworkAclRule } from '../model/types';
import { EPHEMERAL_PORTS, networkOf, parseCidr, parsePorts, portText } from '../network/index';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

type Direction = 'inbound' | 'outbound';
const OPPOSITE: Record<Direction, Direction> = { inbound: 'outbound', outbound: 'inbound' };

/**
 * A wide TCP range above 1023 is itself a return rule (it admits replies); it needs no reply.
 * A single high port such as 8080 is a service port and is checked like any other.
 */
function isReturnRule(rule: NetworkAclRule): boolean {
  const ports = parsePorts(rule.ports);
  return rule.protocol === 'tcp' && ports.from >= EPHEMERAL_PORTS.from && ports.to - ports.from >= 1000;
}

const rule: Rule = {
  meta: {
    id: 'nacl-ephemeral-return',
    severity: 'warning',
    category: 'security',
    docs: { description: 'rules.nacl-ephemeral-return.description' },
    messages: ['rules.nacl-ephemeral-return.noReturn', 'rules.nacl-ephemeral-return.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const net = networkOf(ctx.design);
    const firstSubnet = new Map<string, string>();
    for (const subnet of index.ofType('subnet')) {
      const naclId = subnet.props.networkAcl;
      if (naclId !== undefined && !firstSubnet.has(naclId)) firstSubnet.set(naclId, subnet.id);
    }
    for (const nacl of index.ofType('network-acl')) {
      const subnetId = firstSubnet.get(nacl.id);
      if (subnetId === undefined) continue;
      const reported = new Set<string>();
      for (const direction of ['inbound', 'outbound'] as const) {
        for (const allowed of nacl.props[direction]) {
          if (allowed.action !== 'allow' || (allowed.protocol !== 'tcp' && allowed.protocol !== 'all'))
            continue;
          const cidr = parseCidr(allowed.cidr);
          const key = `${direction} ${allowed.cidr}`;
          if (!cidr || isReturnRule(allowed) || reported.has(key)) continue;
          const reply = net.naclDecision(subnetId, OPPOSITE[direction], 'tcp', EPHEMERAL_PORTS, cidr);
          if (reply.allowed) continue;
          reported.add(key);
          ctx.report({
            resources: [nacl.id],
            message: 'rules.nacl-ephemeral-return.noReturn',
            params: {
              nacl: index.label(nacl.id),
              number: allowed.rule,
              ports: allowed.protocol === 'all' ? 'all' : portText(parsePorts(allowed.ports)),
              cidr: allowed.cidr,
            },
            nested: {
              direction: { key: `rules.direction.${direction}` },
              replyDirection: { key: `rules.direction.${OPPOSITE[direction]}` },
            },
            fix: 'rules.nacl-ephemeral-return.fix',
          });
        }
      }
    }
  },
};

export default rule;

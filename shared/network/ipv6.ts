/**
 * The IPv6 side of a dual-stack design: addresses, routes, security-group and network-ACL rules
 * whose CIDRs are IPv6. The IPv4 model (model.ts) skips every IPv6 CIDR, so IPv4 traffic never
 * matches an IPv6 rule and the other way round, as in AWS, where `0.0.0.0/0` and `::/0` are
 * separate rules.
 *
 * Assumptions (docs/file-format.md, "IPv6"): every interface in a subnet with an `ipv6Cidr`
 * has an IPv6 address, the subnet's block plus the same host number as its IPv4 address
 * (10.0.1.4 in 2600:1f18:0:1::/64 is 2600:1f18:0:1::4); the internet is 2001:db8::10
 * (documentation prefix). IPv6 addresses are globally unique: no public address and no NAT.
 */
import type { NetworkAclRule, Protocol, ResourceOf, Route, SecurityGroupRule } from '../model/types';
import type { Cidr6 } from './cidr6';
import { containsIp6, parseCidr6, parseIp6 } from './cidr6';
import { parseCidr } from './cidr';
import { parsePorts, protocolMatches, toRange, usesPorts } from './ports';
import { entriesOf } from './read';
import type { NetworkModel, Placement, PortRange } from './types';

/** "Someone on the internet" over IPv6 (RFC 3849 documentation prefix). */
export const INTERNET_IP6 = parseIp6('2001:db8::10') ?? 0n;

export interface Route6 {
  destination: string;
  cidr: Cidr6;
  /** "local" or a resource id. */
  target: string;
  tableId: string | null;
}

export interface Nacl6Decision {
  allowed: boolean;
  rule: number | '*';
  naclId: string | null;
  uncovered?: PortRange;
}

/** The subnet's IPv6 block, when it has one. */
export function subnetCidr6(subnet: ResourceOf<'subnet'>): Cidr6 | undefined {
  return parseCidr6(subnet.props.ipv6Cidr ?? '');
}

/** The IPv6 address of an interface, or undefined when its subnet has no IPv6 block. */
export function ip6Of(placement: Placement): bigint | undefined {
  const block = subnetCidr6(placement.subnet);
  const v4 = parseCidr(placement.subnet.props.cidr);
  if (!block || !v4) return undefined;
  return block.network + BigInt((placement.ip - v4.network) >>> 0);
}

/** Longest-prefix match over the IPv6 routes of the subnet's table and the VPC's IPv6 local route. */
export function route6For(model: NetworkModel, subnetId: string, ip: bigint): Route6 | undefined {
  const choice = model.routeTableOf(subnetId);
  const routes: Route6[] = [];
  const vpc = model.vpcOf(subnetId);
  const local = parseCidr6(vpc?.props.ipv6Cidr ?? '');
  if (local)
    routes.push({ destination: local.canonical, cidr: local, target: 'local', tableId: choice.tableId });
  const table = choice.tableId ? model.resource(choice.tableId) : undefined;
  if (table?.type === 'route-table') {
    for (const route of entriesOf<Route>(table.props.routes)) {
      const cidr = parseCidr6(route.destination);
      if (cidr && typeof route.target === 'string')
        routes.push({ destination: cidr.canonical, cidr, target: route.target, tableId: choice.tableId });
    }
  }
  let best: Route6 | undefined;
  for (const route of routes) {
    if (!containsIp6(route.cidr, ip)) continue;
    // Longest prefix wins; on a tie the local route stays first (AWS keeps it most preferred).
    if (!best || route.cidr.prefix > best.cidr.prefix) best = route;
  }
  return best;
}

/** Stateful groups, IPv6 rules only. No outbound rules given = allow all out. */
export function sgAllows6(
  model: NetworkModel,
  groupIds: readonly string[],
  direction: 'inbound' | 'outbound',
  protocol: Protocol,
  port: number | undefined,
  peer: { ip: bigint; groups: readonly string[] },
): { groupId: string; ruleIndex: number | null; rule: SecurityGroupRule | null } | null {
  const range = toRange(port);
  for (const groupId of groupIds) {
    const group = model.resource(groupId);
    if (group?.type !== 'security-group') continue;
    const raw = direction === 'inbound' ? group.props.inbound : group.props.outbound;
    if (raw === undefined) return { groupId, ruleIndex: null, rule: null };
    const rules = entriesOf<SecurityGroupRule>(raw);
    for (const [index, rule] of rules.entries()) {
      if (!protocolMatches(rule.protocol, protocol)) continue;
      const ports = parsePorts(rule.ports);
      if (usesPorts(rule.protocol, protocol) && (ports.from > range.from || range.to > ports.to)) continue;
      const cidr = parseCidr6(rule.peer);
      const matches = cidr
        ? containsIp6(cidr, peer.ip)
        : model.resource(rule.peer)?.type === 'security-group' && peer.groups.includes(rule.peer);
      if (matches) return { groupId, ruleIndex: index, rule };
    }
  }
  return null;
}

/**
 * Stateless, rule-number order, first match wins, implicit deny; IPv6 rules only. A subnet
 * without `networkAcl` uses the default ACL, which AWS gives an allow-all IPv6 rule too.
 */
export function naclDecision6(
  model: NetworkModel,
  subnet: ResourceOf<'subnet'>,
  direction: 'inbound' | 'outbound',
  protocol: Protocol,
  port: number | PortRange | undefined,
  ip: bigint,
): Nacl6Decision {
  const naclId = subnet.props.networkAcl;
  const nacl = naclId ? model.resource(naclId) : undefined;
  if (!naclId || nacl?.type !== 'network-acl') return { allowed: true, rule: 100, naclId: null };
  const rules = entriesOf<NetworkAclRule>(direction === 'inbound' ? nacl.props.inbound : nacl.props.outbound)
    .filter((rule) => typeof rule.rule === 'number')
    .sort((a, b) => a.rule - b.rule);
  let remaining: PortRange[] = [toRange(port)];
  let firstAllow: number | undefined;
  for (const rule of rules) {
    const cidr = parseCidr6(rule.cidr);
    if (!cidr || !protocolMatches(rule.protocol, protocol) || !containsIp6(cidr, ip)) continue;
    const span = usesPorts(rule.protocol, protocol) ? parsePorts(rule.ports) : { from: 0, to: 65535 };
    const hit = remaining.find((r) => r.from <= span.to && span.from <= r.to);
    if (!hit) continue;
    if (rule.action === 'deny') {
      const uncovered = { from: Math.max(hit.from, span.from), to: Math.min(hit.to, span.to) };
      return { allowed: false, rule: rule.rule, naclId, uncovered };
    }
    firstAllow ??= rule.rule;
    remaining = remaining.flatMap((r) => subtract(r, span));
    if (remaining.length === 0) return { allowed: true, rule: firstAllow, naclId };
  }
  return { allowed: false, rule: '*', naclId, uncovered: remaining[0] };
}

function subtract(range: PortRange, cut: PortRange): PortRange[] {
  if (cut.to < range.from || cut.from > range.to) return [range];
  const parts: PortRange[] = [];
  if (range.from < cut.from) parts.push({ from: range.from, to: cut.from - 1 });
  if (cut.to < range.to) parts.push({ from: cut.to + 1, to: range.to });
  return parts;
}

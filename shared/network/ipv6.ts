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
import { ALL_PORTS, decidePorts, parsePorts, protocolMatches, toRange, usesPorts } from './ports';
import { entriesOf } from './read';
import type { NetworkModel, Placement, PortRange } from './types';

/** "Someone on the internet" over IPv6 (RFC 3849 documentation prefix). */
export const INTERNET_IP6 = parseIp6('2001:db8::10') ?? 0n;

/**
 * The well-known NAT64 prefix (RFC 6052): DNS64 answers a name that has only IPv4 addresses
 * with an address inside it, and a NAT gateway translates traffic routed there to IPv4. It is
 * the one IPv6 destination a NAT gateway takes
 * (https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-nat64-dns64.html).
 */
export const NAT64_PREFIX = parseCidr6('64:ff9b::/96');

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

/** Per model: each subnet's IPv6 routes, longest prefix first (the local route first on a tie). */
const routes6Cache = new WeakMap<NetworkModel, Map<string, Route6[]>>();

/** The IPv6 routes of the subnet's table and the VPC's IPv6 local route, built once per model. */
function routes6Of(model: NetworkModel, subnetId: string): Route6[] {
  let bySubnet = routes6Cache.get(model);
  if (!bySubnet) {
    bySubnet = new Map();
    routes6Cache.set(model, bySubnet);
  }
  const cached = bySubnet.get(subnetId);
  if (cached) return cached;
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
  // Stable sort: on a tie the earlier route (the local route first) stays first, as AWS keeps it.
  routes.sort((a, b) => b.cidr.prefix - a.cidr.prefix);
  bySubnet.set(subnetId, routes);
  return routes;
}

/** Longest-prefix match over the IPv6 routes of the subnet's table and the VPC's IPv6 local route. */
export function route6For(model: NetworkModel, subnetId: string, ip: bigint): Route6 | undefined {
  return routes6Of(model, subnetId).find((route) => containsIp6(route.cidr, ip));
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
    // Only an absent outbound list means "allow all" (a new group's default); a group without
    // inbound rules admits nothing, as over IPv4.
    if (raw === undefined && direction === 'outbound') return { groupId, ruleIndex: null, rule: null };
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
 * The default network ACL of a VPC with an IPv6 block: AWS adds rule 101 allowing ::/0 in and
 * out next to the IPv4 rule 100 (https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html).
 */
const DEFAULT_NACL6: Nacl6Decision = Object.freeze({ allowed: true, rule: 101, naclId: null });

/**
 * Stateless, rule-number order, first match wins, implicit deny; IPv6 rules only. A subnet
 * without `networkAcl` uses the default ACL (DEFAULT_NACL6).
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
  const compiled = naclId ? compiledNacl6(model, naclId) : undefined;
  if (!naclId || !compiled) return DEFAULT_NACL6;
  const rules = direction === 'inbound' ? compiled.inbound : compiled.outbound;
  const verdict = decidePorts(rules, port, ({ rule, cidr, ports }) => {
    if (!cidr || !protocolMatches(rule.protocol, protocol) || !containsIp6(cidr, ip)) return null;
    const span = usesPorts(rule.protocol, protocol) ? ports : ALL_PORTS;
    return { rule: rule.rule, action: rule.action, span };
  });
  return { ...verdict, naclId };
}

interface CompiledNacl6Rule {
  rule: NetworkAclRule;
  cidr: Cidr6 | undefined;
  ports: PortRange;
}

/** Per model: each network ACL's rules in rule-number order, parsed once (as model.ts does for IPv4). */
const nacl6Cache = new WeakMap<
  NetworkModel,
  Map<string, { inbound: CompiledNacl6Rule[]; outbound: CompiledNacl6Rule[] } | undefined>
>();

function compiledNacl6(model: NetworkModel, naclId: string) {
  let byNacl = nacl6Cache.get(model);
  if (!byNacl) {
    byNacl = new Map();
    nacl6Cache.set(model, byNacl);
  }
  if (byNacl.has(naclId)) return byNacl.get(naclId);
  const nacl = model.resource(naclId);
  const compile = (rules: unknown): CompiledNacl6Rule[] =>
    entriesOf<NetworkAclRule>(rules)
      .filter((rule) => typeof rule.rule === 'number')
      .sort((a, b) => a.rule - b.rule)
      .map((rule) => ({ rule, cidr: parseCidr6(rule.cidr), ports: parsePorts(rule.ports) }));
  const compiled =
    nacl?.type === 'network-acl'
      ? { inbound: compile(nacl.props.inbound), outbound: compile(nacl.props.outbound) }
      : undefined;
  byNacl.set(naclId, compiled);
  return compiled;
}

/**
 * The IPv6 steps every IPv6 leg (segments6.ts) is made of: the ends of a leg with their IPv6
 * addresses, security-group and network-ACL checks over IPv6 rules, route hops. They record
 * hops and block with the same messages as the IPv4 steps of tracer.ts, so a person reads an
 * IPv6 path the way they read an IPv4 one.
 */
import type { ResourceOf } from '../model/types';
import { ip6ToString } from './cidr6';
import type { Route6 } from './ipv6';
import { INTERNET_IP6, ip6Of, naclDecision6, sgAllows6 } from './ipv6';
import { portText } from './ports';
import type { Path } from './tracer';
import type { Placement } from './types';

/** One end of an IPv6 leg: an interface with its IPv6 address, or the internet (no subnet). */
export interface End6 {
  id: string;
  ip: bigint;
  subnet: ResourceOf<'subnet'> | null;
  groups: readonly string[];
  /** What an SG fix should name as the peer. */
  suggest: string;
}

const NO_GROUPS: readonly string[] = Object.freeze([]);

export const INTERNET_END6: Omit<End6, 'id'> = {
  ip: INTERNET_IP6,
  subnet: null,
  groups: NO_GROUPS,
  suggest: '::/0',
};

/** The IPv6 end of a placed interface; blocks with NO_IPV6_ADDRESS when its subnet has no IPv6 block. */
export function end6Of(path: Path, id: string, placement: Placement): End6 {
  const ip = ip6Of(placement);
  const subnet = placement.subnet;
  if (ip === undefined) {
    const vpc = path.model.vpcOf(subnet.id)?.id ?? '';
    path.block(
      'NO_IPV6_ADDRESS',
      subnet.id,
      'network.blocked.noIpv6',
      { resource: id, subnet: subnet.id },
      'network.fix.noIpv6',
      { subnet: subnet.id, vpc },
    );
  }
  const groups = path.model.securityGroupsOf(id);
  return { id, ip, subnet, groups, suggest: groups[0] ?? subnet.props.ipv6Cidr ?? '::/0' };
}

export function sourceHop6(path: Path, src: End6): void {
  if (!src.subnet) return;
  path.hop(src.id, 'source', 'network.hop.sourceEni', {
    resource: src.id,
    ip: ip6ToString(src.ip),
    subnet: src.subnet.id,
    az: src.subnet.props.az,
  });
}

function sameVpc(path: Path, a: End6, b: End6): boolean {
  return a.subnet !== null && b.subnet !== null && path.sameVpc(a.subnet, b.subnet);
}

export function sgEgress6(path: Path, src: End6, dst: End6): void {
  if (!src.subnet) return;
  path.network = true;
  if (src.groups.length === 0) {
    path.hop(src.id, 'sg-egress', noGroupHop(path, src.id, 'network.hop.sgEgressDefault'), {
      resource: src.id,
    });
    return;
  }
  const peer = { ip: dst.ip, groups: sameVpc(path, src, dst) ? dst.groups : NO_GROUPS };
  const match = sgAllows6(path.model, src.groups, 'outbound', path.protocol, path.port, peer);
  const group = src.groups[0] ?? src.id;
  if (!match) {
    path.block(
      'SG_EGRESS_DENIED',
      group,
      'network.blocked.sgEgress',
      {
        groups: src.groups.join(', '),
        resource: src.id,
        protocol: path.protocol,
        ports: path.ports,
        peer: `${dst.id} (${ip6ToString(dst.ip)})`,
      },
      'network.fix.sgEgress',
      { group, protocol: path.protocol, ports: path.ports, suggestion: dst.suggest },
    );
  }
  if (match.rule === null)
    path.hop(match.groupId, 'sg-egress', 'network.hop.sgEgressAll', { group: match.groupId });
  else
    path.hop(match.groupId, 'sg-egress', 'network.hop.sgEgress', {
      group: match.groupId,
      rule: (match.ruleIndex ?? 0) + 1,
      protocol: match.rule.protocol,
      ports: match.rule.ports ?? 'all',
      peer: match.rule.peer,
    });
}

/** An NLB without security groups lets everything through (AWS); others use the VPC default group. */
function noGroupHop(
  path: Path,
  id: string,
  fallback: 'network.hop.sgEgressDefault' | 'network.hop.sgIngressDefault',
): 'network.hop.nlbNoSg' | typeof fallback {
  return path.model.resource(id)?.type === 'nlb' ? 'network.hop.nlbNoSg' : fallback;
}

export function sgIngress6(path: Path, src: End6, dst: End6): void {
  if (!dst.subnet) return;
  path.network = true;
  const same = sameVpc(path, src, dst);
  if (dst.groups.length === 0) {
    if (path.model.resource(dst.id)?.type === 'nlb' || (same && src.groups.length === 0)) {
      path.hop(dst.id, 'sg-ingress', noGroupHop(path, dst.id, 'network.hop.sgIngressDefault'), {
        resource: dst.id,
        source: src.id,
      });
      return;
    }
    path.block(
      'SG_INGRESS_DENIED',
      dst.id,
      'network.blocked.sgIngressDefault',
      { resource: dst.id, source: src.id },
      'network.fix.sgIngressDefault',
      { resource: dst.id, protocol: path.protocol, ports: path.ports, suggestion: src.suggest },
    );
  }
  const peer = { ip: src.ip, groups: same ? src.groups : NO_GROUPS };
  const match = sgAllows6(path.model, dst.groups, 'inbound', path.protocol, path.port, peer);
  const group = dst.groups[0] ?? dst.id;
  if (!match || match.rule === null) {
    path.block(
      'SG_INGRESS_DENIED',
      group,
      'network.blocked.sgIngress',
      {
        groups: dst.groups.join(', '),
        resource: dst.id,
        protocol: path.protocol,
        ports: path.ports,
        source: src.id,
        peer: ip6ToString(src.ip),
      },
      'network.fix.sgIngress',
      { group, protocol: path.protocol, ports: path.ports, suggestion: src.suggest },
    );
  }
  const groupId = match.groupId;
  path.onReturn(() => path.back(groupId, 'sg-return', 'network.hop.sgReturn', { resource: dst.id }));
  path.hop(groupId, 'sg-ingress', 'network.hop.sgIngress', {
    group: groupId,
    rule: (match.ruleIndex ?? 0) + 1,
    protocol: match.rule.protocol,
    ports: match.rule.ports ?? 'all',
    peer: match.rule.peer,
  });
}

export function nacl6(
  path: Path,
  subnet: ResourceOf<'subnet'>,
  direction: 'inbound' | 'outbound',
  ip: bigint,
  leg: 'forward' | 'return',
): void {
  path.network = true;
  const ports = leg === 'return' ? path.replyPorts : path.port;
  const decision = naclDecision6(path.model, subnet, direction, path.protocol, ports, ip);
  const params = {
    nacl: decision.naclId ?? '',
    subnet: subnet.id,
    rule: decision.rule,
    protocol: path.protocol,
    ports: portText(ports),
    address: ip6ToString(ip),
    missing: portText(decision.uncovered ?? ports),
  };
  const out = direction === 'outbound';
  if (!decision.allowed) {
    const at = decision.naclId ?? subnet.id;
    if (leg === 'return') {
      path.block(
        'NACL_RETURN_DENIED',
        at,
        out ? 'network.blocked.naclReturnOut' : 'network.blocked.naclReturnIn',
        params,
        out ? 'network.fix.naclReturnOut' : 'network.fix.naclReturnIn',
      );
    }
    path.block(
      out ? 'NACL_EGRESS_DENIED' : 'NACL_INGRESS_DENIED',
      at,
      out ? 'network.blocked.naclEgress' : 'network.blocked.naclIngress',
      params,
      out ? 'network.fix.naclEgress' : 'network.fix.naclIngress',
    );
  }
  const detail =
    decision.naclId === null
      ? out
        ? 'network.hop.naclDefaultEgress'
        : 'network.hop.naclDefaultIngress'
      : out
        ? 'network.hop.naclEgress'
        : 'network.hop.naclIngress';
  const resource = decision.naclId ?? subnet.id;
  const action = out ? 'nacl-egress' : 'nacl-ingress';
  if (leg === 'return') path.back(resource, action, detail, params);
  else path.hop(resource, action, detail, params);
}

export function routeHop6(
  path: Path,
  subnet: ResourceOf<'subnet'>,
  route: Route6,
  leg: 'forward' | 'return',
): void {
  path.network = true;
  const params = {
    subnet: subnet.id,
    table: route.tableId ?? '',
    destination: route.destination,
    target: route.target,
  };
  const resource = route.tableId ?? subnet.id;
  if (leg === 'return') path.back(resource, 'route', 'network.hop.route', params);
  else path.hop(resource, 'route', 'network.hop.route', params);
}

export function noRoute6(path: Path, subnet: ResourceOf<'subnet'>, destination: bigint): never {
  const table = path.tableName(subnet);
  return path.block(
    'NO_ROUTE',
    table,
    'network.blocked.noRoute',
    { table, subnet: subnet.id, destination: ip6ToString(destination) },
    'network.fix.noRoute6',
    { table, subnet: subnet.id },
  );
}

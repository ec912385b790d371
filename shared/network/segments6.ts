/**
 * IPv6 legs (a connection or trace with `ipVersion: 6`): inside one VPC, out to the internet
 * through an internet gateway or an egress-only internet gateway, and in from the internet.
 * Same steps as the IPv4 legs (segments.ts) over the IPv6 rules of ipv6.ts, with AWS's IPv6
 * differences: addresses are public already (no public IP, no NAT: a NAT gateway does not
 * carry `::/0`), and an egress-only internet gateway lets replies in but refuses connections
 * the internet starts (https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html).
 */
import type { ResourceOf } from '../model/types';
import { ip6ToString } from './cidr6';
import type { Route6 } from './ipv6';
import { route6For } from './ipv6';
import type { Path } from './tracer';
import type { End6 } from './steps6';
import { badTarget, blackhole, checkGatewayInVpc, failIfDown, ingressGateway } from './leg-blocks';
import { INTERNET_END6, nacl6, noRoute6, routeHop6, sgEgress6, sgIngress6 } from './steps6';

export type { End6 } from './steps6';
export { end6Of, INTERNET_END6, sourceHop6 } from './steps6';

/** Inside one VPC over IPv6: SG out, NACL out, the IPv6 local route, NACL in, SG in; replies through both NACLs. */
export function intraVpc6(path: Path, src: End6, dst: End6): void {
  const from = src.subnet;
  const to = dst.subnet;
  if (!from || !to) return;
  sgEgress6(path, src, dst);
  if (from.id !== to.id) nacl6(path, from, 'outbound', dst.ip, 'forward');
  const route = route6For(path.model, from.id, dst.ip);
  if (!route || route.target !== 'local') noRoute6(path, from, dst.ip);
  routeHop6(path, from, route, 'forward');
  if (from.id !== to.id) {
    nacl6(path, to, 'inbound', src.ip, 'forward');
    path.onReturn(() => {
      nacl6(path, to, 'outbound', src.ip, 'return');
      nacl6(path, from, 'inbound', dst.ip, 'return');
    });
  }
  sgIngress6(path, src, dst);
}

/** Out to the internet over IPv6: through an internet gateway or an egress-only one; never NAT. */
export function egress6(path: Path, src: End6, dstLabel: string): void {
  const subnet = src.subnet;
  if (!subnet) return;
  const dst: End6 = { id: dstLabel, ...INTERNET_END6 };
  sgEgress6(path, src, dst);
  nacl6(path, subnet, 'outbound', dst.ip, 'forward');
  const route = route6For(path.model, subnet.id, dst.ip);
  if (!route || route.target === 'local') noRoute6(path, subnet, dst.ip);
  routeHop6(path, subnet, route, 'forward');
  path.onReturn(() => nacl6(path, subnet, 'inbound', dst.ip, 'return'));
  const gateway = gatewayOf(path, subnet, route);
  const egressOnly = gateway.type === 'egress-only-internet-gateway';
  path.hop(gateway.id, 'igw', egressOnly ? 'network.hop.eigwOut' : 'network.hop.igwOut6', {
    igw: gateway.id,
    resource: src.id,
    ip: ip6ToString(src.ip),
  });
  path.onReturn(() =>
    path.back(gateway.id, 'igw', egressOnly ? 'network.hop.eigwReturn' : 'network.hop.igwReturnIn6', {
      igw: gateway.id,
      resource: src.id,
    }),
  );
}

/** The route's target as an IPv6 way out of the subnet's VPC, or a block saying why it is not one. */
function gatewayOf(
  path: Path,
  subnet: ResourceOf<'subnet'>,
  route: Route6,
): ResourceOf<'internet-gateway'> | ResourceOf<'egress-only-internet-gateway'> {
  const table = route.tableId ?? subnet.id;
  const target = path.model.resource(route.target);
  if (!target) blackhole(path, table, subnet.id, route);
  failIfDown(path, target.id);
  if (target.type === 'nat-gateway') {
    path.block(
      'NO_ROUTE',
      table,
      'network.blocked.natIpv6',
      { table, destination: route.destination, nat: target.id },
      'network.fix.natIpv6',
      { table, destination: route.destination },
    );
  }
  if (target.type !== 'internet-gateway' && target.type !== 'egress-only-internet-gateway') {
    badTarget(path, table, route.destination, target);
  }
  checkGatewayInVpc(path, table, route.destination, subnet.id, target);
  return target;
}

/**
 * In from the internet over IPv6. The reply leaves by the subnet's IPv6 route: through the
 * internet gateway it works; through an egress-only gateway the connection was never allowed
 * (it admits only replies to connections started inside), which is EGRESS_ONLY_INBOUND.
 */
export function ingress6(path: Path, src: End6, dst: End6): void {
  const subnet = dst.subnet;
  if (!subnet) return;
  path.network = true;
  const back = route6For(path.model, subnet.id, src.ip);
  const backTarget = back ? path.model.resource(back.target) : undefined;
  if (back && backTarget?.type === 'egress-only-internet-gateway') {
    path.block(
      'EGRESS_ONLY_INBOUND',
      backTarget.id,
      'network.blocked.egressOnlyInbound',
      { resource: dst.id, subnet: subnet.id, eigw: backTarget.id, table: back.tableId ?? subnet.id },
      'network.fix.egressOnlyInbound',
      { resource: dst.id, table: back.tableId ?? subnet.id },
    );
  }
  const igw = ingressGateway(path, subnet, dst.id, 'network.fix.noIgw6');
  path.hop(igw.id, 'igw', 'network.hop.igwIn6', { igw: igw.id, resource: dst.id, ip: ip6ToString(dst.ip) });
  nacl6(path, subnet, 'inbound', src.ip, 'forward');
  path.onReturn(() => {
    nacl6(path, subnet, 'outbound', src.ip, 'return');
    if (!back) noRoute6(path, subnet, src.ip);
    if (back.target !== igw.id) {
      const table = path.tableName(subnet);
      path.block(
        'NO_ROUTE',
        table,
        'network.blocked.returnNotPublic',
        { resource: dst.id, ip: ip6ToString(src.ip), subnet: subnet.id, target: back.target, igw: igw.id },
        'network.fix.returnNotPublic6',
        { table, igw: igw.id, resource: dst.id },
      );
    }
    routeHop6(path, subnet, back, 'return');
    path.back(igw.id, 'igw', 'network.hop.igwReturnOut', { igw: igw.id, ip: ip6ToString(src.ip) });
  });
  sgIngress6(path, src, dst);
}

/**
 * The legs a network path is made of: inside one VPC, out to a public address (directly or
 * through NAT), in from the internet, and to an AWS service (endpoint, NAT or internet gateway).
 * Each leg records its forward hops and registers the checks its reply must pass.
 */
import type { ResourceOf } from '../model/types';
import { ipToString } from './cidr';
import type { End, Path } from './tracer';
import { GATEWAY_SERVICES, INTERNET_IP, SERVICE_IP } from './services';
import type { EffectiveRoute } from './types';
import { edgeToEdge } from './inter-vpc';
import {
  badTarget,
  blackhole,
  checkGatewayInVpc,
  failIfDown,
  ingressGateway,
  internalOnly,
} from './leg-blocks';

/**
 * Inside one VPC: SG out, NACL out, local route, NACL in, SG in; the reply passes both NACLs.
 * Messages name the destination "id (address)".
 */
export function intraVpc(path: Path, src: End, dst: End): void {
  const from = src.subnet;
  const to = dst.subnet;
  if (!from || !to) return;
  path.sgEgress(src, dst);
  if (from.id !== to.id) path.nacl(from, 'outbound', dst.ip, 'forward');
  const route = path.model.routeFor(from.id, { ip: dst.ip });
  if (!route) {
    path.block(
      'NO_ROUTE',
      path.tableName(from),
      'network.blocked.noRoute',
      { table: path.tableName(from), subnet: from.id, destination: ipToString(dst.ip) },
      'network.fix.noRoute',
      { table: path.tableName(from), destination: to.props.cidr },
    );
  }
  if (route.target !== 'local') notLocal(path, route, dst.ip);
  path.routeHop(from, route, 'forward');
  if (from.id !== to.id) {
    path.nacl(to, 'inbound', src.ip, 'forward');
    path.onReturn(() => {
      path.nacl(to, 'outbound', src.ip, 'return');
      const back = path.model.routeFor(to.id, { ip: src.ip });
      if (!back) {
        path.block(
          'NO_ROUTE',
          path.tableName(to),
          'network.blocked.noRoute',
          { table: path.tableName(to), subnet: to.id, destination: ipToString(src.ip) },
          'network.fix.noRoute',
          { table: path.tableName(to), destination: from.props.cidr },
        );
      }
      if (back.target !== 'local') notLocal(path, back, src.ip);
      path.routeHop(to, back, 'return');
      path.nacl(from, 'inbound', dst.ip, 'return');
    });
  }
  path.sgIngress(src, dst, src.id);
}

function notLocal(path: Path, route: EffectiveRoute, ip: number): never {
  const table = route.tableId ?? '';
  return path.block(
    'NO_ROUTE',
    table,
    'network.blocked.notLocal',
    { table, destination: route.destination, ip: ipToString(ip), target: route.target },
    'network.fix.notLocal',
  );
}

/**
 * Out of the VPC to a public address: SG out, NACL out, the subnet's route, then whatever the
 * route points at (NAT gateway, NAT instance, internet gateway), following chains with a guard.
 * `service` is set when the destination is an AWS service, to report SERVICE_UNREACHABLE.
 */
export function egressToPublic(
  path: Path,
  src: End,
  dstIp: number,
  dstLabel: string,
  service?: string,
): void {
  const subnet = src.subnet;
  if (!subnet) return;
  const dst: End = { id: dstLabel, ip: dstIp, subnet: null, groups: [], suggest: '0.0.0.0/0', service };
  // Labelled "dstLabel (address)", built only if the group blocks.
  path.sgEgress(src, dst);
  path.nacl(subnet, 'outbound', dstIp, 'forward');
  const route = path.model.routeFor(subnet.id, { ip: dstIp });
  if (!route) {
    const table = path.tableName(subnet);
    if (service !== undefined) serviceUnreachable(path, subnet, service);
    path.block(
      'NO_ROUTE',
      table,
      'network.blocked.noRoute',
      { table, subnet: subnet.id, destination: '0.0.0.0/0' },
      'network.fix.noRouteInternet',
      { table, subnet: subnet.id },
    );
  }
  path.routeHop(subnet, route, 'forward');
  path.onReturn(() => path.nacl(subnet, 'inbound', dstIp, 'return'));
  forward(path, route, subnet, src, dst, []);
}

export function serviceUnreachable(path: Path, subnet: ResourceOf<'subnet'>, service: string): never {
  const table = path.tableName(subnet);
  return path.block(
    'SERVICE_UNREACHABLE',
    subnet.id,
    'network.blocked.serviceUnreachable',
    { subnet: subnet.id, service, table },
    GATEWAY_SERVICES.has(service) ? 'network.fix.serviceGateway' : 'network.fix.serviceInterface',
    { service, table },
  );
}

/** Follows one route to its target; `sender` is whose address the packet carries at this point. */
function forward(
  path: Path,
  route: EffectiveRoute,
  from: ResourceOf<'subnet'>,
  sender: End,
  dst: End,
  visited: string[],
): void {
  const table = route.tableId ?? from.id;
  const target = path.model.resource(route.target);
  if (route.target === 'local') {
    path.block(
      'NO_ROUTE',
      table,
      'network.blocked.noRoute',
      { table, subnet: from.id, destination: route.destination, target: route.target },
      'network.fix.noRouteInternet',
      { table, subnet: from.id },
    );
  }
  if (!target) blackhole(path, table, from.id, route);
  if (visited.includes(target.id)) {
    path.block(
      'CYCLE',
      target.id,
      'network.blocked.cycle',
      { resource: from.id, target: target.id },
      'network.fix.cycle',
    );
  }
  visited.push(target.id);
  failIfDown(path, target.id);
  switch (target.type) {
    case 'internet-gateway':
      return throughInternetGateway(path, route, from, sender, target);
    case 'nat-gateway':
    case 'ec2-instance':
      return throughNat(path, from, sender, target, dst, visited);
    case 'vpc-peering':
    case 'transit-gateway':
      return edgeToEdge(path, table, from.id, route.destination, target);
    default:
      badTarget(path, table, route.destination, target);
  }
}

function throughInternetGateway(
  path: Path,
  route: EffectiveRoute,
  from: ResourceOf<'subnet'>,
  sender: End,
  igw: ResourceOf<'internet-gateway'>,
): void {
  checkGatewayInVpc(path, route.tableId ?? from.id, route.destination, from.id, igw);
  if (!path.model.hasPublicAddress(sender.id)) {
    const resource = path.model.resource(sender.id);
    const fix =
      resource?.type === 'lambda-function'
        ? 'network.fix.noPublicIpLambda'
        : resource?.type === 'ecs-service' && resource.props.launchType === 'ec2'
          ? 'network.fix.noPublicIpEcsEc2'
          : 'network.fix.noPublicIp';
    path.block(
      'NO_PUBLIC_IP',
      sender.id,
      'network.blocked.noPublicIp',
      { resource: sender.id, subnet: from.id, igw: igw.id },
      fix,
      { resource: sender.id },
    );
  }
  path.hop(igw.id, 'igw', 'network.hop.igwOut', { igw: igw.id, resource: sender.id });
  path.onReturn(() =>
    path.back(igw.id, 'igw', 'network.hop.igwReturnIn', { igw: igw.id, resource: sender.id }),
  );
}

/**
 * A NAT gateway (or an instance acting as one) in its own subnet, then that subnet's route
 * onwards. A NAT instance is an EC2 instance like any other: its security groups must admit the
 * private subnets' traffic and let it out, and its source/destination check must be off, or it
 * drops every packet not addressed to itself
 * (https://docs.aws.amazon.com/vpc/latest/userguide/work-with-nat-instances.html).
 */
function throughNat(
  path: Path,
  from: ResourceOf<'subnet'>,
  sender: End,
  nat: ResourceOf<'nat-gateway'> | ResourceOf<'ec2-instance'>,
  dst: End,
  visited: string[],
): void {
  const dstIp = dst.ip;
  const placement = path.model.placementsOf(nat.id)[0];
  if (!placement) {
    path.block(
      'NOT_PLACED',
      nat.id,
      'network.blocked.notPlaced',
      { resource: nat.id },
      'network.fix.notPlaced',
    );
  }
  const natSubnet = placement.subnet;
  if (path.failure.subnetDown(natSubnet)) {
    path.block(
      'AZ_FAILED',
      nat.id,
      'network.blocked.natAzFailed',
      { subnet: from.id, nat: nat.id, az: natSubnet.props.az },
      'network.fix.natAzFailed',
    );
  }
  if (nat.type === 'nat-gateway' && nat.props.connectivity === 'private') {
    path.block(
      'NAT_NOT_PUBLIC',
      nat.id,
      'network.blocked.natPrivate',
      { nat: nat.id },
      'network.fix.natPrivate',
    );
  }
  const isGateway = nat.type === 'nat-gateway';
  if (!isGateway && nat.props.sourceDestCheck !== false) {
    path.block(
      'SOURCE_DEST_CHECK',
      nat.id,
      'network.blocked.sourceDestCheck',
      { nat: nat.id, subnet: from.id },
      'network.fix.sourceDestCheck',
      { nat: nat.id },
    );
  }
  const groups = isGateway ? [] : path.model.securityGroupsOf(nat.id);
  const natEnd: End = {
    id: nat.id,
    ip: placement.ip,
    subnet: natSubnet,
    groups,
    suggest: groups[0] ?? natSubnet.props.cidr,
  };
  const crosses = natSubnet.id !== from.id;
  if (crosses) path.nacl(natSubnet, 'inbound', sender.ip, 'forward');
  // A NAT gateway has no security group; an instance's groups see the private sender's address.
  if (!isGateway) path.sgIngress(sender, natEnd, sender.id);
  path.hop(nat.id, 'nat', isGateway ? 'network.hop.nat' : 'network.hop.natInstance', {
    nat: nat.id,
    subnet: natSubnet.id,
  });
  if (!isGateway) path.sgEgress(natEnd, dst);
  path.nacl(natSubnet, 'outbound', dstIp, 'forward');
  path.onReturn(() => {
    path.nacl(natSubnet, 'inbound', dstIp, 'return');
    path.back(nat.id, 'nat', 'network.hop.natReturn', { nat: nat.id, ip: ipToString(sender.ip) });
    if (crosses) path.nacl(natSubnet, 'outbound', sender.ip, 'return');
  });
  const next = path.model.routeFor(natSubnet.id, { ip: dstIp });
  const nextTarget = next ? path.model.resource(next.target) : undefined;
  const onwards =
    nextTarget?.type === 'internet-gateway' ||
    nextTarget?.type === 'nat-gateway' ||
    nextTarget?.type === 'ec2-instance';
  // The root cause of a NAT gateway whose subnet routes back to it is a subnet that is not
  // public (no route to an internet gateway), not the loop that follows from it.
  const notPublic = isGateway && !path.model.isPublicSubnet(natSubnet.id);
  if (!next || !onwards || notPublic || next.target === nat.id) {
    const table = path.tableName(natSubnet);
    path.block(
      'NAT_NOT_PUBLIC',
      nat.id,
      'network.blocked.natNotPublic',
      { nat: nat.id, subnet: natSubnet.id, table },
      'network.fix.natNotPublic',
      { nat: nat.id, table },
    );
  }
  path.routeHop(natSubnet, next, 'forward');
  forward(path, next, natSubnet, natEnd, dst, visited);
}

/** In from the internet (or an AWS service's public address) to a resource with a public address. */
export function ingressFromPublic(path: Path, src: End, dst: End, internalAlb: boolean): void {
  const subnet = dst.subnet;
  if (!subnet) return;
  path.network = true;
  if (internalAlb) internalOnly(path, dst.id);
  const igw = ingressGateway(path, subnet, dst.id, 'network.fix.noIgw');
  if (!path.model.hasPublicAddress(dst.id)) {
    path.block(
      'NO_PUBLIC_IP',
      dst.id,
      'network.blocked.noPublicIpIngress',
      { resource: dst.id },
      'network.fix.noPublicIpIngress',
      { resource: dst.id },
      'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS',
    );
  }
  path.hop(igw.id, 'igw', 'network.hop.igwIn', { igw: igw.id, resource: dst.id, ip: ipToString(dst.ip) });
  path.nacl(subnet, 'inbound', src.ip, 'forward');
  path.onReturn(() => {
    path.nacl(subnet, 'outbound', src.ip, 'return');
    const back = path.model.routeFor(subnet.id, { ip: src.ip });
    const table = path.tableName(subnet);
    const fixParams = { table, igw: igw.id, resource: dst.id };
    if (!back) {
      path.block(
        'NO_ROUTE',
        table,
        'network.blocked.noRoute',
        { table, subnet: subnet.id, destination: '0.0.0.0/0' },
        'network.fix.returnNotPublic',
        fixParams,
      );
    }
    if (back.target !== igw.id) {
      path.block(
        'NO_ROUTE',
        table,
        'network.blocked.returnNotPublic',
        { resource: dst.id, ip: ipToString(src.ip), subnet: subnet.id, target: back.target, igw: igw.id },
        'network.fix.returnNotPublic',
        fixParams,
      );
    }
    path.routeHop(subnet, back, 'return');
    path.back(igw.id, 'igw', 'network.hop.igwReturnOut', { igw: igw.id, ip: ipToString(src.ip) });
  });
  path.sgIngress(src, dst, src.id);
}

/** The sending end outside every VPC, `source` giving its address (PUBLIC_SOURCE, SERVICE_SOURCE). */
export function publicEnd(id: string, source: Omit<End, 'id'>): End {
  return { id, ip: source.ip, subnet: source.subnet, groups: source.groups, suggest: source.suggest };
}

export const PUBLIC_SOURCE: Omit<End, 'id'> = {
  ip: INTERNET_IP,
  subnet: null,
  groups: [],
  suggest: '0.0.0.0/0',
};
export const SERVICE_SOURCE: Omit<End, 'id'> = {
  ip: SERVICE_IP,
  subnet: null,
  groups: [],
  suggest: '0.0.0.0/0',
};

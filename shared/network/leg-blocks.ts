/**
 * Blocks that legs of both address families raise the same way (segments.ts for IPv4,
 * segments6.ts for IPv6, inter-vpc.ts, service-leg.ts, trace.ts): a resource that failure mode
 * has taken down, an internal load balancer reached from the internet, a route to a missing or
 * unsuitable target, and a VPC without a usable internet gateway. Keeping them here keeps the
 * message, fix and Reachability Analyzer code of each block in one place.
 */
import type { MessageKey } from '../i18n/index';
import type { Resource, ResourceOf } from '../model/types';
import type { Path } from './tracer';

/** RESOURCE_FAILED: failure mode has taken `id` down. */
export function failed(path: Path, id: string): never {
  const type = path.model.resource(id)?.type ?? id;
  return path.block(
    'RESOURCE_FAILED',
    id,
    'network.blocked.resourceFailed',
    { resource: id },
    'network.fix.resourceFailed',
    { type },
  );
}

/** Blocks with RESOURCE_FAILED when failure mode has taken `id` down. */
export function failIfDown(path: Path, id: string): void {
  if (path.failure.isDown(id)) failed(path, id);
}

/** INTERNAL_ONLY: an internal load balancer has no public address to reach from the internet. */
export function internalOnly(path: Path, resource: string): never {
  return path.block(
    'INTERNAL_ONLY',
    resource,
    'network.blocked.internalAlb',
    { resource },
    'network.fix.internalAlb',
  );
}

/** What a route says, as the blocks below name it. */
interface RouteRef {
  destination: string;
  target: string;
}

/** NO_ROUTE: the route's target is gone; AWS shows it as a blackhole route (RA: BAD_STATE_ROUTE). */
export function blackhole(path: Path, table: string, subnet: string, route: RouteRef): never {
  return path.block(
    'NO_ROUTE',
    table,
    'network.blocked.blackhole',
    { table, subnet, destination: route.destination, target: route.target },
    'network.fix.blackhole',
    { table, subnet },
    'BAD_STATE_ROUTE',
  );
}

/** NO_ROUTE: the route's target exists but cannot carry this traffic. */
export function badTarget(path: Path, table: string, destination: string, target: Resource): never {
  return path.block(
    'NO_ROUTE',
    table,
    'network.blocked.badTarget',
    { table, destination, target: target.id, type: target.type },
    'network.fix.badTarget',
    { table, destination },
  );
}

/** NO_INTERNET_GATEWAY unless `igw` is attached to the VPC of the subnet `from`. */
export function checkGatewayInVpc(
  path: Path,
  table: string,
  destination: string,
  from: string,
  igw: Resource,
): void {
  const vpc = path.model.vpcOf(from);
  if (vpc && igw.parent === vpc.id) return;
  path.block(
    'NO_INTERNET_GATEWAY',
    igw.id,
    'network.blocked.igwOtherVpc',
    { table, destination, igw: igw.id, otherVpc: igw.parent ?? '', vpc: vpc?.id ?? '' },
    'network.fix.igwOtherVpc',
    { table, destination, vpc: vpc?.id ?? '' },
  );
}

/**
 * The internet gateway traffic from the internet enters the subnet's VPC by, or a block: no
 * gateway (`fix` names what to add for this address family), or a gateway that is down.
 */
export function ingressGateway(
  path: Path,
  subnet: ResourceOf<'subnet'>,
  resource: string,
  fix: MessageKey,
): ResourceOf<'internet-gateway'> {
  const vpc = path.model.vpcOf(subnet.id);
  const igw = vpc ? path.model.internetGatewayOf(vpc.id) : undefined;
  if (!vpc || !igw) {
    path.block(
      'NO_INTERNET_GATEWAY',
      vpc?.id ?? resource,
      'network.blocked.noIgw',
      { vpc: vpc?.id ?? '', resource },
      fix,
      { vpc: vpc?.id ?? '' },
      'NO_ROUTE_TO_DESTINATION',
    );
  }
  failIfDown(path, igw.id);
  return igw;
}

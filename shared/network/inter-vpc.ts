/**
 * The leg between two VPCs over a peering connection or a transit gateway: SG out, NACL out,
 * the source subnet's route (which must target the peering or the gateway), the crossing, NACL
 * in, SG in; the reply needs a route back through the same link in the destination's table.
 *
 * What AWS enforces and this models:
 * - Peering is not transitive: a peering joins exactly two VPCs, and a packet for a third VPC is
 *   dropped (PEERING_NOT_TRANSITIVE), as is traffic for the peer's internet gateway, NAT gateway
 *   or gateway endpoint (PEERING_EDGE_TO_EDGE, see segments.ts)
 *   (https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html).
 * - Overlapping CIDRs cannot be peered (VPC_CIDR_OVERLAP).
 * - A transit gateway needs the VPC attached with a subnet in the sender's AZ, the attachment
 *   associated with a route table, and a route there (static or propagated) to the other
 *   VPC's attachment; a blackhole route drops (https://docs.aws.amazon.com/vpc/latest/tgw/).
 * - SG rules may name a peered VPC's groups; over a transit gateway they may not (Skyplan does
 *   not model TGW security-group referencing).
 */
import type { Design, ResourceOf } from '../model/types';
import { linksOf, vpcCidrsOverlap } from './links';
import type { VpcLinks } from './links';
import { returnRoute } from './link-return';
import { overTransitGateway } from './tgw-leg';
import { failIfDown } from './leg-blocks';
import type { End, Path } from './tracer';

type Vpc = ResourceOf<'vpc'>;

/**
 * Walks src -> dst when their VPCs are joined by the route the source subnet uses. Returns false
 * when that route is not a peering or a transit gateway (the caller then tries public addresses).
 */
export function interVpc(path: Path, design: Design, src: End, dst: End, srcVpc: Vpc, dstVpc: Vpc): boolean {
  const from = src.subnet;
  const to = dst.subnet;
  if (!from || !to) return false;
  const links = linksOf(design);
  const joined =
    links.peeringsBetween(srcVpc.id, dstVpc.id)[0]?.id ?? links.shareTransitGateway(srcVpc.id, dstVpc.id);
  if (joined !== undefined && vpcCidrsOverlap(srcVpc, dstVpc)) {
    path.block(
      'VPC_CIDR_OVERLAP',
      joined,
      'network.blocked.cidrOverlap',
      {
        vpc: srcVpc.id,
        cidr: srcVpc.props.cidr,
        otherVpc: dstVpc.id,
        otherCidr: dstVpc.props.cidr,
        via: joined,
      },
      'network.fix.cidrOverlap',
      { vpc: dstVpc.id },
    );
  }
  const route = path.model.routeFor(from.id, { ip: dst.ip });
  const target = route ? path.model.resource(route.target) : undefined;
  if (!route || (target?.type !== 'vpc-peering' && target?.type !== 'transit-gateway')) return false;
  path.peerGroups = target.type === 'vpc-peering';
  path.sgEgress(src, dst);
  path.nacl(from, 'outbound', dst.ip, 'forward');
  path.routeHop(from, route, 'forward');
  failIfDown(path, target.id);
  const table = path.tableName(from);
  // Registered first, so it runs last: the reply enters the source subnet at the very end.
  path.onReturn(() => path.nacl(from, 'inbound', dst.ip, 'return'));
  if (target.type === 'vpc-peering')
    overPeering(path, links, target, table, route.destination, src, dst, srcVpc, dstVpc);
  else overTransitGateway(path, links, target, table, path.tableName(to), src, dst, srcVpc, dstVpc);
  path.nacl(to, 'inbound', src.ip, 'forward');
  path.sgIngress(src, dst, src.id);
  return true;
}

function overPeering(
  path: Path,
  links: VpcLinks,
  peering: ResourceOf<'vpc-peering'>,
  table: string,
  destination: string,
  src: End,
  dst: End,
  srcVpc: Vpc,
  dstVpc: Vpc,
): void {
  const peerVpc = links.peerOf(peering, srcVpc.id);
  if (peerVpc === undefined) {
    path.block(
      'NO_ROUTE',
      table,
      'network.blocked.peeringOtherVpc',
      { table, destination, peering: peering.id, vpc: srcVpc.id },
      'network.fix.peeringOtherVpc',
      { table, destination, vpc: srcVpc.id },
    );
  }
  if (peerVpc !== dstVpc.id) {
    path.block(
      'PEERING_NOT_TRANSITIVE',
      peering.id,
      'network.blocked.peeringNotTransitive',
      {
        table,
        destination,
        peering: peering.id,
        vpc: srcVpc.id,
        peerVpc,
        targetVpc: dstVpc.id,
        resource: dst.id,
      },
      'network.fix.peeringNotTransitive',
      { vpc: srcVpc.id, targetVpc: dstVpc.id, destination: dstVpc.props.cidr },
    );
  }
  path.hop(peering.id, 'peering', 'network.hop.peering', { peering: peering.id, vpc: srcVpc.id, peerVpc });
  path.onReturn(() => {
    returnRoute(path, src, dst, peering.id);
    path.back(peering.id, 'peering', 'network.hop.peeringReturn', { peering: peering.id, vpc: srcVpc.id });
  });
}

/**
 * A route for a public address (or an AWS service) that targets a peering or a transit gateway:
 * the peer's internet gateway, NAT gateway or endpoint is never usable through a peering
 * (edge-to-edge routing). Central egress through a transit gateway is a real design, but
 * Skyplan does not trace it yet, so it says so rather than guess.
 */
export function edgeToEdge(
  path: Path,
  table: string,
  subnetId: string,
  destination: string,
  target: ResourceOf<'vpc-peering'> | ResourceOf<'transit-gateway'>,
): never {
  const vpc = path.model.vpcOf(subnetId)?.id ?? '';
  if (target.type === 'transit-gateway') {
    return path.block(
      'NO_ROUTE',
      table,
      'network.blocked.tgwEgress',
      { table, destination, tgw: target.id, vpc },
      'network.fix.tgwEgress',
      { vpc, table },
    );
  }
  return path.block(
    'PEERING_EDGE_TO_EDGE',
    target.id,
    'network.blocked.peeringEdgeToEdge',
    { table, destination, peering: target.id, vpc },
    'network.fix.peeringEdgeToEdge',
    { vpc, table },
  );
}

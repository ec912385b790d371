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
import { ipToString } from './cidr';
import type { VpcLinks } from './links';
import { BLACKHOLE, linksOf, vpcCidrsOverlap } from './links';
import type { End, Path } from './tracer';

type Vpc = ResourceOf<'vpc'>;
type Leg = 'forward' | 'return';

/** Records a hop on the request's way there or on the reply's way back. */
function step(path: Path, leg: Leg): Path['hop'] {
  return leg === 'forward' ? path.hop.bind(path) : path.back.bind(path);
}

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
  if (path.failure.isDown(target.id)) {
    path.block(
      'RESOURCE_FAILED',
      target.id,
      'network.blocked.resourceFailed',
      { resource: target.id },
      'network.fix.resourceFailed',
      { type: target.type },
    );
  }
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

/** The destination subnet's route back to the source must use the same peering or gateway. */
function returnRoute(path: Path, src: End, dst: End, via: string): void {
  const to = dst.subnet;
  if (!to) return;
  path.nacl(to, 'outbound', src.ip, 'return');
  const back = path.model.routeFor(to.id, { ip: src.ip });
  const table = path.tableName(to);
  if (!back || back.target !== via) {
    path.block(
      'PEER_NO_ROUTE',
      table,
      back ? 'network.blocked.peerReturnElsewhere' : 'network.blocked.peerNoRoute',
      {
        resource: dst.id,
        table,
        subnet: to.id,
        destination: ipToString(src.ip),
        via,
        target: back?.target ?? '',
      },
      'network.fix.peerNoRoute',
      { table, destination: cidrOfSource(path, src), via },
    );
  }
  path.routeHop(to, back, 'return');
}

function cidrOfSource(path: Path, src: End): string {
  const vpc = src.subnet ? path.model.vpcOf(src.subnet.id) : undefined;
  return vpc?.props.cidr ?? ipToString(src.ip);
}

function overTransitGateway(
  path: Path,
  links: VpcLinks,
  tgw: ResourceOf<'transit-gateway'>,
  table: string,
  dstTable: string,
  src: End,
  dst: End,
  srcVpc: Vpc,
  dstVpc: Vpc,
): void {
  const inbound = enterGateway(path, links, tgw, table, src, srcVpc, 'forward');
  const outbound = lookUp(path, links, tgw, inbound, dst, dstVpc, 'forward');
  path.hop(outbound, 'tgw', 'network.hop.tgwOut', { attachment: outbound, vpc: dstVpc.id, resource: dst.id });
  path.onReturn(() => {
    returnRoute(path, src, dst, tgw.id);
    const back = enterGateway(path, links, tgw, dstTable, dst, dstVpc, 'return');
    const reached = lookUp(path, links, tgw, back, src, srcVpc, 'return');
    path.back(reached, 'tgw', 'network.hop.tgwReturn', { attachment: reached, vpc: srcVpc.id, tgw: tgw.id });
  });
}

/** From a VPC into the gateway: the VPC's attachment, its interface in the sender's AZ. */
function enterGateway(
  path: Path,
  links: VpcLinks,
  tgw: ResourceOf<'transit-gateway'>,
  table: string,
  sender: End,
  vpc: Vpc,
  leg: Leg,
): string {
  const subnet = sender.subnet;
  const attachment = links.attachmentOf(vpc.id, tgw.id);
  if (!attachment || !subnet) {
    path.block(
      'TGW_NO_ATTACHMENT_IN_AZ',
      vpc.id,
      'network.blocked.tgwNotAttached',
      { table, tgw: tgw.id, vpc: vpc.id },
      'network.fix.tgwNotAttached',
      { tgw: tgw.id, vpc: vpc.id },
    );
  }
  const az = subnet.props.az;
  const home = links.attachmentSubnetIn(attachment.id, az);
  if (!home) {
    path.block(
      'TGW_NO_ATTACHMENT_IN_AZ',
      attachment.id,
      'network.blocked.tgwNoAttachmentInAz',
      { attachment: attachment.id, vpc: vpc.id, az, resource: sender.id, subnet: subnet.id, tgw: tgw.id },
      'network.fix.tgwNoAttachmentInAz',
      { attachment: attachment.id, az, vpc: vpc.id },
    );
  }
  if (path.failure.isDown(attachment.id) || path.failure.subnetDown(home)) {
    path.block(
      'AZ_FAILED',
      attachment.id,
      'network.blocked.tgwAttachmentDown',
      { attachment: attachment.id, subnet: home.id, az },
      'network.fix.tgwAttachmentDown',
      { attachment: attachment.id },
    );
  }
  step(path, leg)(attachment.id, 'tgw', 'network.hop.tgwIn', {
    attachment: attachment.id,
    subnet: home.id,
    az,
    tgw: tgw.id,
  });
  return attachment.id;
}

/** The associated route table decides where the packet leaves the gateway. */
function lookUp(
  path: Path,
  links: VpcLinks,
  tgw: ResourceOf<'transit-gateway'>,
  attachmentId: string,
  dst: End,
  dstVpc: Vpc,
  leg: Leg,
): string {
  const tgwTable = links.associationOf(attachmentId);
  if (!tgwTable) {
    path.block(
      'TGW_RT_NOT_ASSOCIATED',
      attachmentId,
      'network.blocked.tgwNotAssociated',
      { attachment: attachmentId, tgw: tgw.id },
      'network.fix.tgwNotAssociated',
      { attachment: attachmentId, tgw: tgw.id },
    );
  }
  const destination = ipToString(dst.ip);
  const route = links.tgwRouteFor(tgwTable.id, dst.ip);
  const params = { tgwTable: tgwTable.id, destination, targetVpc: dstVpc.id, attachment: attachmentId };
  const fixParams = { tgwTable: tgwTable.id, targetVpc: dstVpc.id, cidr: dstVpc.props.cidr };
  if (!route) {
    path.block(
      'TGW_NO_ROUTE',
      tgwTable.id,
      'network.blocked.tgwNoRoute',
      params,
      'network.fix.tgwNoRoute',
      fixParams,
    );
  }
  if (route.target === BLACKHOLE) {
    path.block(
      'TGW_BLACKHOLE',
      tgwTable.id,
      'network.blocked.tgwBlackhole',
      { ...params, route: route.destination },
      'network.fix.tgwBlackhole',
      { ...fixParams, route: route.destination },
    );
  }
  const landing = links.vpcOfAttachment(route.target);
  if (landing?.id !== dstVpc.id) {
    path.block(
      'TGW_NO_ROUTE',
      tgwTable.id,
      'network.blocked.tgwWrongAttachment',
      { ...params, route: route.destination, target: route.target, otherVpc: landing?.id ?? '' },
      'network.fix.tgwNoRoute',
      fixParams,
    );
  }
  step(path, leg)(
    tgwTable.id,
    'tgw',
    route.origin === 'static' ? 'network.hop.tgwRouteStatic' : 'network.hop.tgwRoutePropagated',
    { tgwTable: tgwTable.id, attachment: attachmentId, destination: route.destination, target: route.target },
  );
  return route.target;
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

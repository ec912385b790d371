/**
 * Across a transit gateway: the sender's VPC attachment (a subnet in the sender's AZ), the
 * route table that attachment is associated with, its static or propagated route to the other
 * VPC's attachment; the reply is looked up the same way from the other side
 * (https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html).
 */
import type { ResourceOf } from '../model/types';
import { ipToString } from './cidr';
import type { VpcLinks } from './links';
import { BLACKHOLE } from './links';
import { returnRoute } from './link-return';
import type { End, Path } from './tracer';

type Vpc = ResourceOf<'vpc'>;
type Leg = 'forward' | 'return';

/** Records a hop on the request's way there or on the reply's way back. */
function step(path: Path, leg: Leg): Path['hop'] {
  return leg === 'forward' ? path.hop.bind(path) : path.back.bind(path);
}

export function overTransitGateway(
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

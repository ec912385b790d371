/**
 * How VPCs are joined: peering connections, transit gateway attachments and transit gateway
 * route tables, indexed once per design. The tracer (inter-vpc.ts), the rules and the canvas
 * ask these questions; nothing else reads the multi-VPC resources directly.
 *
 * A transit gateway route table's effective routes are its static routes plus one route per
 * propagating attachment (that attachment's VPC CIDR). Longest prefix wins; on the same prefix a
 * static route beats a propagated one, as in AWS
 * (https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html#tgw-route-evaluation-overview).
 */
import type { Design, ResourceOf, Route } from '../model/types';
import type { Cidr } from './cidr';
import { containsIp, overlaps, parseCidr } from './cidr';
import { networkOf } from './model';
import { entriesOf, idsOf } from './read';

/** The target a transit gateway static route uses to drop traffic (AWS: a blackhole route). */
export const BLACKHOLE = 'blackhole';

export interface TgwRoute {
  destination: string;
  cidr: Cidr;
  /** An attachment id, or BLACKHOLE. */
  target: string;
  origin: 'static' | 'propagated';
}

export interface VpcLinks {
  /** Peering connections that join these two VPCs (either way round). */
  peeringsBetween(vpcA: string, vpcB: string): ResourceOf<'vpc-peering'>[];
  /** The other VPC of a peering, seen from `vpcId`; undefined when the peering does not join it. */
  peerOf(peering: ResourceOf<'vpc-peering'>, vpcId: string): string | undefined;
  /** The attachment of a VPC to a transit gateway, if any. */
  attachmentOf(vpcId: string, tgwId: string): ResourceOf<'transit-gateway-attachment'> | undefined;
  /** The VPC an attachment belongs to. */
  vpcOfAttachment(attachmentId: string): ResourceOf<'vpc'> | undefined;
  /** The attachment's subnet in an AZ: where its interface for that AZ lives. */
  attachmentSubnetIn(attachmentId: string, az: string): ResourceOf<'subnet'> | undefined;
  /** The transit gateway route table the attachment is associated with (the first one listing it). */
  associationOf(attachmentId: string): ResourceOf<'transit-gateway-route-table'> | undefined;
  /** Every route table listing the attachment under associations (AWS allows one). */
  associationsOf(attachmentId: string): ResourceOf<'transit-gateway-route-table'>[];
  /** Static and propagated routes of a transit gateway route table, longest prefix first. */
  tgwRoutes(tableId: string): TgwRoute[];
  /** Longest-prefix match in a transit gateway route table. */
  tgwRouteFor(tableId: string, ip: number): TgwRoute | undefined;
  /** Two VPCs attached to one transit gateway. */
  shareTransitGateway(vpcA: string, vpcB: string): string | undefined;
}

class Links implements VpcLinks {
  private readonly peerings: ResourceOf<'vpc-peering'>[] = [];
  private readonly attachments = new Map<string, ResourceOf<'transit-gateway-attachment'>>();
  private readonly byVpcTgw = new Map<string, ResourceOf<'transit-gateway-attachment'>>();
  private readonly associations = new Map<string, ResourceOf<'transit-gateway-route-table'>[]>();
  private readonly tables = new Map<string, ResourceOf<'transit-gateway-route-table'>>();
  private readonly routeCache = new Map<string, TgwRoute[]>();

  constructor(private readonly design: Design) {
    for (const resource of design.resources) {
      if (resource.type === 'vpc-peering') this.peerings.push(resource);
      if (resource.type === 'transit-gateway-attachment') {
        this.attachments.set(resource.id, resource);
        const vpc = this.vpcOfAttachment(resource.id);
        const key = `${vpc?.id ?? ''}|${resource.props.transitGateway}`;
        if (vpc && !this.byVpcTgw.has(key)) this.byVpcTgw.set(key, resource);
      }
      if (resource.type === 'transit-gateway-route-table') {
        this.tables.set(resource.id, resource);
        for (const id of idsOf(resource.props.associations)) {
          const list = this.associations.get(id) ?? [];
          list.push(resource);
          this.associations.set(id, list);
        }
      }
    }
  }

  peeringsBetween(vpcA: string, vpcB: string): ResourceOf<'vpc-peering'>[] {
    return this.peerings.filter(
      (p) =>
        (p.props.requesterVpc === vpcA && p.props.accepterVpc === vpcB) ||
        (p.props.requesterVpc === vpcB && p.props.accepterVpc === vpcA),
    );
  }

  peerOf(peering: ResourceOf<'vpc-peering'>, vpcId: string): string | undefined {
    const { requesterVpc, accepterVpc } = peering.props;
    if (requesterVpc === vpcId) return accepterVpc;
    if (accepterVpc === vpcId) return requesterVpc;
    return undefined;
  }

  attachmentOf(vpcId: string, tgwId: string): ResourceOf<'transit-gateway-attachment'> | undefined {
    return this.byVpcTgw.get(`${vpcId}|${tgwId}`);
  }

  vpcOfAttachment(attachmentId: string): ResourceOf<'vpc'> | undefined {
    const model = networkOf(this.design);
    const own = model.vpcOf(attachmentId);
    if (own) return own;
    // Drawn at the top level: its subnets say which VPC it belongs to.
    const attachment = this.attachments.get(attachmentId);
    const first = idsOf(attachment?.props.subnets)[0];
    return first ? model.vpcOf(first) : undefined;
  }

  attachmentSubnetIn(attachmentId: string, az: string): ResourceOf<'subnet'> | undefined {
    const model = networkOf(this.design);
    for (const id of idsOf(this.attachments.get(attachmentId)?.props.subnets)) {
      const subnet = model.resource(id);
      if (subnet?.type === 'subnet' && subnet.props.az === az) return subnet;
    }
    return undefined;
  }

  associationOf(attachmentId: string): ResourceOf<'transit-gateway-route-table'> | undefined {
    const attachment = this.attachments.get(attachmentId);
    return this.associationsOf(attachmentId).find(
      (table) => table.props.transitGateway === attachment?.props.transitGateway,
    );
  }

  associationsOf(attachmentId: string): ResourceOf<'transit-gateway-route-table'>[] {
    return this.associations.get(attachmentId) ?? [];
  }

  tgwRoutes(tableId: string): TgwRoute[] {
    const cached = this.routeCache.get(tableId);
    if (cached) return cached;
    const table = this.tables.get(tableId);
    const routes: TgwRoute[] = [];
    if (table) {
      for (const route of entriesOf<Route>(table.props.routes)) {
        const cidr = typeof route.destination === 'string' ? parseCidr(route.destination) : undefined;
        if (!cidr || typeof route.target !== 'string') continue;
        routes.push({ destination: cidr.canonical, cidr, target: route.target, origin: 'static' });
      }
      for (const id of idsOf(table.props.propagations)) {
        const attachment = this.attachments.get(id);
        if (!attachment || attachment.props.transitGateway !== table.props.transitGateway) continue;
        const cidr = parseCidr(this.vpcOfAttachment(id)?.props.cidr ?? '');
        if (cidr) routes.push({ destination: cidr.canonical, cidr, target: id, origin: 'propagated' });
      }
    }
    routes.sort(
      (a, b) =>
        b.cidr.prefix - a.cidr.prefix || Number(a.origin !== 'static') - Number(b.origin !== 'static'),
    );
    this.routeCache.set(tableId, routes);
    return routes;
  }

  tgwRouteFor(tableId: string, ip: number): TgwRoute | undefined {
    return this.tgwRoutes(tableId).find((route) => containsIp(route.cidr, ip));
  }

  shareTransitGateway(vpcA: string, vpcB: string): string | undefined {
    for (const attachment of this.attachments.values()) {
      const tgw = attachment.props.transitGateway;
      if (this.vpcOfAttachment(attachment.id)?.id !== vpcA) continue;
      if (this.attachmentOf(vpcB, tgw)) return tgw;
    }
    return undefined;
  }
}

const cache = new WeakMap<Design, VpcLinks>();

/** The VPC links of a design, built once per design object. */
export function linksOf(design: Design): VpcLinks {
  let links = cache.get(design);
  if (!links) {
    links = new Links(design);
    cache.set(design, links);
  }
  return links;
}

/** Whether two VPCs' IPv4 blocks overlap (AWS refuses to peer them). */
export function vpcCidrsOverlap(a: ResourceOf<'vpc'>, b: ResourceOf<'vpc'>): boolean {
  const first = parseCidr(a.props.cidr);
  const second = parseCidr(b.props.cidr);
  return first !== undefined && second !== undefined && overlaps(first, second);
}

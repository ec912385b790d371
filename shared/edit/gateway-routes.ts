/**
 * The routes a route table gets when it is dragged onto a gateway (a line drawn between them, or
 * the table's chip dropped on the gateway): what an architect means by "send this table's
 * traffic there" (docs/domain.md §1):
 *
 * - internet gateway: 0.0.0.0/0, and ::/0 too when the VPC has an IPv6 block and the table has
 *   no IPv6 default route yet (a dual-stack public subnet);
 * - NAT gateway: 0.0.0.0/0 (refused for the table of the NAT's own subnet: that would loop);
 * - egress-only internet gateway: ::/0 (refused without an IPv6 block on the VPC);
 * - VPC peering: the other VPC's CIDR (refused when the table's VPC is not one of its two);
 * - transit gateway (or one of its attachments): the CIDR of every other VPC attached to it, the
 *   routes the engine follows into the gateway's own tables (refused when the table's VPC is not
 *   attached, or no other VPC is).
 *
 * A gateway endpoint is not a route target: the table joins the endpoint's `routeTables`
 * (connect.ts). A virtual private gateway is not modelled.
 *
 * A route already there to the same target (or a wider one to it that covers the destination)
 * is skipped; when all are, the drag is refused and says so. A route with the same destination to another target is REPLACED, in the same single
 * undoable edit. Why replace rather than refuse: the gesture names the gateway explicitly, the
 * drop target says "instead of natA" before the button is released (connect preview, chip
 * hint), and one undo brings the old route back, whereas a refusal would send the user to the
 * inspector to retype a CIDR the gesture exists to spare them.
 */
import type { Design, Resource, ResourceOf, Route } from '../model/types';
import { containsCidr, parseCidr } from '../network/cidr';
import { findResource, vpcOf } from './ids';
import type { EditResult } from './types';
import { ok, refuse, typeName } from './types';
import { displayName } from './where';

/** Resource types a route table can be dragged onto to get a route. */
export const ROUTE_TARGET_TYPES: ReadonlySet<Resource['type']> = new Set<Resource['type']>([
  'internet-gateway',
  'nat-gateway',
  'egress-only-internet-gateway',
  'vpc-peering',
  'transit-gateway',
  'transit-gateway-attachment',
  'vpc-endpoint',
]);

export interface RoutePlan {
  /** The resource the new routes point at (the transit gateway for one of its attachments). */
  target: string;
  /** The routes to write: each either new or replacing the table's route to that destination. */
  routes: Route[];
  /** The routes `routes` replace (same destination, another target), as they are now. */
  replaced: Route[];
}

type Table = ResourceOf<'route-table'>;

function vpcResource(design: Design, id: string | undefined): ResourceOf<'vpc'> | undefined {
  const vpc = id ? findResource(design, id) : undefined;
  return vpc?.type === 'vpc' ? vpc : undefined;
}

/** Whether `subnet` uses `table`: associated with it, or with none while the table is main. */
function usesTable(design: Design, subnetId: string | undefined, table: Table): boolean {
  const subnet = subnetId ? findResource(design, subnetId) : undefined;
  if (subnet?.type !== 'subnet') return false;
  return subnet.props.routeTable ? subnet.props.routeTable === table.id : table.props.main === true;
}

/** The destinations a table sends to `gateway`, and the resource the routes target. */
function wanted(
  design: Design,
  table: Table,
  gateway: Resource,
): EditResult<{ target: string; destinations: string[] }> {
  const vpc = vpcResource(design, vpcOf(design, table));
  const hasV6Default = table.props.routes.some((r) => r.destination === '::/0');
  switch (gateway.type) {
    case 'internet-gateway': {
      const dual = vpc?.props.ipv6Cidr !== undefined && !hasV6Default;
      return ok({ target: gateway.id, destinations: dual ? ['0.0.0.0/0', '::/0'] : ['0.0.0.0/0'] });
    }
    case 'nat-gateway':
      if (usesTable(design, gateway.parent, table)) {
        return refuse('edit.route.natLoop', { nat: displayName(gateway), table: displayName(table) });
      }
      return ok({ target: gateway.id, destinations: ['0.0.0.0/0'] });
    case 'egress-only-internet-gateway':
      if (!vpc?.props.ipv6Cidr) {
        return refuse('edit.route.noIpv6', {
          vpc: vpc ? displayName(vpc) : '?',
          gateway: displayName(gateway),
        });
      }
      return ok({ target: gateway.id, destinations: ['::/0'] });
    case 'vpc-peering': {
      const { requesterVpc, accepterVpc } = gateway.props;
      const other =
        vpc?.id === requesterVpc ? accepterVpc : vpc?.id === accepterVpc ? requesterVpc : undefined;
      const peer = vpcResource(design, other);
      if (!vpc || !peer) {
        const ends = [requesterVpc, accepterVpc].map((id) => {
          const end = findResource(design, id);
          return end ? displayName(end) : id;
        });
        return refuse('edit.route.peeringElsewhere', {
          peering: displayName(gateway),
          vpcs: ends,
          table: displayName(table),
        });
      }
      return ok({ target: gateway.id, destinations: [peer.props.cidr] });
    }
    case 'transit-gateway':
    case 'transit-gateway-attachment': {
      const tgwId = gateway.type === 'transit-gateway' ? gateway.id : gateway.props.transitGateway;
      const tgw = findResource(design, tgwId);
      if (tgw?.type !== 'transit-gateway') return refuse('edit.refused.unknown', { id: tgwId });
      const attachedVpcs = design.resources
        .filter((r) => r.type === 'transit-gateway-attachment' && r.props.transitGateway === tgw.id)
        .map((r) => vpcResource(design, vpcOf(design, r)))
        .filter((v): v is ResourceOf<'vpc'> => v !== undefined);
      if (!vpc || !attachedVpcs.some((v) => v.id === vpc.id)) {
        return refuse('edit.route.tgwNotAttached', {
          vpc: vpc ? displayName(vpc) : '?',
          tgw: displayName(tgw),
        });
      }
      const cidrs = [...new Set(attachedVpcs.filter((v) => v.id !== vpc.id).map((v) => v.props.cidr))];
      if (cidrs.length === 0) return refuse('edit.route.tgwAlone', { tgw: displayName(tgw) });
      return ok({ target: tgw.id, destinations: cidrs });
    }
    default:
      return refuse('edit.connect.notRouteTarget', { type: typeName(gateway.type) });
  }
}

/**
 * Whether the table already sends all of IPv4 `destination` to `target` through a wider route
 * (a transit gateway table's 10.0.0.0/8 summary covers each spoke's /16): adding it would
 * change nothing.
 */
function coveredBy(table: Table, destination: string, target: string): boolean {
  const inner = parseCidr(destination);
  if (!inner) return false;
  return table.props.routes.some((route) => {
    const outer = route.target === target ? parseCidr(route.destination) : undefined;
    return outer !== undefined && containsCidr(outer, inner);
  });
}

/** What dragging `table` onto `gateway` writes into the table, or why it does nothing. */
export function gatewayRoutePlan(design: Design, table: Table, gateway: Resource): EditResult<RoutePlan> {
  const want = wanted(design, table, gateway);
  if (!want.ok) return want;
  const { target, destinations } = want.value;
  const routes: Route[] = [];
  const replaced: Route[] = [];
  const already: string[] = [];
  for (const destination of destinations) {
    const existing = table.props.routes.find((r) => r.destination === destination);
    if (existing?.target === target || (!existing && coveredBy(table, destination, target))) {
      already.push(destination);
      continue;
    }
    if (existing) replaced.push({ ...existing });
    routes.push({ destination, target });
  }
  if (routes.length === 0) {
    const to = findResource(design, target);
    return refuse('edit.connect.routeExists', {
      table: displayName(table),
      destination: already,
      target: to ? displayName(to) : target,
    });
  }
  return ok({ target, routes, replaced });
}

/** Writes a plan into the table: replaced routes keep their place in the list. */
export function applyRoutePlan(table: Table, plan: RoutePlan): void {
  for (const route of plan.routes) {
    const index = table.props.routes.findIndex((r) => r.destination === route.destination);
    if (index >= 0) table.props.routes[index] = { ...route };
    else table.props.routes.push({ ...route });
  }
}

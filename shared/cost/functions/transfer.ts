/**
 * Data transfer a design implies.
 *
 * Internet egress: `dataOutGbPerMonth` on a resource (the types whose catalog has it) plus
 * `dataOutGbPerMonth` on any connection from it to the `internet` pseudo-resource. The first
 * 100 GB a month are free (aggregated across the account), then tiered; resources priced first
 * use the allowance first.
 *
 * Inter-AZ transfer: a network connection between two resources that bill for it (EC2
 * instances, Fargate tasks, RDS instances; ALB-to-target and Lambda traffic is not billed)
 * placed in different AZs. Skyplan infers the share of traffic that crosses AZs by assuming
 * each side spreads evenly over its subnets' AZs (an RDS instance answers from its primary, in
 * the AZ of its first subnet) and pairs at random: crossing share = 1 - sum over AZs of
 * share(from, az) x share(to, az). The volume is the connection's `dataGbPerMonth` (default
 * 0, shown as an assumption). Both sides pay $0.01/GB, so crossing GB are billed twice.
 *
 * NAT gateway in another AZ: private subnets whose internet route (as the network engine
 * resolves it) goes to a NAT gateway in another AZ send that traffic across AZs. The NAT's
 * processed GB are shared evenly over the subnets it serves; the other-AZ subnets' share
 * crosses, billed on both sides.
 */
import { fieldOf } from '../../catalog/index';
import type { Connection, Resource } from '../../model/types';
import type { PricingContext } from '../context';
import { azOfSubnet, subnetIdsOf } from '../placement';
import type { CostLine } from '../types';
import type { ResourceOf } from '../../model/types';

const INTER_AZ_BILLED = new Set(['ec2-instance', 'ecs-service', 'rds-instance']);

function connectionNumber(connection: Connection, prop: string): number | undefined {
  const value = (connection as unknown as Record<string, unknown>)[prop];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** Connection usage props the cost engine reads; the schema leaves extra fields unchecked. */
export const CONNECTION_USAGE_PROPS = ['dataOutGbPerMonth', 'dataGbPerMonth'] as const;

/** Whether the type's catalog has `dataOutGbPerMonth`, by type (the catalog is static). */
const HAS_DATA_OUT = new Map<Resource['type'], boolean>();

function hasDataOut(type: Resource['type']): boolean {
  let has = HAS_DATA_OUT.get(type);
  if (has === undefined) HAS_DATA_OUT.set(type, (has = fieldOf(type, 'dataOutGbPerMonth') !== undefined));
  return has;
}

/** Internet egress lines of a resource, appended to `into` (returned). */
export function priceInternetEgress(
  resource: Resource,
  ctx: PricingContext,
  into: CostLine[] = [],
): CostLine[] {
  let gb = hasDataOut(resource.type) ? ctx.number(resource, 'dataOutGbPerMonth') : 0;
  let toInternet = false;
  for (const connection of ctx.connectionsFrom(resource.id)) {
    if (ctx.byId.get(connection.to)?.type !== 'internet') continue;
    toInternet = true;
    const given = connectionNumber(connection, 'dataOutGbPerMonth');
    if (given !== undefined) {
      ctx.assume(connection.id, 'dataOutGbPerMonth', given, 'design');
      gb += given;
    }
  }
  const facesInternet =
    toInternet || (resource.type === 'alb' && resource.props.scheme === 'internet-facing');
  if (gb === 0 && !facesInternet) return into;
  const lines = ctx.tiered(
    { id: 'egress', description: 'cost.line.egress', params: { gb }, quantity: gb, unit: 'cost.unit.gb' },
    'transfer.internetOutGb',
    { key: 'transfer.internetOutFreeGb', always: true, note: 'cost.note.free.egress' },
  );
  for (const line of lines) into.push(line);
  return into;
}

/** Share of a resource's traffic in each AZ. */
export function azShares(resource: Resource, ctx: PricingContext): Map<string, number> {
  const shares = new Map<string, number>();
  let subnets = subnetIdsOf(resource, ctx.byId);
  if (resource.type === 'rds-instance') subnets = subnets.slice(0, 1);
  const azs = subnets.map((id) => azOfSubnet(id, ctx.byId)).filter((az): az is string => az !== undefined);
  for (const az of azs) shares.set(az, (shares.get(az) ?? 0) + 1 / azs.length);
  return shares;
}

/** The share of traffic between two placements that crosses AZs (0 when either is unplaced). */
export function crossAzShare(from: Map<string, number>, to: Map<string, number>): number {
  if (from.size === 0 || to.size === 0) return 0;
  let same = 0;
  for (const [az, share] of from) same += share * (to.get(az) ?? 0);
  return Math.max(0, 1 - same);
}

/** Inter-AZ transfer lines of a resource, appended to `into` (returned). */
export function priceInterAz(resource: Resource, ctx: PricingContext, into: CostLine[] = []): CostLine[] {
  if (!INTER_AZ_BILLED.has(resource.type)) return into;
  let own: Map<string, number> | undefined;
  for (const connection of ctx.connectionsFrom(resource.id)) {
    if ((connection.kind ?? 'network') !== 'network') continue;
    const target = ctx.byId.get(connection.to);
    if (!target || !INTER_AZ_BILLED.has(target.type)) continue;
    own ??= azShares(resource, ctx);
    const share = crossAzShare(own, azShares(target, ctx));
    if (share === 0) continue;
    const given = connectionNumber(connection, 'dataGbPerMonth');
    const gb = given ?? 0;
    ctx.assume(connection.id, 'dataGbPerMonth', gb, given === undefined ? 'default' : 'design');
    const percent = Math.round(share * 1000) / 10;
    into.push(
      ctx.line(
        {
          id: `interAz.${connection.id}`,
          description: 'cost.line.interAz',
          params: { to: target.id, connection: connection.id, gb, percent },
          quantity: gb * share * 2,
          unit: 'cost.unit.gb',
          note: { key: 'cost.note.interAzInference' },
        },
        'transfer.interAzGb',
      ),
    );
  }
  return into;
}

export function priceNatCrossAz(nat: ResourceOf<'nat-gateway'>, ctx: PricingContext): CostLine[] {
  const served = ctx.subnetsServedBy(nat.id);
  const natAz = nat.parent ? azOfSubnet(nat.parent, ctx.byId) : undefined;
  if (served.length === 0 || natAz === undefined) return [];
  const crossing = served.filter((id) => azOfSubnet(id, ctx.byId) !== natAz);
  if (crossing.length === 0) return [];
  const gb = (ctx.number(nat, 'dataProcessedGbPerMonth') * crossing.length) / served.length;
  return [
    ctx.line(
      {
        id: 'crossAz',
        description: 'cost.line.natCrossAz',
        params: { gb: Math.round(gb * 100) / 100, subnets: crossing.join(', '), az: natAz },
        quantity: gb * 2,
        unit: 'cost.unit.gb',
        note: { key: 'cost.note.natCrossAzInference', params: { served: served.length } },
      },
      'transfer.interAzGb',
    ),
  ];
}

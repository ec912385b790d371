/**
 * Savings hints, each with the monthly amount at stake. Routing questions (how does this subnet
 * reach S3? which subnets send their internet traffic through this NAT?) are asked of the
 * network engine, never answered here.
 *
 * - s3-via-nat / dynamodb-via-nat: a subnet whose resources talk to S3 or DynamoDB reaches it
 *   through a NAT gateway; a gateway endpoint is free. Volume: the `dataGbPerMonth` of those
 *   connections when given, else the NAT's processed GB shared evenly over the subnets that
 *   route through it (the message shows the GB used).
 * - idle-interface-endpoint: AZs where an interface endpoint has a network interface but no
 *   resource of its VPC uses the service there.
 * - idle-elastic-ip: an Elastic IP attached to nothing.
 * - nat-per-az / nat-shared: one NAT per AZ costs more, one shared NAT fails with its AZ; the
 *   hint says both.
 */
import type { Resource } from '../model/types';
import type { NetworkModel } from '../network/index';
import { serviceOf } from '../network/index';
import type { PricingContext } from './context';
import { attachmentOf } from './functions/elastic-ip';
import { roundCents } from './money';
import { azOfSubnet, azsOf } from './placement';
import type { CostHint, CostItem } from './types';

const GATEWAY_ENDPOINT_SERVICES = ['s3', 'dynamodb'] as const;
const GATEWAY_ENDPOINT_SERVICE_INDEX = new Map<string, number>(
  GATEWAY_ENDPOINT_SERVICES.map((service, index) => [service, index]),
);

/** What a subnet's resources send to a gateway-endpoint service. */
interface SubnetUse {
  gb: number;
  given: boolean;
  resources: Set<string>;
}
/** Interface-endpoint services used implicitly: ECS pulls images from ECR. */
const ECR_SERVICES = new Set(['ecr.api', 'ecr.dkr']);

function priceOf(ctx: PricingContext, key: string): number {
  return ctx.entry(key)?.price ?? 0;
}

function idleElasticIps(ctx: PricingContext, items: CostItem[]): CostHint[] {
  const hints: CostHint[] = [];
  let monthlyOf: Map<string, number> | undefined;
  for (const resource of ctx.design.resources) {
    if (resource.type !== 'elastic-ip' || attachmentOf(resource, ctx) !== undefined) continue;
    if (!monthlyOf) {
      // Indexed once (the first item of a resource, as a search would find it), not per address.
      monthlyOf = new Map();
      for (const item of items) if (!monthlyOf.has(item.resource)) monthlyOf.set(item.resource, item.monthly);
    }
    const savings = monthlyOf.get(resource.id) ?? 0;
    hints.push({
      id: 'idle-elastic-ip',
      resources: [resource.id],
      message: { key: 'cost.hint.idleElasticIp', params: { eip: resource.id, savings: savings.toFixed(2) } },
      monthlySavings: savings,
    });
  }
  return hints;
}

/**
 * Resources (placed in subnets) that use `service`, by connection or implicitly (ECS and ECR).
 * `cache` keeps each service's answer for the call: every endpoint of a service asks again.
 */
function usersOf(service: string, ctx: PricingContext, cache: Map<string, Resource[]>): Resource[] {
  const known = cache.get(service);
  if (known) return known;
  const users: Resource[] = [];
  cache.set(service, users);
  if (ECR_SERVICES.has(service)) {
    for (const resource of ctx.design.resources) {
      if (resource.type === 'ecs-service' && (resource.props.imageSource ?? 'ecr') === 'ecr')
        users.push(resource);
    }
    return users;
  }
  for (const connection of ctx.design.connections) {
    const target = ctx.byId.get(connection.to);
    const source = ctx.byId.get(connection.from);
    if (target && source && serviceOf(target) === service) users.push(source);
  }
  return users;
}

/** Only services the design can show being used are judged; "logs" or "kms" could be used unseen. */
function isJudgeable(service: string): boolean {
  return (
    ECR_SERVICES.has(service) ||
    ['sqs', 'sns', 'events', 'execute-api', 'lambda', 's3', 'dynamodb'].includes(service)
  );
}

function idleInterfaceEndpoints(ctx: PricingContext, net: NetworkModel): CostHint[] {
  const hints: CostHint[] = [];
  const users = new Map<string, Resource[]>();
  for (const endpoint of ctx.design.resources) {
    if (endpoint.type !== 'vpc-endpoint' || endpoint.props.endpointType !== 'interface') continue;
    const service = endpoint.props.service;
    if (!isJudgeable(service)) continue;
    const vpc = endpoint.parent;
    const usedAzs = new Set<string>();
    for (const user of usersOf(service, ctx, users)) {
      if (net.vpcOf(user.id)?.id !== vpc) continue;
      for (const az of net.azsOf(user.id)) usedAzs.add(az);
    }
    const idle = azsOf(endpoint, ctx.byId).filter((az) => !usedAzs.has(az));
    if (idle.length === 0) continue;
    const savings = roundCents(idle.length * ctx.hours * priceOf(ctx, 'vpce.interface.azHour'));
    hints.push({
      id: 'idle-interface-endpoint',
      resources: [endpoint.id],
      message: {
        key: 'cost.hint.idleInterfaceEndpoint',
        params: { endpoint: endpoint.id, azs: idle.join(', '), service, savings: savings.toFixed(2) },
      },
      monthlySavings: savings,
    });
  }
  return hints;
}

function gatewayServiceViaNat(ctx: PricingContext, net: NetworkModel): CostHint[] {
  const hints: CostHint[] = [];
  // One pass over the connections for both services; each service's subnets keep their order.
  const uses = GATEWAY_ENDPOINT_SERVICES.map(() => new Map<string, SubnetUse>());
  for (const connection of ctx.design.connections) {
    const target = ctx.byId.get(connection.to);
    if (!target) continue;
    const index = GATEWAY_ENDPOINT_SERVICE_INDEX.get(serviceOf(target) ?? '');
    const perSubnet = index === undefined ? undefined : uses[index];
    const source = ctx.byId.get(connection.from);
    if (!perSubnet || !source) continue;
    for (const subnet of net.subnetsOf(source.id)) {
      const entry = perSubnet.get(subnet.id) ?? { gb: 0, given: false, resources: new Set<string>() };
      const gb = (connection as unknown as { dataGbPerMonth?: unknown }).dataGbPerMonth;
      if (typeof gb === 'number' && gb >= 0) {
        entry.gb += gb;
        entry.given = true;
      }
      entry.resources.add(source.id).add(target.id);
      perSubnet.set(subnet.id, entry);
    }
  }
  GATEWAY_ENDPOINT_SERVICES.forEach((service, index) => {
    for (const [subnetId, use] of uses[index] ?? []) {
      const access = net.serviceAccess(subnetId, service);
      if (access.via !== 'nat' || !access.resource) continue;
      const nat = ctx.byId.get(access.resource);
      if (!nat) continue;
      const natGb = ctx.number(nat, 'dataProcessedGbPerMonth');
      const gb = use.given ? use.gb : natGb / Math.max(1, ctx.subnetsServedBy(nat.id).length);
      const savings = roundCents(gb * priceOf(ctx, 'nat.dataGb'));
      hints.push({
        id: `${service}-via-nat`,
        resources: [subnetId, nat.id, ...use.resources],
        message: {
          key: 'cost.hint.s3ViaNat',
          params: {
            subnet: subnetId,
            nat: nat.id,
            service,
            gb: Math.round(gb * 100) / 100,
            savings: savings.toFixed(2),
          },
        },
        monthlySavings: savings,
      });
    }
  });
  return hints;
}

/**
 * Monthly fixed cost of one NAT gateway: its hours and its public address (charged whether the
 * Elastic IP is drawn or implied, see nat-gateway.ts). Processing does not change with the count.
 */
function natFixedMonthly(ctx: PricingContext): number {
  return (
    roundCents(ctx.hours * priceOf(ctx, 'nat.hour')) + roundCents(ctx.hours * priceOf(ctx, 'ipv4.inUseHour'))
  );
}

function natPlacementHints(ctx: PricingContext, net: NetworkModel): CostHint[] {
  const hints: CostHint[] = [];
  const byVpc = new Map<string, Resource[]>();
  for (const resource of ctx.design.resources) {
    if (resource.type !== 'nat-gateway' || (resource.props.connectivity ?? 'public') !== 'public') continue;
    const vpc = net.vpcOf(resource.id)?.id;
    if (!vpc) continue;
    const nats = byVpc.get(vpc);
    if (nats) nats.push(resource);
    else byVpc.set(vpc, [resource]);
  }
  for (const nats of byVpc.values()) {
    const azs = new Set(nats.flatMap((nat) => net.azsOf(nat.id)));
    if (nats.length > 1 && azs.size > 1) {
      const savings = roundCents((nats.length - 1) * natFixedMonthly(ctx));
      hints.push({
        id: 'nat-per-az',
        resources: nats.map((nat) => nat.id),
        message: { key: 'cost.hint.natPerAz', params: { count: nats.length, savings: savings.toFixed(2) } },
        monthlySavings: savings,
      });
    }
  }
  // A NAT serving private subnets in several AZs: the reverse trade-off.
  for (const nat of ctx.design.resources) {
    if (nat.type !== 'nat-gateway') continue;
    const natId = nat.id;
    const azSet = new Set(ctx.subnetsServedBy(natId).map((subnet) => azOfSubnet(subnet, ctx.byId)));
    const natAz = nat.parent ? azOfSubnet(nat.parent, ctx.byId) : undefined;
    if (natAz === undefined || azSet.size < 2) continue;
    const extra = roundCents((azSet.size - 1) * natFixedMonthly(ctx));
    hints.push({
      id: 'nat-shared',
      resources: [natId],
      message: {
        key: 'cost.hint.natShared',
        params: { nat: natId, az: natAz, count: azSet.size, extra: extra.toFixed(2) },
      },
      // A trade-off toward availability, not a saving.
      monthlySavings: 0,
    });
  }
  return hints;
}

export function savingsHints(ctx: PricingContext, items: CostItem[]): CostHint[] {
  const net = ctx.network;
  return [
    ...gatewayServiceViaNat(ctx, net),
    ...idleInterfaceEndpoints(ctx, net),
    ...idleElasticIps(ctx, items),
    ...natPlacementHints(ctx, net),
  ];
}

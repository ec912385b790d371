/**
 * Application Load Balancer: each hour, plus load balancer capacity units (LCUs). An LCU-hour
 * is the largest of four dimensions, averaged over the hour (ELB pricing page):
 *   25 new connections per second; 3,000 active connections per minute; 1 GB processed per
 *   hour (0.4 GB when the targets are Lambda functions); 1,000 rule evaluations per second,
 *   where rule evaluations = request rate x (rules processed - 10), the first 10 rules free.
 * An internet-facing ALB also has a public IPv4 address in each AZ it is enabled in.
 */
import type { ResourceOf } from '../../model/types';
import type { PricingContext } from '../context';
import { loadBalancerIpv4Lines } from './public-ipv4';
import type { CostLine } from '../types';

export const LCU = {
  newConnectionsPerSec: 25,
  activeConnectionsPerMin: 3000,
  gbPerHour: 1,
  gbPerHourLambda: 0.4,
  ruleEvaluationsPerSec: 1000,
  freeRules: 10,
} as const;

export interface LcuDimensions {
  newConnections: number;
  activeConnections: number;
  processedBytes: number;
  ruleEvaluations: number;
  /** The billed LCU: the largest dimension. */
  lcu: number;
}

export interface AlbUsage {
  newConnectionsPerSec: number;
  avgConnectionDurationSec: number;
  requestsPerSec: number;
  processedGbPerHour: number;
  ruleCount: number;
  lambdaTargets: boolean;
}

/** Pure: the four LCU dimensions of an hour of traffic. */
export function lcuDimensions(usage: AlbUsage): LcuDimensions {
  const newConnections = usage.newConnectionsPerSec / LCU.newConnectionsPerSec;
  // A connection lasting d seconds, opened at r per second, keeps r x d connections active.
  const activeConnections =
    (usage.newConnectionsPerSec * usage.avgConnectionDurationSec) / LCU.activeConnectionsPerMin;
  const processedBytes =
    usage.processedGbPerHour / (usage.lambdaTargets ? LCU.gbPerHourLambda : LCU.gbPerHour);
  const ruleEvaluations =
    (usage.requestsPerSec * Math.max(0, usage.ruleCount - LCU.freeRules)) / LCU.ruleEvaluationsPerSec;
  const lcu = Math.max(newConnections, activeConnections, processedBytes, ruleEvaluations);
  return { newConnections, activeConnections, processedBytes, ruleEvaluations, lcu };
}

/** Targets are Lambda functions when every connection from the ALB goes to one. */
function hasOnlyLambdaTargets(resource: ResourceOf<'alb'>, ctx: PricingContext): boolean {
  const targets = ctx.connectionsFrom(resource.id).map((connection) => ctx.byId.get(connection.to)?.type);
  return targets.length > 0 && targets.every((type) => type === 'lambda-function');
}

/** Rounds a usage figure shown in a line's params to four decimals (the priced quantity is not rounded). */
export const round4 = (value: number) => Math.round(value * 10000) / 10000;

export function priceAlb(resource: ResourceOf<'alb'>, ctx: PricingContext): CostLine[] {
  const hours = ctx.hours;
  const lambdaTargets = hasOnlyLambdaTargets(resource, ctx);
  const dims = lcuDimensions({
    newConnectionsPerSec: ctx.number(resource, 'newConnectionsPerSec'),
    avgConnectionDurationSec: ctx.number(resource, 'avgConnectionDurationSec'),
    requestsPerSec: ctx.number(resource, 'requestsPerSec'),
    processedGbPerHour: ctx.number(resource, 'processedGbPerHour'),
    ruleCount: ctx.number(resource, 'ruleCount'),
    lambdaTargets,
  });
  const lines = [
    ctx.line(
      {
        id: 'hours',
        description: 'cost.line.alb.hours',
        params: { hours },
        quantity: hours,
        unit: 'cost.unit.hour',
      },
      'alb.hour',
    ),
    ctx.line(
      {
        id: 'lcu',
        description: 'cost.line.alb.lcu',
        params: {
          lcu: round4(dims.lcu),
          hours,
          newConnections: round4(dims.newConnections),
          activeConnections: round4(dims.activeConnections),
          processedBytes: round4(dims.processedBytes),
          ruleEvaluations: round4(dims.ruleEvaluations),
        },
        quantity: dims.lcu * hours,
        unit: 'cost.unit.lcuHour',
        ...(lambdaTargets ? { note: { key: 'cost.note.albLambdaTargets' as const } } : {}),
      },
      'alb.lcuHour',
    ),
  ];
  return [...lines, ...loadBalancerIpv4Lines(resource, ctx, 'cost.line.alb.ipv4')];
}

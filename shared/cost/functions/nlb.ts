/**
 * Network Load Balancer: each hour, plus Network Load Balancer capacity units (NLCUs). An
 * NLCU-hour is the largest of three dimensions, whose sizes depend on the listener protocol
 * (ELB pricing page, https://aws.amazon.com/elasticloadbalancing/pricing/):
 *   TCP: 800 new connections/s, 100,000 active connections, 1 GB/h processed;
 *   UDP: 400 new flows/s, 50,000 active flows, 1 GB/h;
 *   TLS: 50 new connections/s, 3,000 active connections, 1 GB/h.
 * AWS bills each protocol's traffic separately; the design gives one usage figure, so it is
 * priced with the dimensions of the most demanding protocol among the listeners (TLS, then UDP,
 * then TCP). An internet-facing NLB has a public IPv4 address in each AZ it is enabled in.
 */
import type { Listener, ResourceOf } from '../../model/types';
import { entriesOf } from '../../network/read';
import type { PricingContext } from '../context';
import { round4 } from './alb';
import { loadBalancerIpv4Lines } from './public-ipv4';
import type { CostLine } from '../types';

export const NLCU = {
  TCP: { newConnectionsPerSec: 800, activeConnections: 100_000, gbPerHour: 1 },
  UDP: { newConnectionsPerSec: 400, activeConnections: 50_000, gbPerHour: 1 },
  TLS: { newConnectionsPerSec: 50, activeConnections: 3_000, gbPerHour: 1 },
} as const;

export type NlcuProtocol = keyof typeof NLCU;

export interface NlbUsage {
  protocol: NlcuProtocol;
  newConnectionsPerSec: number;
  activeConnections: number;
  processedGbPerHour: number;
}

/** Pure: the three NLCU dimensions of an hour of traffic and the billed NLCU (the largest). */
export function nlcuDimensions(usage: NlbUsage) {
  const size = NLCU[usage.protocol];
  const newConnections = usage.newConnectionsPerSec / size.newConnectionsPerSec;
  const activeConnections = usage.activeConnections / size.activeConnections;
  const processedBytes = usage.processedGbPerHour / size.gbPerHour;
  return {
    newConnections,
    activeConnections,
    processedBytes,
    nlcu: Math.max(newConnections, activeConnections, processedBytes),
  };
}

/** TLS is the most demanding per NLCU, then UDP, then TCP (TCP_UDP counts as UDP). */
export function nlcuProtocolOf(listeners: readonly Listener[]): NlcuProtocol {
  const protocols = new Set(listeners.map((l) => l.protocol));
  if (protocols.has('TLS')) return 'TLS';
  if (protocols.has('UDP') || protocols.has('TCP_UDP')) return 'UDP';
  return 'TCP';
}

export function priceNlb(resource: ResourceOf<'nlb'>, ctx: PricingContext): CostLine[] {
  const hours = ctx.hours;
  const protocol = nlcuProtocolOf(entriesOf<Listener>(resource.props.listeners));
  const dims = nlcuDimensions({
    protocol,
    newConnectionsPerSec: ctx.number(resource, 'newConnectionsPerSec'),
    activeConnections: ctx.number(resource, 'activeConnections'),
    processedGbPerHour: ctx.number(resource, 'processedGbPerHour'),
  });
  const lines = [
    ctx.line(
      {
        id: 'hours',
        description: 'cost.line.nlb.hours',
        params: { hours },
        quantity: hours,
        unit: 'cost.unit.hour',
      },
      'nlb.hour',
    ),
    ctx.line(
      {
        id: 'nlcu',
        description: 'cost.line.nlb.nlcu',
        params: {
          nlcu: round4(dims.nlcu),
          hours,
          protocol,
          newConnections: round4(dims.newConnections),
          activeConnections: round4(dims.activeConnections),
          processedBytes: round4(dims.processedBytes),
        },
        quantity: dims.nlcu * hours,
        unit: 'cost.unit.nlcuHour',
      },
      'nlb.nlcuHour',
    ),
  ];
  return [...lines, ...loadBalancerIpv4Lines(resource, ctx, 'cost.line.nlb.ipv4')];
}

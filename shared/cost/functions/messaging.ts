/**
 * Messaging: SQS (every 64 KB chunk of a payload is one request; FIFO priced apart; 1M free
 * requests a month with the always-free tier), SNS (publishes; deliveries to SQS and Lambda
 * subscribers are free, to HTTP/S endpoints and email billed per delivery, any other kind shown
 * unpriced) and EventBridge custom events.
 */
import type { ResourceOf } from '../../model/types';
import type { PricingContext } from '../context';
import { grouped } from '../money';
import type { CostLine } from '../types';

export const SQS_CHUNK_KB = 64;

/** Each started 64 KB of a payload is billed as one request (at least one per call). */
export function sqsChunks(avgPayloadKb: number): number {
  return Math.max(1, Math.ceil(avgPayloadKb / SQS_CHUNK_KB));
}

/** Billed requests: each API call is one request per started 64 KB of payload. */
export function sqsBilledRequests(requests: number, avgPayloadKb: number): number {
  return requests * sqsChunks(avgPayloadKb);
}

export function priceSqsQueue(resource: ResourceOf<'sqs-queue'>, ctx: PricingContext): CostLine[] {
  const requests = ctx.number(resource, 'requestsPerMonth');
  const payloadKb = ctx.number(resource, 'avgPayloadKb');
  const fifo = ctx.usage(resource, 'fifo') === true;
  const billed = sqsBilledRequests(requests, payloadKb);
  return ctx.tiered(
    {
      id: 'requests',
      description: fifo ? 'cost.line.sqs.fifo' : 'cost.line.sqs.standard',
      params: { requests: grouped(requests), chunks: sqsChunks(payloadKb), payloadKb },
      quantity: billed / 1e6,
      unit: 'cost.unit.millionRequests',
    },
    fifo ? 'sqs.fifo.requestsMillion' : 'sqs.standard.requestsMillion',
    { key: 'sqs.freeRequests', per: 1e6, note: 'cost.note.free.requests' },
  );
}

export function priceSnsTopic(resource: ResourceOf<'sns-topic'>, ctx: PricingContext): CostLine[] {
  const publishes = ctx.number(resource, 'publishesPerMonth');
  const fifo = ctx.usage(resource, 'fifo') === true;
  const lines = ctx.tiered(
    {
      id: 'publishes',
      description: fifo ? 'cost.line.sns.fifo' : 'cost.line.sns.standard',
      params: { publishes: grouped(publishes) },
      quantity: publishes / 1e6,
      unit: 'cost.unit.millionRequests',
    },
    fifo ? 'sns.fifo.publishMillion' : 'sns.standard.publishMillion',
    fifo ? undefined : { key: 'sns.freePublishes', per: 1e6, note: 'cost.note.free.requests' },
  );
  const byKind = subscribersByKind(resource, ctx);
  const subscribers = byKind.free;
  if (subscribers > 0) {
    lines.push(
      ctx.free(
        {
          id: 'deliveries',
          description: 'cost.line.sns.deliveries',
          params: { subscribers },
          quantity: (publishes * subscribers) / 1e6,
          unit: 'cost.unit.millionRequests',
        },
        'sns.deliverySqsLambdaMillion',
      ),
    );
  }
  // HTTP/S endpoints (drawn as connections to the internet) are billed per delivery, after the
  // always-free 100,000 a month; email per delivery too. Never a silent $0.
  if (byKind.http > 0) {
    lines.push(
      ...ctx.tiered(
        {
          id: 'deliveries.http',
          description: 'cost.line.sns.http',
          params: { subscribers: byKind.http },
          quantity: (publishes * byKind.http) / 1e6,
          unit: 'cost.unit.millionRequests',
        },
        'sns.deliveryHttpMillion',
        { key: 'sns.freeHttpDeliveries', per: 1e6, note: 'cost.note.free.requests' },
      ),
    );
  }
  const email = resource.props.emailSubscriptions;
  if (typeof email === 'number' && email > 0) {
    const count = ctx.number(resource, 'emailSubscriptions');
    lines.push(
      ctx.line(
        {
          id: 'deliveries.email',
          description: 'cost.line.sns.email',
          params: { subscribers: count },
          quantity: (publishes * count) / 1e6,
          unit: 'cost.unit.millionRequests',
          note: { key: 'cost.note.sns.emailEstimate' },
        },
        'sns.deliveryEmailMillion',
      ),
    );
  }
  for (const [type, count] of byKind.other) {
    lines.push(
      ctx.unpriced({
        id: `deliveries.${type}`,
        description: 'cost.line.sns.otherDeliveries',
        params: { subscribers: count, type },
        quantity: (publishes * count) / 1e6,
        unit: 'cost.unit.millionRequests',
      }),
    );
  }
  return lines;
}

/** A topic's subscribers by how AWS bills their deliveries. */
function subscribersByKind(
  resource: ResourceOf<'sns-topic'>,
  ctx: PricingContext,
): { free: number; http: number; other: Map<string, number> } {
  const found = { free: 0, http: 0, other: new Map<string, number>() };
  for (const connection of ctx.connectionsFrom(resource.id)) {
    const type = ctx.byId.get(connection.to)?.type;
    if (type === 'sqs-queue' || type === 'lambda-function') found.free++;
    else if (type === 'internet') found.http++;
    else if (type !== undefined) found.other.set(type, (found.other.get(type) ?? 0) + 1);
  }
  return found;
}

export function priceEventBridgeBus(
  resource: ResourceOf<'eventbridge-bus'>,
  ctx: PricingContext,
): CostLine[] {
  const events = ctx.number(resource, 'eventsPerMonth');
  return [
    ctx.line(
      {
        id: 'events',
        description: 'cost.line.eventbridge.events',
        params: { events: grouped(events) },
        quantity: events / 1e6,
        unit: 'cost.unit.millionEvents',
      },
      'eventbridge.customEventsMillion',
    ),
  ];
}

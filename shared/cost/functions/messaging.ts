/**
 * Messaging: SQS (every 64 KB chunk of a payload is one request; FIFO priced apart; 1M free
 * requests a month with the always-free tier), SNS (publishes; deliveries to SQS and Lambda
 * subscribers are free) and EventBridge custom events.
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
  const subscribers = ctx.connectionsFrom(resource.id).filter((connection) => {
    const target = ctx.byId.get(connection.to);
    return target?.type === 'sqs-queue' || target?.type === 'lambda-function';
  }).length;
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
  return lines;
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

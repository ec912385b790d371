/**
 * Lambda: requests, duration in GB-seconds (per architecture, tiered on the Region's monthly
 * total) and ephemeral storage above the 512 MB included. With the always-free tier on, the
 * first 1M requests and 400,000 GB-s of the month (shared by every function, x86 and Arm)
 * are free; functions priced first use them first.
 */
import type { ResourceOf } from '../../model/types';
import type { PricingContext } from '../context';
import { grouped } from '../money';
import { provisionedRequestsOf } from './lambda-provisioned';
import type { CostLine } from '../types';

export const LAMBDA_INCLUDED_EPHEMERAL_MB = 512;

export function priceLambdaFunction(
  resource: ResourceOf<'lambda-function'>,
  ctx: PricingContext,
): CostLine[] {
  const requests = ctx.number(resource, 'requestsPerMonth');
  const durationMs = ctx.number(resource, 'avgDurationMs');
  const memoryMb = ctx.number(resource, 'memoryMb');
  const arch = ctx.usage(resource, 'architecture') === 'arm64' ? 'arm' : 'x86';
  const ephemeralMb = ctx.number(resource, 'ephemeralStorageMb');
  const seconds = (requests * durationMs) / 1000;
  // The duration of requests served by provisioned concurrency is priced in lambda-provisioned.ts.
  const onDemandSeconds = ((requests - provisionedRequestsOf(resource, ctx)) * durationMs) / 1000;
  const gbSeconds = (onDemandSeconds * memoryMb) / 1024;
  const lines = [
    ...ctx.tiered(
      {
        id: 'requests',
        description: 'cost.line.lambda.requests',
        params: { requests: grouped(requests) },
        quantity: requests / 1e6,
        unit: 'cost.unit.millionRequests',
      },
      'lambda.requestsMillion',
      { key: 'lambda.freeRequests', per: 1e6, note: 'cost.note.free.requests' },
    ),
    ...ctx.tiered(
      {
        id: 'duration',
        description: arch === 'arm' ? 'cost.line.lambda.duration.arm' : 'cost.line.lambda.duration.x86',
        params: { requests: grouped(requests), durationMs, memoryMb },
        quantity: gbSeconds,
        unit: 'cost.unit.gbSecond',
      },
      arch === 'arm' ? 'lambda.arm.gbSecond' : 'lambda.x86.gbSecond',
      { key: 'lambda.freeGbSeconds', note: 'cost.note.free.gbSeconds' },
    ),
  ];
  const extraMb = Math.max(0, ephemeralMb - LAMBDA_INCLUDED_EPHEMERAL_MB);
  if (extraMb > 0) {
    lines.push(
      ctx.line(
        {
          id: 'ephemeral',
          description: 'cost.line.lambda.ephemeral',
          params: { extraMb },
          quantity: (seconds * extraMb) / 1024,
          unit: 'cost.unit.gbSecond',
        },
        'lambda.ephemeralGbSecond',
      ),
    );
  }
  return lines;
}

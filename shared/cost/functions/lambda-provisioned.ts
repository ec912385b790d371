/**
 * Lambda provisioned concurrency, as AWS prices it: the concurrency configured (in GB: count x
 * memory) for every second it is enabled, plus a lower duration price for the requests it
 * serves; the requests themselves are priced like any other. AWS's two published examples
 * (https://aws.amazon.com/lambda/pricing/, "Provisioned Concurrency Pricing", US East) come to
 * $19.96 and $32.26; test/shared/cost/lambda-provisioned.test.ts reproduces both to the cent.
 *
 * Arm functions use the Arm figures. AWS's page renders those in the browser, so the tables
 * hold them as estimates (x86 x 0.8, Arm's ratio on every other Lambda price; see the tables'
 * seenIn): the lines are flagged estimate and say why.
 */
import type { ResourceOf } from '../../model/types';
import type { PricingContext } from '../context';
import { grouped } from '../money';
import type { CostLine } from '../types';

/** Requests served by provisioned concurrency (0 when none is configured). */
export function provisionedRequestsOf(resource: ResourceOf<'lambda-function'>, ctx: PricingContext): number {
  if (!((resource.props.provisionedConcurrency ?? 0) > 0)) return 0;
  return Math.min(
    ctx.number(resource, 'provisionedRequestsPerMonth'),
    ctx.number(resource, 'requestsPerMonth'),
  );
}

export function priceLambdaProvisioned(
  resource: ResourceOf<'lambda-function'>,
  ctx: PricingContext,
): CostLine[] {
  const concurrency = resource.props.provisionedConcurrency ?? 0;
  if (!(concurrency > 0)) return [];
  ctx.number(resource, 'provisionedConcurrency');
  const memoryMb = ctx.number(resource, 'memoryMb');
  const hours = ctx.number(resource, 'provisionedHoursPerMonth', ctx.hours);
  const requests = provisionedRequestsOf(resource, ctx);
  const durationMs = ctx.number(resource, 'provisionedAvgDurationMs', ctx.number(resource, 'avgDurationMs'));
  const arm = ctx.usage(resource, 'architecture') === 'arm64';
  const arch = arm ? 'arm' : 'x86';
  const flag = (line: CostLine): CostLine =>
    arm ? { ...line, note: { key: 'cost.note.lambda.provisionedArm' } } : line;
  const gb = (concurrency * memoryMb) / 1024;
  return [
    flag(
      ctx.line(
        {
          id: 'provisioned',
          description: 'cost.line.lambda.provisioned',
          params: { concurrency, memoryMb, hours },
          quantity: gb * hours * 3600,
          unit: 'cost.unit.gbSecond',
        },
        `lambda.${arch}.provisionedGbSecond`,
      ),
    ),
    flag(
      ctx.line(
        {
          id: 'provisioned.duration',
          description: 'cost.line.lambda.provisionedDuration',
          params: { requests: grouped(requests), durationMs, memoryMb },
          quantity: (((requests * durationMs) / 1000) * memoryMb) / 1024,
          unit: 'cost.unit.gbSecond',
        },
        `lambda.${arch}.provisionedDurationGbSecond`,
      ),
    ),
  ];
}

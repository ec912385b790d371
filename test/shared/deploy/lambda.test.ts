import { describe, expect, it } from 'vitest';
import { lambdaConcurrency } from '../../../shared/deploy/index';
import type { Connection, Design, Resource } from '../../../shared/model/types';

function design(
  fnProps: Record<string, unknown>,
  extra: Resource[] = [],
  connections: Connection[] = [],
  limit?: number,
): Design {
  return {
    format: 'skyplan',
    version: 1,
    name: 'lambda',
    region: 'us-east-1',
    ...(limit ? { assumptions: { lambdaConcurrencyLimit: limit } } : {}),
    resources: [{ id: 'fn', type: 'lambda-function', props: fnProps } as Resource, ...extra],
    connections,
  };
}

const api: Resource = { id: 'api', type: 'api-gateway', props: { apiType: 'http' } };
const queue: Resource = { id: 'q', type: 'sqs-queue', props: {} };

describe('Lambda concurrency', () => {
  it("uses the 1,000 default limit as a named assumption, or the design's", () => {
    expect(lambdaConcurrency(design({}), 'fn')).toMatchObject({ accountLimit: 1000, limitSource: 'default' });
    expect(lambdaConcurrency(design({}, [], [], 3000), 'fn')).toMatchObject({
      accountLimit: 3000,
      limitSource: 'design',
    });
  });

  it('a burst above the account limit is throttled (2,000 req/s x 1 s = 2,000 > 1,000)', () => {
    const report = lambdaConcurrency(design({ peakRequestsPerSec: 2000, avgDurationMs: 1000 }), 'fn');
    expect(report.demand).toBe(2000);
    expect(report.throttled).toBe(true);
    expect(report.throttledShare).toBeCloseTo(0.5, 10);
    expect(report.problems.map((p) => p.message.key)).toEqual(['lambda.problem.throttledAccount']);
    // Healthy twin: the limit raised to 3,000.
    expect(
      lambdaConcurrency(design({ peakRequestsPerSec: 2000, avgDurationMs: 1000 }, [], [], 3000), 'fn')
        .throttled,
    ).toBe(false);
  });

  it("reserved concurrency caps the function, and other functions' reservations shrink the shared pool", () => {
    const capped = lambdaConcurrency(
      design({ reservedConcurrency: 50, peakRequestsPerSec: 100, avgDurationMs: 1000 }),
      'fn',
    );
    expect(capped).toMatchObject({ maxConcurrency: 50, throttled: true });
    expect(capped.problems[0]!.message.key).toBe('lambda.problem.throttledReserved');
    const other: Resource = { id: 'other', type: 'lambda-function', props: { reservedConcurrency: 850 } };
    const shared = lambdaConcurrency(design({ peakRequestsPerSec: 200, avgDurationMs: 1000 }, [other]), 'fn');
    expect(shared).toMatchObject({ reservedByOthers: 850, maxConcurrency: 150, throttled: true });
  });

  it('AWS keeps 100 unreserved: reserving more is a problem', () => {
    const report = lambdaConcurrency(design({ reservedConcurrency: 950 }), 'fn');
    expect(report.problems.map((p) => p.code)).toContain('reserved-too-high');
    expect(lambdaConcurrency(design({ reservedConcurrency: 900 }), 'fn').problems).toEqual([]);
  });

  it('says how API Gateway callers and an SQS trigger see throttling, differently', () => {
    const burst = { peakRequestsPerSec: 5000, avgDurationMs: 1000 };
    const sync = lambdaConcurrency(
      design(burst, [api], [{ id: 'c', from: 'api', to: 'fn', kind: 'invoke' }]),
      'fn',
    );
    expect(sync.callers).toEqual([{ id: 'api', type: 'api-gateway', model: 'sync' }]);
    expect(sync.callerEffects.map((e) => e.key)).toEqual(['lambda.effect.sync']);
    const poll = lambdaConcurrency(
      design(burst, [queue], [{ id: 'c', from: 'q', to: 'fn', kind: 'trigger' }]),
      'fn',
    );
    expect(poll.callers[0]!.model).toBe('poll');
    expect(poll.callerEffects.map((e) => e.key)).toEqual(['lambda.effect.poll']);
  });

  it('cold start: a range that grows with package size and Java, shrinks with memory and provisioned concurrency', () => {
    const at = (props: Record<string, unknown>) => lambdaConcurrency(design(props), 'fn').coldStart;
    const base = at({ runtime: 'nodejs', packageSizeMb: 5, memoryMb: 512 });
    expect(base.minMs).toBeLessThan(base.maxMs);
    expect(base.basis.key).toBe('lambda.coldStart.basis');
    expect(at({ runtime: 'nodejs', packageSizeMb: 50, memoryMb: 512 }).minMs).toBeGreaterThan(base.minMs);
    expect(at({ runtime: 'java', packageSizeMb: 5, memoryMb: 512 }).minMs).toBeGreaterThan(base.maxMs);
    expect(at({ runtime: 'nodejs', packageSizeMb: 5, memoryMb: 2048 }).maxMs).toBeLessThan(base.maxMs);
    // 10 req/s x 1 s = 10 concurrent: 5 provisioned keep half of them warm.
    expect(at({ provisionedConcurrency: 5, peakRequestsPerSec: 10, avgDurationMs: 1000 }).warmShare).toBe(
      0.5,
    );
  });
});

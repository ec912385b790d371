/**
 * AWS's own published pricing examples, reproduced to the cent. Each test names its example
 * and URL. AWS rounds each charge to the cent and adds the rounded charges, as Skyplan does.
 */
import { describe, expect, it } from 'vitest';
import { amounts, design, itemOf, price } from './helpers';

describe('AWS Lambda pricing page examples (https://aws.amazon.com/lambda/pricing/, us-east-1)', () => {
  it('Example 1, mobile application backend: 3M requests, 120 ms, 1536 MB x86, free tier -> $2.73', () => {
    const report = price(
      design(
        [
          {
            id: 'fn',
            type: 'lambda-function',
            props: {
              requestsPerMonth: 3_000_000,
              avgDurationMs: 120,
              memoryMb: 1536,
              architecture: 'x86_64',
            },
          },
        ],
        [],
        { freeTier: true },
      ),
    );
    // 540,000 GB-s - 400,000 free = 140,000 x $0.0000166667 = $2.33; 2M x $0.20/M = $0.40.
    expect(amounts(report, 'fn')).toEqual({
      'requests.free': 0,
      requests: 0.4,
      'duration.free': 0,
      duration: 2.33,
    });
    expect(report.monthlyTotal).toBe(2.73);
  });

  it('Example 2, streaming telemetry: 7.44M requests, 2 s, 1024 MB, no free tier applied -> $249.49', () => {
    const report = price(
      design([
        {
          id: 'fn',
          type: 'lambda-function',
          props: { requestsPerMonth: 7_440_000, avgDurationMs: 2000, memoryMb: 1024 },
        },
      ]),
    );
    // 7.44M x $0.20/M = $1.488 ~ $1.49; 14.88M GB-s x $0.0000166667 = $248.00.
    expect(amounts(report, 'fn')).toEqual({ requests: 1.49, duration: 248.0 });
    expect(report.monthlyTotal).toBe(249.49);
  });

  it('Example 3, ML on support tickets: 6M requests, 280 ms, 4096 MB, 2048 MB ephemeral -> $106.41', () => {
    const report = price(
      design(
        [
          {
            id: 'fn',
            type: 'lambda-function',
            props: {
              requestsPerMonth: 6_000_000,
              avgDurationMs: 280,
              memoryMb: 4096,
              ephemeralStorageMb: 2048,
            },
          },
        ],
        [],
        { freeTier: true },
      ),
    );
    // 6,320,000 GB-s x $0.0000166667 = $105.33; 5M x $0.20/M = $1.00; 2,520,000 GB-s x $0.0000000309 = $0.08.
    expect(amounts(report, 'fn')).toEqual({
      'requests.free': 0,
      requests: 1,
      'duration.free': 0,
      duration: 105.33,
      ephemeral: 0.08,
    });
    expect(report.monthlyTotal).toBe(106.41);
  });
});

describe('AWS Fargate pricing page examples (https://aws.amazon.com/fargate/pricing/, us-east-1)', () => {
  // "5 ECS Tasks that run for 10 minutes (600 seconds) every day for a month (30 days)" = 5 h per task.
  const fiveTasks = (cpuArchitecture: 'x86_64' | 'arm64') =>
    design([
      {
        id: 'svc',
        type: 'ecs-service',
        props: {
          securityGroups: [],
          desiredCount: 5,
          cpu: 1,
          memoryGb: 2,
          ephemeralStorageGb: 30,
          cpuArchitecture,
          runningHoursPerMonth: 5,
        },
      },
    ]);

  it('Example 1, Linux/x86 with 30 GB ephemeral storage -> $1.01 + $0.22 + $0.03 = $1.26', () => {
    const report = price(fiveTasks('x86_64'));
    expect(amounts(report, 'svc')).toEqual({ vcpu: 1.01, memory: 0.22, ephemeral: 0.03 });
    expect(report.monthlyTotal).toBe(1.26);
  });

  it('Example 2, Linux/ARM (Graviton2) -> $0.81 + $0.18 + $0.03 = $1.02', () => {
    const report = price(fiveTasks('arm64'));
    expect(amounts(report, 'svc')).toEqual({ vcpu: 0.81, memory: 0.18, ephemeral: 0.03 });
    expect(report.monthlyTotal).toBe(1.02);
  });

  it('Example 3, 10 pods of 0.25 vCPU and 1 GB for 1 hour a day for 30 days -> $3.04 + $1.33 = $4.37', () => {
    const report = price(
      design([
        {
          id: 'svc',
          type: 'ecs-service',
          props: { securityGroups: [], desiredCount: 10, cpu: 0.25, memoryGb: 1, runningHoursPerMonth: 30 },
        },
      ]),
    );
    expect(amounts(report, 'svc')).toEqual({ vcpu: 3.04, memory: 1.33 });
    expect(report.monthlyTotal).toBe(4.37);
  });
});

describe('Elastic Load Balancing pricing examples (https://aws.amazon.com/elasticloadbalancing/pricing/)', () => {
  // Both examples: 1 new connection/s lasting 2 minutes, 5 requests/s, 300 KB/s processed
  // (= 1.08 GB/h), a 30-day month of 720 hours ("$0.0225 * 24 hours * 30 days").
  const alb = (ruleCount: number) =>
    design(
      [
        ...[
          { id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16' } } as const,
          {
            id: 'subnet-a',
            type: 'subnet',
            parent: 'vpc1',
            props: { cidr: '10.0.0.0/24', az: 'a' },
          } as const,
        ],
        {
          id: 'alb1',
          type: 'alb',
          parent: 'vpc1',
          props: {
            scheme: 'internal',
            subnets: ['subnet-a'],
            securityGroups: [],
            listeners: [{ port: 443, protocol: 'HTTPS' }],
            newConnectionsPerSec: 1,
            avgConnectionDurationSec: 120,
            requestsPerSec: 5,
            processedGbPerHour: 1.08,
            ruleCount,
          },
        },
      ],
      [],
      { hoursPerMonth: 720 },
    );

  it('current example (1 rule, without its mTLS trust store): 1.08 LCU -> $16.20 + $6.22 = $22.42', () => {
    // The page's total, $26.45, adds a trust store at $0.0056/h ($4.03), which Skyplan does not model.
    const report = price(alb(1));
    expect(amounts(report, 'alb1')).toEqual({ hours: 16.2, lcu: 6.22 });
    expect(itemOf(report, 'alb1').monthly).toBe(22.42);
  });

  it('legacy example with 60 rules: rule evaluations (0.25 LCU) lose to processed bytes (1.08) -> $22.42', () => {
    const report = price(alb(60));
    const lcu = itemOf(report, 'alb1').lines.find((line) => line.id === 'lcu');
    expect(lcu?.description.params).toMatchObject({ ruleEvaluations: 0.25, processedBytes: 1.08, lcu: 1.08 });
    expect(itemOf(report, 'alb1').monthly).toBe(22.42);
  });
});

/**
 * AWS's provisioned-concurrency pricing examples, reproduced to the cent:
 * https://aws.amazon.com/lambda/pricing/ ("Provisioned Concurrency Pricing", US East, N. Virginia).
 */
import { describe, expect, it } from 'vitest';
import { amounts, design, price } from './helpers';

describe('AWS Lambda provisioned concurrency examples (https://aws.amazon.com/lambda/pricing/)', () => {
  it('Example 1, mobile application launch: PC 100 at 1536 MB for 8 h -> $19.96', () => {
    const report = price(
      design(
        [
          {
            id: 'fn',
            type: 'lambda-function',
            props: {
              memoryMb: 1536,
              architecture: 'x86_64',
              requestsPerMonth: 3_000_000,
              avgDurationMs: 120,
              provisionedConcurrency: 100,
              provisionedHoursPerMonth: 8,
              provisionedRequestsPerMonth: 500_000,
              provisionedAvgDurationMs: 100,
            },
          },
        ],
        [],
        { freeTier: true },
      ),
    );
    // PC: 150 GB x 28,800 s = 4.32M GB-s x $0.0000041667 = $18.00.
    // PC duration: 500,000 x 100 ms x 1.5 GB = 75,000 GB-s x $0.0000097222 = $0.73.
    // On demand: 2.5M x 120 ms x 1.5 GB = 450,000 GB-s - 400,000 free = 50,000 x $0.0000166667 = $0.83.
    // Requests: 3M - 1M free = 2M x $0.20/M = $0.40.
    expect(amounts(report, 'fn')).toEqual({
      'requests.free': 0,
      requests: 0.4,
      'duration.free': 0,
      duration: 0.83,
      provisioned: 18.0,
      'provisioned.duration': 0.73,
    });
    expect(report.monthlyTotal).toBe(19.96);
  });

  it('Example 2, Cyber Monday support: PC 7 at 4096 MB for 24 h, 2M requests of 280 ms -> $32.26', () => {
    const report = price(
      design([
        {
          id: 'fn',
          type: 'lambda-function',
          props: {
            memoryMb: 4096,
            requestsPerMonth: 2_000_000,
            avgDurationMs: 280,
            provisionedConcurrency: 7,
            provisionedHoursPerMonth: 24,
            provisionedRequestsPerMonth: 2_000_000,
          },
        },
      ]),
    );
    // PC: 28 GB x 86,400 s = 2,419,200 GB-s x $0.0000041667 = $10.08.
    // PC duration: 2M x 280 ms x 4 GB = 2,240,000 GB-s x $0.0000097222 = $21.78. Requests: $0.40.
    const lines = amounts(report, 'fn');
    expect(lines.provisioned).toBe(10.08);
    expect(lines['provisioned.duration']).toBe(21.78);
    expect(lines.requests).toBe(0.4);
    expect(lines.duration).toBe(0);
    expect(report.monthlyTotal).toBe(32.26);
  });

  it('adds nothing (no line, no assumption) to a function without provisioned concurrency', () => {
    const report = price(design([{ id: 'fn', type: 'lambda-function', props: {} }]));
    expect(Object.keys(amounts(report, 'fn'))).toEqual(['requests', 'duration']);
    expect(report.assumptions.map((a) => a.prop)).not.toContain('provisionedConcurrency');
  });

  it('enables provisioned concurrency for the whole month by default', () => {
    const report = price(
      design([{ id: 'fn', type: 'lambda-function', props: { memoryMb: 1024, provisionedConcurrency: 1 } }]),
    );
    // 1 GB x 730 h x 3,600 s = 2,628,000 GB-s x $0.0000041667 = $10.95.
    const line = report.items[0]!.lines.find((l) => l.id === 'provisioned')!;
    expect(line.quantity).toBe(2_628_000);
    expect(line.monthly).toBe(10.95);
    expect(line.estimate).toBe(false);
  });
});

/**
 * Arm: AWS publishes no provisioned-concurrency example for Arm, and its page renders the Arm
 * rates in the browser, so the tables hold them as estimates (x86 x 0.8). Example 1's usage on
 * Arm, worked by hand from those figures, and the lines say they are estimates.
 */
describe('Lambda provisioned concurrency on Arm (estimated prices)', () => {
  const example1OnArm = (region: string) =>
    price(
      design(
        [
          {
            id: 'fn',
            type: 'lambda-function',
            props: {
              memoryMb: 1536,
              architecture: 'arm64',
              requestsPerMonth: 3_000_000,
              avgDurationMs: 120,
              provisionedConcurrency: 100,
              provisionedHoursPerMonth: 8,
              provisionedRequestsPerMonth: 500_000,
              provisionedAvgDurationMs: 100,
            },
          },
        ],
        [],
        { freeTier: true },
        region,
      ),
    );

  it('US East: Example 1 on Arm uses the Arm figures, flagged estimate with the reason', () => {
    const report = example1OnArm('us-east-1');
    // PC: 4.32M GB-s x $0.0000033334 = $14.40. PC duration: 75,000 GB-s x $0.0000077778 = $0.58.
    // On demand (Arm): 50,000 GB-s after the free 400,000 x $0.0000133334 = $0.67. Requests: $0.40.
    expect(amounts(report, 'fn')).toMatchObject({
      requests: 0.4,
      duration: 0.67,
      provisioned: 14.4,
      'provisioned.duration': 0.58,
    });
    expect(report.monthlyTotal).toBe(16.05);
    const pc = report.items[0]!.lines.filter((l) => l.id.startsWith('provisioned'));
    expect(pc.map((l) => [l.priceKey, l.estimate, l.note?.key])).toEqual([
      ['lambda.arm.provisionedGbSecond', true, 'cost.note.lambda.provisionedArm'],
      ['lambda.arm.provisionedDurationGbSecond', true, 'cost.note.lambda.provisionedArm'],
    ]);
  });

  it('Seoul has its own Arm figure: the Seoul x86 $0.0000051254 x 0.8', () => {
    const report = example1OnArm('ap-northeast-2');
    // 4.32M GB-s x $0.0000041003 = $17.71 (x86 in Seoul: 4.32M x $0.0000051254 = $22.14).
    expect(amounts(report, 'fn').provisioned).toBe(17.71);
  });
});

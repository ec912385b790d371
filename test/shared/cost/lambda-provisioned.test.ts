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

  it('enables provisioned concurrency for the whole month by default, and flags Arm as an estimate', () => {
    const report = price(
      design([
        {
          id: 'fn',
          type: 'lambda-function',
          props: { memoryMb: 1024, provisionedConcurrency: 1, architecture: 'arm64' },
        },
      ]),
    );
    // 1 GB x 730 h x 3,600 s = 2,628,000 GB-s x $0.0000041667 = $10.95.
    const line = report.items[0]!.lines.find((l) => l.id === 'provisioned')!;
    expect(line.quantity).toBe(2_628_000);
    expect(line.monthly).toBe(10.95);
    expect(line.estimate).toBe(true);
  });
});

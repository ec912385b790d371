import { describe, expect, it } from 'vitest';
import { scalingRange } from '../../../shared/deploy/index';
import { designWith } from './fixtures';

describe('service auto scaling', () => {
  it('is absent without autoScalingMax', () => {
    expect(scalingRange(designWith(), 'svc')).toBeUndefined();
  });

  it('prices the service at min and at max tasks: a range, max x the min cost', () => {
    const range = scalingRange(designWith({ service: { autoScalingMin: 2, autoScalingMax: 6 } }), 'svc')!;
    expect(range).toMatchObject({ min: 2, max: 6, metric: 'cpu', target: 70 });
    // Fargate 0.5 vCPU / 1 GB x 730 h: 2 tasks = $35.55 (0.5 x 0.0404784 + 1 x 0.004446 per task-hour).
    expect(range.monthlyAtMin).toBeCloseTo(2 * 730 * (0.5 * 0.0404784 + 0.004446), 1);
    expect(range.monthlyAtMax).toBeCloseTo(3 * range.monthlyAtMin, 1);
    expect(range.problems).toEqual([]);
  });

  it('checks subnet capacity at max with the deploy surge: a /28 cannot hold 8 tasks surging to 16', () => {
    const range = scalingRange(
      designWith({
        appCidrs: ['10.0.10.0/28'],
        endpoints: 3,
        service: { autoScalingMin: 2, autoScalingMax: 8 },
      }),
      'svc',
    )!;
    expect(range).toMatchObject({ neededAtMax: 16, slots: 8 });
    expect(range.problems[0]!.message.key).toBe('scaling.problem.noRoomAtMax');
    const twin = scalingRange(
      designWith({
        appCidrs: ['10.0.10.0/27'],
        endpoints: 3,
        service: { autoScalingMin: 2, autoScalingMax: 8 },
      }),
      'svc',
    )!;
    expect(twin.problems).toEqual([]);
  });
});

/** Service auto scaling as a cost range: a $0 line naming min..max, both ends priced, the assumption said. */
import { describe, expect, it } from 'vitest';
import { computeCost, formatCost } from '../../../shared/cost/index';
import { designWith } from '../deploy/fixtures';

const report = (service: Record<string, unknown>) =>
  computeCost(designWith({ service: { cpu: 0.5, memoryGb: 1, ...service } }));
const rangeLine = (service: Record<string, unknown>) =>
  report(service)
    .items.find((item) => item.resource === 'svc')!
    .lines.find((line) => line.id === 'scaling.range');

describe('auto scaling cost range', () => {
  it('prices 2..6 Fargate tasks all month at each end, and leaves the total at the desired count', () => {
    const line = rangeLine({ autoScalingMin: 2, autoScalingMax: 6, scalingMetric: 'requests-per-target' });
    // us-east-1 Fargate x86: $0.0404784 per vCPU-hour, $0.004446 per GB-hour, 730 h, lines to the cent.
    // 2 tasks: 2 x 0.5 x 730 x 0.0404784 = 29.55 + 2 x 1 x 730 x 0.004446 = 6.49 -> 36.04
    // 6 tasks: 6 x 0.5 x 730 x 0.0404784 = 88.65 + 6 x 1 x 730 x 0.004446 = 19.47 -> 108.12
    expect(line).toMatchObject({
      monthly: 0,
      quantity: 6,
      description: {
        key: 'cost.line.ecs.scalingRange',
        params: { min: 2, max: 6, low: '36.04', high: '108.12', metric: 'requests-per-target', target: 70 },
      },
      note: { key: 'cost.note.ecs.scalingRange', params: { desired: 2 } },
    });
    const withRange = report({ autoScalingMin: 2, autoScalingMax: 6 });
    expect(withRange.monthlyTotal).toBe(report({}).monthlyTotal);
  });

  it('starts the range at the desired count without autoScalingMin, and is absent without a max or on EC2', () => {
    expect(rangeLine({ desiredCount: 3, autoScalingMax: 4 })?.description.params).toMatchObject({
      min: 3,
      max: 4,
    });
    expect(rangeLine({})).toBeUndefined();
    expect(rangeLine({ autoScalingMax: 4, launchType: 'ec2' })).toBeUndefined();
  });

  it('is a line of skyplan cost text and JSON, in English and Korean, with the assumption named', () => {
    const r = report({ autoScalingMin: 2, autoScalingMax: 6 });
    const en = formatCost(r, 'text', 'en');
    expect(en).toContain(
      'Service auto scaling 2..6 tasks (target tracking cpu at 70): 36.04..108.12 USD a month',
    );
    expect(en).toContain(
      'assumption: all month at min / all month at max; the total counts the desired 2 task(s)',
    );
    expect(formatCost(r, 'text', 'ko')).toContain('서비스 오토 스케일링 태스크 2..6개');
    const json = JSON.parse(formatCost(r, 'json', 'en')) as {
      items: { resource: string; lines: { description: string; note?: string; monthly: number }[] }[];
    };
    const line = json.items
      .find((item) => item.resource === 'svc')!
      .lines.find((l) => l.description.startsWith('Service auto scaling'));
    expect(line).toMatchObject({ monthly: 0 });
    expect(line?.note).toContain('all month at max');
  });
});

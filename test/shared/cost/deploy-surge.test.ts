/** The deploy surge as a cost line: extra task-hours per deploy x deploys a month. */
import { describe, expect, it } from 'vitest';
import { computeCost } from '../../../shared/cost/index';
import { designWith } from '../deploy/fixtures';

const lines = (service: Record<string, unknown>) => {
  const report = computeCost(designWith({ service: { cpu: 1, memoryGb: 2, ...service } }));
  return report.items.find((item) => item.resource === 'svc')!.lines;
};

describe('deploy surge cost', () => {
  it('prices a rolling surge: 2 extra tasks for 5 minutes x 30 deploys', () => {
    const surge = lines({ deploysPerMonth: 30 }).filter((l) => l.id.startsWith('deploy.'));
    // 10/60 task-hours a deploy x 30 = 5 task-hours: 5 vCPU-h x $0.0404784, 10 GB-h x $0.004446.
    expect(surge.map((l) => [l.id, l.quantity])).toEqual([
      ['deploy.vcpu', 5],
      ['deploy.memory', 10],
    ]);
    expect(surge.map((l) => l.monthly)).toEqual([0.2, 0.04]);
  });

  it('prices a blue/green double fleet higher than a rolling surge', () => {
    const rolling = lines({ deploysPerMonth: 30 }).find((l) => l.id === 'deploy.vcpu')!;
    const blueGreen = lines({
      deploysPerMonth: 30,
      deploymentStrategy: 'blue-green',
      trafficShifting: 'canary',
    }).find((l) => l.id === 'deploy.vcpu')!;
    expect(blueGreen.quantity).toBeGreaterThan(rolling.quantity);
  });

  it('adds no line without deploysPerMonth, and none on the EC2 launch type', () => {
    expect(lines({}).some((l) => l.id.startsWith('deploy.'))).toBe(false);
    expect(lines({ deploysPerMonth: 30, launchType: 'ec2' }).some((l) => l.id.startsWith('deploy.'))).toBe(
      false,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { planDeploy, shiftSchedule } from '../../../shared/deploy/index';
import { designWith } from './fixtures';

const blueGreen = (extra: Record<string, unknown> = {}, appCidrs?: string[]) =>
  designWith({ appCidrs, service: { deploymentStrategy: 'blue-green', ...extra } });

describe('blue/green', () => {
  it('runs both fleets side by side and shifts the weights all at once by default', () => {
    const plan = planDeploy(blueGreen(), 'svc');
    expect(plan.outcome).toBe('completed');
    expect(plan.shifting).toMatchObject({ mode: 'all-at-once' });
    const both = plan.steps.find((s) => s.old === 2 && s.fresh === 2);
    expect(both).toBeDefined();
    expect(plan.steps.map((s) => s.weights!.green)).toEqual([0, 0, 0, 100, 100]);
    expect(plan.steps.every((s) => s.serving)).toBe(true);
  });

  it('canary 10% for 5 minutes: weight steps 0 -> 10 -> 100, blue kept until the end', () => {
    const plan = planDeploy(
      blueGreen({ trafficShifting: 'canary', shiftPercent: 10, shiftIntervalMinutes: 5 }),
      'svc',
    );
    const weights = plan.steps.map((s) => `${s.weights!.blue}/${s.weights!.green}`);
    expect(weights).toEqual(['100/0', '100/0', '100/0', '90/10', '0/100', '0/100']);
    const canary = plan.steps[3]!;
    const full = plan.steps[4]!;
    expect(full.minute - canary.minute).toBe(5);
    expect(canary).toMatchObject({ old: 2, fresh: 2 });
    expect(plan.steps[plan.steps.length - 1]).toMatchObject({ old: 0, fresh: 2 });
  });

  it('linear shifting moves in equal steps', () => {
    expect(shiftSchedule('linear', 10)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(shiftSchedule('linear', 30)).toEqual([30, 60, 90, 100]);
    expect(shiftSchedule('all-at-once', 10)).toEqual([100]);
  });

  it('rolls back when the new version fails during the canary; blue keeps serving', () => {
    const plan = planDeploy(blueGreen({ trafficShifting: 'canary' }), 'svc', { failNewVersion: true });
    expect(plan.outcome).toBe('rolled-back');
    const last = plan.steps[plan.steps.length - 1]!;
    expect(last.weights).toEqual({ blue: 100, green: 0 });
    expect(last).toMatchObject({ old: 2, fresh: 0, serving: true });
    expect(plan.steps.every((s) => s.serving)).toBe(true);
  });

  it('without rollback a failing green keeps its share of traffic: not serving', () => {
    const plan = planDeploy(blueGreen({ trafficShifting: 'canary', rollbackOnFailure: false }), 'svc', {
      failNewVersion: true,
    });
    expect(plan.outcome).toBe('not-serving');
    expect(plan.problems[0]!.fix.key).toBe('deploy.fix.greenFailing');
  });

  it('needs room for a full second fleet: a /28 (8 free slots) cannot hold 5 blue + 5 green', () => {
    const design = designWith({
      appCidrs: ['10.0.10.0/28'],
      endpoints: 3,
      service: { deploymentStrategy: 'blue-green', desiredCount: 5 },
    });
    const plan = planDeploy(design, 'svc');
    expect(plan.outcome).toBe('stalled');
    expect(plan.problems[0]!.message.key).toBe('deploy.problem.noFreeAddressBlueGreen');
    const twin = planDeploy(
      designWith({
        appCidrs: ['10.0.10.0/27'],
        endpoints: 3,
        service: { deploymentStrategy: 'blue-green', desiredCount: 5 },
      }),
      'svc',
    );
    expect(twin.outcome).toBe('completed');
  });

  it('counts the green fleet as extra task-hours until blue stops', () => {
    const plan = planDeploy(blueGreen({ trafficShifting: 'canary' }), 'svc');
    // Green (2 tasks) runs from minute 5 to minute 20 beside blue.
    expect(plan.extraTaskHours).toBeCloseTo((2 * 15) / 60, 10);
  });
});

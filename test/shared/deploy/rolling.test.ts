import { describe, expect, it } from 'vitest';
import { planDeploy } from '../../../shared/deploy/index';
import type { DeployPlan } from '../../../shared/deploy/index';
import { t } from '../../../shared/i18n/index';
import { designWith } from './fixtures';

const text = (plan: DeployPlan) =>
  [
    ...plan.steps.flatMap((step) => step.events),
    ...plan.notes,
    ...plan.problems.flatMap((p) => [p.message, p.fix]),
  ]
    .map((m) => t('en', m.key, m.params))
    .join('\n');

describe('rolling update', () => {
  it('desired 2 / 50% / 200%: at most 4 tasks, never fewer than 1 healthy, the ALB keeps serving', () => {
    const plan = planDeploy(
      designWith({ service: { minimumHealthyPercent: 50, maximumPercent: 200 } }),
      'svc',
    );
    expect(plan.outcome).toBe('completed');
    expect(plan.minHealthy).toBe(1);
    expect(plan.maxRunning).toBe(4);
    for (const step of plan.steps) {
      expect(step.running).toBeLessThanOrEqual(4);
      expect(step.healthy).toBeGreaterThanOrEqual(1);
      expect(step.serving).toBe(true);
    }
    expect(Math.max(...plan.steps.map((s) => s.running))).toBe(4);
    const last = plan.steps[plan.steps.length - 1]!;
    expect(last).toMatchObject({ old: 0, starting: 0, fresh: 2 });
  });

  it("uses AWS's defaults (rolling 100/200) when the service has no deployment settings", () => {
    const plan = planDeploy(designWith(), 'svc');
    expect(plan).toMatchObject({ strategy: 'rolling', minimumHealthyPercent: 100, maximumPercent: 200 });
    expect(plan.outcome).toBe('completed');
    expect(Math.min(...plan.steps.map((s) => s.healthy))).toBe(2);
  });

  it('applies AWS rounding: minimum healthy rounds up, maximum rounds down', () => {
    const plan = planDeploy(
      designWith({ service: { desiredCount: 3, minimumHealthyPercent: 50, maximumPercent: 150 } }),
      'svc',
    );
    expect(plan.minHealthy).toBe(2); // ceil(1.5)
    expect(plan.maxRunning).toBe(4); // floor(4.5)
    for (const step of plan.steps) {
      expect(step.running).toBeLessThanOrEqual(4);
      expect(step.healthy).toBeGreaterThanOrEqual(2);
    }
  });

  it('minimum 100 / maximum 100 deadlocks, with the reason and the fix', () => {
    const plan = planDeploy(
      designWith({ service: { minimumHealthyPercent: 100, maximumPercent: 100 } }),
      'svc',
    );
    expect(plan.outcome).toBe('stalled');
    expect(plan.problems[0]!.code).toBe('deadlock');
    expect(text(plan)).toContain('maximum 100% allows only 2 task(s) in all');
    expect(text(plan)).toContain('lower minimumHealthyPercent');
  });

  it('healthy twin of the deadlock: minimum 50 / maximum 100 replaces one task at a time', () => {
    const plan = planDeploy(
      designWith({ service: { minimumHealthyPercent: 50, maximumPercent: 100 } }),
      'svc',
    );
    expect(plan.outcome).toBe('completed');
    expect(plan.problems).toEqual([]);
    expect(Math.max(...plan.steps.map((s) => s.running))).toBe(2);
    expect(Math.min(...plan.steps.map((s) => s.healthy))).toBe(1);
  });

  it('a /28 full of endpoint ENIs and tasks stalls: no free address while minimum healthy keeps the old tasks', () => {
    // /28: 16 - 5 reserved = 11; 3 interface endpoints take 3; 8 tasks take the other 8.
    const design = designWith({ appCidrs: ['10.0.10.0/28'], endpoints: 3, service: { desiredCount: 8 } });
    const plan = planDeploy(design, 'svc');
    expect(plan.outcome).toBe('stalled');
    expect(plan.problems[0]).toMatchObject({ code: 'no-free-address' });
    expect(plan.problems[0]!.resources).toContain('app0');
    expect(text(plan)).toContain(
      'no free IPv4 address in app0 (10.0.10.0/28) (11 usable after the 5 AWS reserves; 3 taken',
    );
    expect(text(plan)).toMatch(/use larger subnets \(a \/2\d or bigger\)/);
  });

  it('healthy twin: a /27 has the addresses for the surge', () => {
    const design = designWith({ appCidrs: ['10.0.10.0/27'], endpoints: 3, service: { desiredCount: 8 } });
    const plan = planDeploy(design, 'svc');
    expect(plan.outcome).toBe('completed');
    expect(plan.notes.map((n) => n.key)).not.toContain('deploy.note.batches');
  });

  it('a surge that only partly fits proceeds in smaller batches, and says so', () => {
    // 11 usable - 3 endpoints = 8 slots; 6 old tasks leave 2 free: batches of 2.
    const design = designWith({ appCidrs: ['10.0.10.0/28'], endpoints: 3, service: { desiredCount: 6 } });
    const plan = planDeploy(design, 'svc');
    expect(plan.outcome).toBe('completed');
    const batches = plan.steps.filter((s) => s.batch !== undefined).map((s) => s.batch);
    expect(batches.length).toBeGreaterThan(1);
    expect(text(plan)).toContain('only 2 of the 6 new tasks allowed could start: no free slot in app0');
    expect(text(plan)).toMatch(/the surge only partly fits, so the deploy proceeds in \d smaller batches/);
    for (const step of plan.steps) {
      expect(step.running).toBeLessThanOrEqual(8);
      expect(step.healthy).toBeGreaterThanOrEqual(6);
    }
  });

  it('minimum 50% on the full /28 lets old tasks stop first and free their addresses (batches)', () => {
    const design = designWith({
      appCidrs: ['10.0.10.0/28'],
      endpoints: 3,
      service: { desiredCount: 8, minimumHealthyPercent: 50 },
    });
    const plan = planDeploy(design, 'svc');
    expect(plan.outcome).toBe('completed');
    expect(Math.min(...plan.steps.map((s) => s.healthy))).toBe(4);
    expect(text(plan)).toContain('stopped 4 old task(s) to make room');
  });

  it('drops below serving when minimum healthy 0% stops the only task', () => {
    const plan = planDeploy(
      designWith({ service: { desiredCount: 1, minimumHealthyPercent: 0, maximumPercent: 100 } }),
      'svc',
    );
    expect(plan.outcome).toBe('not-serving');
    expect(plan.problems.map((p) => p.code)).toContain('not-serving');
    expect(plan.steps.some((s) => !s.serving)).toBe(true);
  });

  it('counts the surge as extra task-hours: 2 tasks for one 5-minute batch', () => {
    const plan = planDeploy(designWith(), 'svc');
    expect(plan.extraTaskHours).toBeCloseTo(10 / 60, 10);
    const slower = planDeploy(designWith({ service: { deployStepMinutes: 15 } }), 'svc');
    expect(slower.extraTaskHours).toBeCloseTo(30 / 60, 10);
  });
});

// The rolling-update template says "desired 2, minimum healthy 50%, maximum 200%": its service
// carries those settings, and its simulated deploy keeps to them step by step.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planDeploy } from '../../../shared/deploy/index';
import { parseDesign } from '../../../shared/model/index';

const FILE = 'assets/templates/ecs-rolling-update.skyplan.json';

function template() {
  const parsed = parseDesign(readFileSync(FILE, 'utf8'));
  if (!parsed.ok) throw new Error(`${FILE}: ${JSON.stringify(parsed.issues)}`);
  return parsed.design;
}

describe('ecs-rolling-update template', () => {
  it('sets minimum healthy 50% and maximum 200% on its desired-2 service, as its text says', () => {
    const svc = template().resources.find((r) => r.id === 'svc');
    expect(svc?.type).toBe('ecs-service');
    expect(svc?.props).toMatchObject({ desiredCount: 2, minimumHealthyPercent: 50, maximumPercent: 200 });
  });

  it('deploys with at most 4 tasks and never fewer than 1 healthy, serving throughout', () => {
    const plan = planDeploy(template(), 'svc');
    expect(plan).toMatchObject({ outcome: 'completed', minHealthy: 1, maxRunning: 4 });
    expect(plan.steps.length).toBeGreaterThan(1);
    for (const step of plan.steps) {
      expect(step.running).toBeLessThanOrEqual(4);
      expect(step.healthy).toBeGreaterThanOrEqual(1);
      expect(step.serving).toBe(true);
    }
    // The surge is used: some step runs more than the desired 2.
    expect(Math.max(...plan.steps.map((s) => s.running))).toBeGreaterThan(2);
  });
});

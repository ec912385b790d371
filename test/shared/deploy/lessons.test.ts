// Lessons 09 and 10 tell the student what the Deploy panel (and the canvas under the service)
// will show; these tests hold the simulation to the lessons' own words.
import { describe, expect, it } from 'vitest';
import { planDeploy } from '../../../shared/deploy/index';
import { findBundledLesson } from '../../../shared/lessons/index';
import type { Design } from '../../../shared/model/index';

function lesson(id: string) {
  const found = findBundledLesson(id);
  if (!found) throw new Error(`no lesson ${id}`);
  return found.lesson;
}
const serviceOf = (design: Design) => design.resources.find((r) => r.type === 'ecs-service')!;

describe('lesson 09: a rolling update that stalls on /28 subnets', () => {
  const { start, answer, instructions } = lesson('09');

  it('start: 8 tasks and 3 endpoint ENIs fill each /28 (11 usable), and the deploy stalls at step 1', () => {
    expect(instructions.en).toContain('the deploy stalls at step 1');
    const plan = planDeploy(start, serviceOf(start).id);
    expect(plan.outcome).toBe('stalled');
    expect(plan.steps).toHaveLength(2);
    expect(plan.steps[0]!.subnets.map((c) => [c.old, c.free])).toEqual([
      [8, 0],
      [8, 0],
    ]);
    expect(plan.problems[0]!.code).toBe('no-free-address');
    expect(plan.problems[0]!.message.params).toMatchObject({ usable: 11, others: 3 });
  });

  it('answer: minimum healthy 50% keeps 8 serving while 8 old stop, in batches, 16 tasks at the end', () => {
    const plan = planDeploy(answer, serviceOf(answer).id);
    expect(plan.outcome).toBe('completed');
    expect(Math.min(...plan.steps.map((s) => s.healthy))).toBe(8);
    expect(plan.steps[1]).toMatchObject({ old: 8, starting: 8, batch: 1 });
    expect(plan.steps.at(-1)).toMatchObject({ fresh: 16, old: 0 });
  });

  it('the /27 hint: 27 usable addresses each, and the whole surge fits', () => {
    const wider = structuredClone(start);
    for (const r of wider.resources) {
      if (r.type === 'subnet' && r.props.cidr.endsWith('/28'))
        r.props.cidr = r.props.cidr.replace('/28', '/27');
    }
    const plan = planDeploy(wider, serviceOf(wider).id);
    expect(plan.outcome).toBe('completed');
    expect(plan.steps[1]).toMatchObject({ old: 16, starting: 16 });
  });
});

describe('lesson 10: blue/green with a canary and a rollback', () => {
  const { start, answer } = lesson('10');

  it('start: all at once without rollback, a failing new version stops the service serving', () => {
    const plan = planDeploy(start, serviceOf(start).id, { failNewVersion: true });
    expect(plan.outcome).toBe('not-serving');
    expect(plan.steps.some((s) => s.weights?.green === 100 && !s.serving)).toBe(true);
  });

  it('answer: 10% canary, then the failing version rolls back and blue keeps serving', () => {
    const plan = planDeploy(answer, serviceOf(answer).id, { failNewVersion: true });
    expect(plan.outcome).toBe('rolled-back');
    expect(plan.steps.map((s) => s.weights?.green)).toContain(10);
    expect(plan.steps.every((s) => s.serving)).toBe(true);
    expect(plan.steps.at(-1)).toMatchObject({ old: 2, fresh: 0, weights: { blue: 100, green: 0 } });
  });
});

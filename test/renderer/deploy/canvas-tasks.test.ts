// The canvas reads the Deploy panel's current step per shape: each shape of the deployed service
// gets its own subnet's tasks, every other shape nothing.
import { describe, expect, it } from 'vitest';
import { planDeploy } from '../../../shared/deploy/index';
import { tasksIn } from '../../../renderer/deploy/canvasTasks';
import { designWith } from '../../shared/deploy/fixtures';

describe('tasks under a service shape', () => {
  const plan = planDeploy(designWith({ service: { minimumHealthyPercent: 50, maximumPercent: 200 } }), 'svc');
  const view = { service: 'svc', step: plan.steps[1]!, blueGreen: false };

  it("gives each shape its own subnet's old and new tasks at the panel's step", () => {
    expect(tasksIn(view, 'svc', 'app0')).toMatchObject({ subnet: 'app0', az: 'a', old: 1, starting: 1 });
    expect(tasksIn(view, 'svc', 'app1')).toMatchObject({ subnet: 'app1', az: 'b', old: 1, starting: 1 });
    const last = { ...view, step: plan.steps.at(-1)! };
    expect(tasksIn(last, 'svc', 'app0')).toMatchObject({ old: 0, starting: 0, fresh: 1 });
  });

  it('gives nothing to other resources, other subnets, or when no deploy is shown', () => {
    expect(tasksIn(view, 'alb1', 'pubA')).toBeNull();
    expect(tasksIn(view, 'svc', 'pubA')).toBeNull();
    // Without `home` the panel has not said the VPC holds the home shape.
    expect(tasksIn(view, 'svc', 'vpc1')).toBeNull();
    expect(tasksIn(view, 'svc', undefined)).toBeNull();
    expect(tasksIn(null, 'svc', 'app0')).toBeNull();
  });

  it('gives the home shape of a service placed in the VPC the whole service (every AZ)', () => {
    // svc's parent is vpc1 (fixture): its home shape is outside both app subnets.
    const atVpc = { ...view, home: 'vpc1' };
    expect(tasksIn(atVpc, 'svc', 'vpc1')).toMatchObject({
      subnet: 'vpc1',
      az: 'a, b',
      old: 2,
      starting: 2,
      fresh: 0,
      failed: false,
    });
    expect(tasksIn(atVpc, 'svc', 'app0')).toMatchObject({ subnet: 'app0', old: 1, starting: 1 });
    const last = { ...atVpc, step: plan.steps.at(-1)! };
    expect(tasksIn(last, 'svc', 'vpc1')).toMatchObject({ old: 0, starting: 0, fresh: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { instanceFit, planDeploy, deploySettings } from '../../../shared/deploy/index';
import type { DeployPlan } from '../../../shared/deploy/index';
import { t } from '../../../shared/i18n/index';
import type { ResourceOf } from '../../../shared/model/types';
import { designWith } from './fixtures';

const text = (plan: DeployPlan) =>
  plan.problems
    .flatMap((p) => [p.message, p.fix])
    .map((m) => t('en', m.key, m.params))
    .join('\n');

const ec2 = (extra: Record<string, unknown>) =>
  designWith({
    service: { launchType: 'ec2', memoryGb: 0.5, cpu: 0.25, containerInstanceType: 't3.micro', ...extra },
  });

describe('EC2 launch type capacity', () => {
  it('"a 512 MB container fits twice in 1,024 MB", less the instance reserve', () => {
    const service = ec2({}).resources.find((r) => r.id === 'svc') as ResourceOf<'ecs-service'>;
    expect(instanceFit(deploySettings(service))).toMatchObject({ memoryMb: 1024, taskMb: 512, byMemory: 2 });
    const reserved = { ...service, props: { ...service.props, reservedMemoryMb: 128 } };
    expect(instanceFit(deploySettings(reserved)).byMemory).toBe(1);
  });

  it('stalls without spare CPU/memory for the extra task, with the arithmetic', () => {
    // One t3.micro holds 2 tasks of 512 MB: the 2 running tasks fill it.
    const plan = planDeploy(ec2({ containerInstanceCount: 1 }), 'svc');
    expect(plan.outcome).toBe('stalled');
    expect(plan.problems[0]!.code).toBe('no-instance-capacity');
    expect(text(plan)).toContain(
      'a t3.micro has 1024 MB, 0 MB reserved leaves 1024 MB, and a task needs 512 MB, so 2 fit by memory (8 by CPU); 1 instance(s) hold 2 task(s)',
    );
  });

  it('healthy twin: a second instance gives the surge room', () => {
    const plan = planDeploy(ec2({ containerInstanceCount: 2 }), 'svc');
    expect(plan.outcome).toBe('completed');
  });

  it('static host ports collide: one task per instance, fix is dynamic port mapping', () => {
    const plan = planDeploy(
      ec2({ containerInstanceType: 't3.small', containerInstanceCount: 2, hostPort: 8080 }),
      'svc',
    );
    expect(plan.outcome).toBe('stalled');
    expect(plan.problems[0]!.code).toBe('host-port-collision');
    expect(text(plan)).toContain('static host port 8080');
    expect(text(plan)).toContain('use dynamic port mapping (hostPort 0');
  });

  it('healthy twin: dynamic port mapping (hostPort 0) on the same instances', () => {
    const plan = planDeploy(
      ec2({ containerInstanceType: 't3.small', containerInstanceCount: 2, hostPort: 0 }),
      'svc',
    );
    expect(plan.outcome).toBe('completed');
  });

  it('an unknown instance type is said, not guessed', () => {
    const plan = planDeploy(ec2({ containerInstanceType: 'x9.huge', containerInstanceCount: 2 }), 'svc');
    expect(plan.problems[0]!.code).toBe('unknown-instance-type');
  });
});

describe('an AZ fails during the deploy', () => {
  it('a service in one AZ stops serving when that AZ fails', () => {
    const plan = planDeploy(designWith({ appCidrs: ['10.0.10.0/24'] }), 'svc', {
      failed: { azs: ['a'], resources: [] },
    });
    expect(plan.outcome).not.toBe('completed');
    expect(plan.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['az-failed']));
    expect(plan.steps[1]!.serving).toBe(false);
  });

  it('healthy twin: in two AZs the other one keeps serving and the deploy completes there', () => {
    const plan = planDeploy(designWith(), 'svc', { failed: { azs: ['a'], resources: [] } });
    expect(plan.outcome).toBe('completed');
    expect(plan.steps.every((s) => s.serving)).toBe(true);
    expect(plan.problems.map((p) => p.code)).toEqual(['az-failed']);
    const last = plan.steps[plan.steps.length - 1]!;
    expect(last.subnets.find((c) => c.az === 'a')).toMatchObject({ failed: true, old: 0, fresh: 0 });
    expect(last.fresh).toBe(2);
  });

  it('the failure can happen at a later step', () => {
    const plan = planDeploy(designWith(), 'svc', { failed: { azs: ['b'], resources: [] }, failAtStep: 2 });
    expect(plan.steps[1]!.subnets.every((c) => !c.failed)).toBe(true);
    expect(plan.steps[2]!.subnets.find((c) => c.az === 'b')!.failed).toBe(true);
  });
});

/**
 * The cost of deploying an ECS service on Fargate: the tasks a deploy runs above the desired
 * count (a rolling update's surge, or a blue/green deploy's whole green fleet beside blue),
 * simulated by shared/deploy, times the deploys a month. Priced only when the design says how
 * often it deploys (`deploysPerMonth`): without it there is no line and no assumption. On the
 * EC2 launch type the surge runs on instances already paid for, so there is no line either.
 */
import { planDeploy } from '../../deploy/plan';
import type { ResourceOf } from '../../model/types';
import type { PricingContext } from '../context';
import type { CostLine } from '../types';

export function priceDeploySurge(resource: ResourceOf<'ecs-service'>, ctx: PricingContext): CostLine[] {
  if (resource.props.deploysPerMonth === undefined || ctx.usage(resource, 'launchType') === 'ec2') return [];
  const deploys = ctx.number(resource, 'deploysPerMonth');
  if (deploys <= 0) return [];
  ctx.number(resource, 'deployStepMinutes');
  const plan = planDeploy(ctx.design, resource.id);
  const taskHours = plan.extraTaskHours * deploys;
  if (taskHours <= 0) return [];
  const cpu = ctx.number(resource, 'cpu');
  const memoryGb = ctx.number(resource, 'memoryGb');
  const arm = ctx.usage(resource, 'cpuArchitecture') === 'arm64';
  const params = {
    hours: Math.round(plan.extraTaskHours * 1000) / 1000,
    deploys,
    strategy: plan.strategy,
  };
  return [
    ctx.line(
      {
        id: 'deploy.vcpu',
        description: 'cost.line.deploy.surge.vcpu',
        params: { ...params, cpu },
        quantity: taskHours * cpu,
        unit: 'cost.unit.vcpuHour',
      },
      arm ? 'fargate.arm.vcpuHour' : 'fargate.x86.vcpuHour',
    ),
    ctx.line(
      {
        id: 'deploy.memory',
        description: 'cost.line.deploy.surge.memory',
        params: { ...params, memoryGb },
        quantity: taskHours * memoryGb,
        unit: 'cost.unit.gbHour',
      },
      arm ? 'fargate.arm.gbHour' : 'fargate.x86.gbHour',
    ),
  ];
}

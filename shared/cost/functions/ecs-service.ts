/**
 * ECS service. On Fargate: vCPU-hours and GB-hours at the CPU architecture's rates, ephemeral
 * storage above the 20 GB included, and a public IPv4 address per task when assignPublicIp is
 * on. On the EC2 launch type ECS itself costs nothing (the container instances are EC2).
 */
import type { ResourceOf } from '../../model/types';
import type { PricingContext } from '../context';
import type { CostLine } from '../types';

export const FARGATE_INCLUDED_EPHEMERAL_GB = 20;

export function priceEcsService(resource: ResourceOf<'ecs-service'>, ctx: PricingContext): CostLine[] {
  if (ctx.usage(resource, 'launchType') === 'ec2') {
    return [
      ctx.zero({
        id: 'ec2',
        description: 'cost.line.ecs.ec2LaunchType',
        quantity: 1,
        unit: 'cost.unit.resource',
      }),
    ];
  }
  const count = ctx.number(resource, 'desiredCount');
  const cpu = ctx.number(resource, 'cpu');
  const memoryGb = ctx.number(resource, 'memoryGb');
  const arch = ctx.usage(resource, 'cpuArchitecture') === 'arm64' ? 'arm' : 'x86';
  const ephemeralGb = ctx.number(resource, 'ephemeralStorageGb');
  const hours = ctx.number(resource, 'runningHoursPerMonth', ctx.hours);
  const taskHours = count * hours;
  const lines = [
    ctx.line(
      {
        id: 'vcpu',
        description: arch === 'arm' ? 'cost.line.fargate.vcpu.arm' : 'cost.line.fargate.vcpu.x86',
        params: { count, cpu, hours },
        quantity: taskHours * cpu,
        unit: 'cost.unit.vcpuHour',
      },
      arch === 'arm' ? 'fargate.arm.vcpuHour' : 'fargate.x86.vcpuHour',
    ),
    ctx.line(
      {
        id: 'memory',
        description: arch === 'arm' ? 'cost.line.fargate.memory.arm' : 'cost.line.fargate.memory.x86',
        params: { count, memoryGb, hours },
        quantity: taskHours * memoryGb,
        unit: 'cost.unit.gbHour',
      },
      arch === 'arm' ? 'fargate.arm.gbHour' : 'fargate.x86.gbHour',
    ),
  ];
  const extraGb = Math.max(0, ephemeralGb - FARGATE_INCLUDED_EPHEMERAL_GB);
  if (extraGb > 0) {
    lines.push(
      ctx.line(
        {
          id: 'ephemeral',
          description: 'cost.line.fargate.ephemeral',
          params: { count, extraGb, hours },
          quantity: taskHours * extraGb,
          unit: 'cost.unit.gbHour',
        },
        'fargate.ephemeralGbHour',
      ),
    );
  }
  if (ctx.usage(resource, 'assignPublicIp') === true) {
    lines.push(
      ctx.line(
        {
          id: 'ipv4',
          description: 'cost.line.fargate.ipv4',
          params: { count, hours },
          quantity: taskHours,
          unit: 'cost.unit.ipHour',
        },
        'ipv4.inUseHour',
      ),
    );
  }
  return lines;
}

/**
 * Frozen copies of the deploy engine's settings and scaling-room code as it was before they
 * were made cheap to call for every service of every run (settings read without building the
 * withDefaults object; roomAtMax looking the service up by id and
 * reusing the service's own settings for capacity). settings-equivalence.test.ts proves the
 * fast versions return exactly these results. Do not "fix" these: they are the reference.
 */
import { withDefaults } from '../../../shared/catalog/index';
import { capacityOf } from '../../../shared/deploy/capacity';
import { prefixFor } from '../../../shared/deploy/problems';
import type { DeploySettings } from '../../../shared/deploy/settings';
import type { DeployProblem } from '../../../shared/deploy/types';
import type { Design, ResourceOf } from '../../../shared/model/types';

const num = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

export function referenceDeploySettings(service: ResourceOf<'ecs-service'>): DeploySettings {
  const p = withDefaults(service);
  const desired = Math.max(0, Math.floor(num(p.desiredCount, 2)));
  const minimumHealthyPercent = num(p.minimumHealthyPercent, 100);
  const maximumPercent = num(p.maximumPercent, 200);
  return {
    strategy: p.deploymentStrategy === 'blue-green' ? 'blue-green' : 'rolling',
    launchType: p.launchType === 'ec2' ? 'ec2' : 'fargate',
    desired,
    minimumHealthyPercent,
    maximumPercent,
    minHealthy: Math.ceil((desired * minimumHealthyPercent) / 100),
    maxRunning: Math.floor((desired * maximumPercent) / 100),
    shifting:
      p.trafficShifting === 'canary' || p.trafficShifting === 'linear' ? p.trafficShifting : 'all-at-once',
    shiftPercent: Math.min(99, Math.max(1, num(p.shiftPercent, 10))),
    shiftIntervalMinutes: Math.max(1, num(p.shiftIntervalMinutes, 5)),
    rollback: p.rollbackOnFailure !== false,
    hostPort: num(p.hostPort, 0),
    containerPort: num(p.containerPort, 80),
    instanceType: typeof p.containerInstanceType === 'string' ? p.containerInstanceType : 't3.small',
    instanceCount: Math.max(0, Math.floor(num(p.containerInstanceCount, 2))),
    reservedMemoryMb: num(p.reservedMemoryMb, 0),
    cpu: num(p.cpu, 0.5),
    memoryGb: num(p.memoryGb, 1),
    stepMinutes: Math.max(1, num(p.deployStepMinutes, 5)),
    deploysPerMonth: num(p.deploysPerMonth, 0),
  };
}

function serviceOf(design: Design, serviceId: string): ResourceOf<'ecs-service'> | undefined {
  const service = design.resources.find((r) => r.id === serviceId);
  return service?.type === 'ecs-service' && service.props.autoScalingMax !== undefined ? service : undefined;
}

export function referenceRoomAtMax(design: Design, serviceId: string) {
  const service = serviceOf(design, serviceId);
  if (!service) return undefined;
  const s = referenceDeploySettings(service);
  const max = service.props.autoScalingMax ?? s.desired;
  const atMax = { ...service, props: { ...service.props, desiredCount: max } };
  const capacity = capacityOf(design, atMax, referenceDeploySettings(atMax));
  const slots = capacity.subnets.reduce((sum, slot) => sum + slot.capacity, 0);
  const surge = Math.floor((max * s.maximumPercent) / 100);
  const neededAtMax = s.strategy === 'blue-green' ? 2 * max : Math.max(max, surge);
  const problems: DeployProblem[] = [];
  if (neededAtMax > slots) {
    const perSubnet = Math.ceil(neededAtMax / Math.max(1, capacity.subnets.length));
    const others = Math.max(0, ...capacity.subnets.map((slot) => slot.usedByOthers ?? 0));
    problems.push({
      code: capacity.kind === 'addresses' ? 'no-free-address' : 'no-instance-capacity',
      resources: [serviceId, ...capacity.subnets.map((slot) => slot.subnet)],
      message: {
        key: 'scaling.problem.noRoomAtMax',
        params: { service: serviceId, max, needed: neededAtMax, slots },
      },
      fix: { key: 'scaling.fix.noRoomAtMax', params: { prefix: prefixFor(others + perSubnet) } },
    });
  }
  return { neededAtMax, slots, problems };
}

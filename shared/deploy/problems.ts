/**
 * Why a deploy stalls, in the words of a root-cause line: which limit, which subnets or
 * instances, and the change that lets it proceed.
 */
import type { CapacityModel } from './capacity';
import type { DeploySettings } from './settings';
import type { DeployProblem } from './types';

/** The smallest prefix length (largest /n, at most /16) whose subnet holds `needed` addresses. */
export function prefixFor(needed: number): number {
  let prefix = 28;
  while (prefix > 16 && 2 ** (32 - prefix) - 5 < needed) prefix--;
  return prefix;
}

export function stallProblem(
  serviceId: string,
  s: DeploySettings,
  capacity: CapacityModel,
  limit: 'room' | 'slots',
  fullSubnets: string[],
): DeployProblem {
  if (capacity.subnets.length === 0) {
    return {
      code: 'no-free-address',
      resources: [serviceId],
      message: { key: 'deploy.problem.noSubnets', params: { service: serviceId } },
      fix: { key: 'deploy.fix.noSubnets' },
    };
  }
  if (limit === 'room') {
    return {
      code: 'deadlock',
      resources: [serviceId],
      message: {
        key: 'deploy.problem.deadlock',
        params: {
          service: serviceId,
          desired: s.desired,
          minPct: s.minimumHealthyPercent,
          minHealthy: s.minHealthy,
          maxPct: s.maximumPercent,
          maxRunning: s.maxRunning,
        },
      },
      fix: { key: 'deploy.fix.deadlock', params: { service: serviceId } },
    };
  }
  if (capacity.kind === 'addresses') {
    const full = capacity.subnets.filter((slot) => fullSubnets.includes(slot.subnet));
    const first = full[0] ?? capacity.subnets[0]!;
    const perSubnet = Math.ceil(
      (s.strategy === 'blue-green' ? 2 * s.desired : s.maxRunning) / capacity.subnets.length,
    );
    return {
      code: 'no-free-address',
      resources: [serviceId, ...full.map((slot) => slot.subnet)],
      message: {
        key:
          s.strategy === 'blue-green'
            ? 'deploy.problem.noFreeAddressBlueGreen'
            : 'deploy.problem.noFreeAddress',
        params: {
          service: serviceId,
          subnets: full.map((slot) => `${slot.subnet} (${slot.cidr})`).join(', ') || first.subnet,
          usable: first.usable ?? 0,
          others: first.usedByOthers ?? 0,
          minHealthy: s.minHealthy,
          desired: s.desired,
        },
      },
      fix: {
        key: 'deploy.fix.noFreeAddress',
        params: { prefix: prefixFor((first.usedByOthers ?? 0) + perSubnet), minPct: s.minimumHealthyPercent },
      },
    };
  }
  const fit = capacity.fit!;
  const instances = capacity.subnets.reduce((total, slot) => total + (slot.instances ?? 0), 0);
  const slots = instances * fit.perInstance;
  if (!fit.known) {
    return {
      code: 'unknown-instance-type',
      resources: [serviceId],
      message: {
        key: 'deploy.problem.unknownInstanceType',
        params: { service: serviceId, type: fit.instanceType },
      },
      fix: { key: 'deploy.fix.unknownInstanceType' },
    };
  }
  if (s.hostPort > 0 && Math.min(fit.byMemory, fit.byCpu) > fit.perInstance) {
    return {
      code: 'host-port-collision',
      resources: [serviceId],
      message: {
        key: 'deploy.problem.hostPort',
        params: { service: serviceId, hostPort: s.hostPort, instances, desired: s.desired },
      },
      fix: { key: 'deploy.fix.hostPort', params: { containerPort: s.containerPort } },
    };
  }
  return {
    code: 'no-instance-capacity',
    resources: [serviceId],
    message: {
      key: 'deploy.problem.noInstanceCapacity',
      params: {
        service: serviceId,
        type: fit.instanceType,
        memoryMb: fit.memoryMb,
        reservedMb: fit.reservedMb,
        availableMb: Math.max(0, fit.memoryMb - fit.reservedMb),
        taskMb: fit.taskMb,
        byMemory: fit.byMemory,
        byCpu: fit.byCpu,
        instances,
        slots,
        desired: s.desired,
      },
    },
    fix: { key: 'deploy.fix.noInstanceCapacity', params: { minPct: s.minimumHealthyPercent } },
  };
}

/**
 * Service auto scaling basics: the task range (min..max) with its target-tracking metric, the
 * monthly cost as a range (the cost engine prices the service at min and at max tasks, each
 * for the whole month: the assumption is named, since the real figure depends on the load),
 * and whether the subnets have an address for every task at max plus a deploy's surge.
 */
import { computeCost } from '../cost/index';
import type { Design, ResourceOf } from '../model/types';
import { capacityOf } from './capacity';
import { lookupOf } from './design-lookup';
import { prefixFor } from './problems';
import { deploySettings } from './settings';
import type { DeployProblem } from './types';

export interface ScalingRange {
  service: string;
  min: number;
  max: number;
  metric: 'cpu' | 'memory' | 'requests-per-target';
  target: number;
  /** USD a month for the service at min and at max tasks all month. */
  monthlyAtMin: number;
  monthlyAtMax: number;
  /** Tasks at max plus the rolling surge, against the slots of every subnet. */
  neededAtMax: number;
  slots: number;
  problems: DeployProblem[];
}

function atCount(design: Design, serviceId: string, count: number): Design {
  return {
    ...design,
    resources: design.resources.map((r) =>
      r.id === serviceId ? ({ ...r, props: { ...r.props, desiredCount: count } } as typeof r) : r,
    ),
  };
}

function serviceCost(design: Design, serviceId: string): number {
  return computeCost(design).items.find((item) => item.resource === serviceId)?.monthly ?? 0;
}

/** Tasks at max plus the deploy surge against the subnets' slots, and the problem when they do not fit. */
export interface RoomAtMax {
  neededAtMax: number;
  slots: number;
  problems: DeployProblem[];
}

function serviceOf(design: Design, serviceId: string): ResourceOf<'ecs-service'> | undefined {
  // The design's id lookup, not a scan: the rules ask this for every service of the design.
  const service = lookupOf(design).byId.get(serviceId);
  return service?.type === 'ecs-service' && service.props.autoScalingMax !== undefined ? service : undefined;
}

/**
 * Subnet capacity at the scaling maximum (no pricing: the rules call this for every service).
 * Undefined when the service has no autoScalingMax.
 */
export function roomAtMax(design: Design, serviceId: string): RoomAtMax | undefined {
  const service = serviceOf(design, serviceId);
  if (!service) return undefined;
  const s = deploySettings(service);
  const max = service.props.autoScalingMax ?? s.desired;
  // The slots do not depend on the task count (only on placement, launch type and instance
  // settings), so the service's own settings give the capacity at max too.
  const capacity = capacityOf(design, service, s);
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

/** The range, or undefined when the service has no autoScalingMax. */
export function scalingRange(design: Design, serviceId: string): ScalingRange | undefined {
  const service = serviceOf(design, serviceId);
  const room = roomAtMax(design, serviceId);
  if (!service || !room) return undefined;
  const max = service.props.autoScalingMax ?? 0;
  const min = Math.min(max, service.props.autoScalingMin ?? deploySettings(service).desired);
  return {
    service: serviceId,
    min,
    max,
    metric: service.props.scalingMetric ?? 'cpu',
    target: service.props.scalingTargetValue ?? 70,
    monthlyAtMin: serviceCost(atCount(design, serviceId, min), serviceId),
    monthlyAtMax: serviceCost(atCount(design, serviceId, max), serviceId),
    ...room,
  };
}

/**
 * planDeploy: simulate deploying a new version of one ECS service, step by step, and say
 * whether it completes, stalls (and why, with the fix) or stops serving on the way.
 */
import type { Design, ResourceOf } from '../model/types';
import { blueGreenTimeline } from './blue-green';
import { capacityOf } from './capacity';
import { lookupOf } from './design-lookup';
import { Fleet } from './fleet';
import { stallProblem } from './problems';
import type { Timeline } from './rolling';
import { rollingTimeline } from './rolling';
import { deploySettings } from './settings';
import type { DeployOptions, DeployOutcome, DeployPlan, DeployProblem, DeployStep, Text } from './types';

export class DeployTargetError extends Error {
  constructor(
    readonly id: string,
    readonly reason: 'unknown' | 'not-ecs',
    readonly foundType?: string,
  ) {
    super(
      `deploy: ${id} is ${reason === 'unknown' ? 'not in the design' : `a ${foundType}, not an ecs-service`}`,
    );
  }
}

/** ALBs with a connection to the service, and the AZs their subnets are in. */
function loadBalancersOf(design: Design, serviceId: string): { ids: string[]; azs: Set<string> } {
  const { byId, albsInFront } = lookupOf(design);
  const ids = albsInFront.get(serviceId) ?? [];
  const azs = new Set<string>();
  for (const id of ids) {
    const alb = byId.get(id);
    if (alb?.type !== 'alb') continue;
    for (const subnetId of alb.props.subnets ?? []) {
      const subnet = byId.get(subnetId);
      if (subnet?.type === 'subnet') azs.add(subnet.props.az);
    }
  }
  return { ids, azs };
}

/** Task-hours above the desired count: each step's surplus held until the next step. */
export function extraTaskHours(steps: readonly DeployStep[], desired: number): number {
  let minutes = 0;
  for (let i = 0; i + 1 < steps.length; i++) {
    const surplus = Math.max(0, steps[i]!.running - desired);
    minutes += surplus * (steps[i + 1]!.minute - steps[i]!.minute);
  }
  return minutes / 60;
}

export function planDeploy(design: Design, serviceId: string, options: DeployOptions = {}): DeployPlan {
  const resource = lookupOf(design).byId.get(serviceId);
  if (!resource) throw new DeployTargetError(serviceId, 'unknown');
  if (resource.type !== 'ecs-service') throw new DeployTargetError(serviceId, 'not-ecs', resource.type);
  const service = resource as ResourceOf<'ecs-service'>;
  const s = deploySettings(service);
  const capacity = capacityOf(design, service, s);
  const fleet = new Fleet(capacity.subnets, s.desired);
  const lbs = loadBalancersOf(design, serviceId);
  const failAzs = [...(options.failed?.azs ?? [])];
  const failAt = options.failAtStep ?? 1;
  let failedSoFar: string[] = [];
  const lbLive = () =>
    lbs.ids.length === 0 || [...lbs.azs].some((az) => !failedSoFar.includes(az)) || lbs.azs.size === 0;
  const serving = (f: Fleet) => {
    failedSoFar = f.cells.filter((cell) => cell.failed).map((cell) => cell.az);
    return f.old + f.fresh > 0 && lbLive();
  };
  const input = { settings: s, fleet, failAzs, failAt, serving };
  const notes: Text[] = [];
  const problems: DeployProblem[] = [];
  let timeline: Timeline;
  let rolledBack = false;
  if (s.desired === 0) {
    notes.push({ key: 'deploy.note.noTasks', params: { service: serviceId } });
  }
  if (s.strategy === 'blue-green') {
    const bg = blueGreenTimeline({
      ...input,
      failNewVersion: options.failNewVersion === true,
      servingWeights: (f, weights, greenFailing) => {
        failedSoFar = f.cells.filter((cell) => cell.failed).map((cell) => cell.az);
        if (!lbLive()) return false;
        if (weights.blue > 0 && f.old === 0) return false;
        if (weights.green > 0 && (f.fresh === 0 || greenFailing)) return false;
        return f.old + f.fresh > 0;
      },
    });
    timeline = bg;
    rolledBack = bg.rolledBack;
    if (bg.greenFailed) {
      problems.push({
        code: 'new-version-unhealthy',
        resources: [serviceId],
        message: { key: bg.rolledBack ? 'deploy.problem.rolledBack' : 'deploy.problem.greenFailing' },
        fix: { key: bg.rolledBack ? 'deploy.fix.rolledBack' : 'deploy.fix.greenFailing' },
      });
    }
  } else {
    timeline = rollingTimeline(input);
    notes.push({
      key: 'deploy.note.rounding',
      params: {
        desired: s.desired,
        minPct: s.minimumHealthyPercent,
        minHealthy: s.minHealthy,
        maxPct: s.maximumPercent,
        maxRunning: s.maxRunning,
      },
    });
    if (timeline.partial) {
      notes.push({
        key: 'deploy.note.batches',
        params: { batches: timeline.batches.length, sizes: timeline.batches.join(' + ') },
      });
    }
  }
  const steps = timeline.steps;
  if (timeline.lost > 0) {
    problems.push({
      code: 'az-failed',
      resources: [serviceId],
      message: { key: 'deploy.problem.azFailed', params: { azs: failAzs.join(', '), lost: timeline.lost } },
      fix: { key: 'deploy.fix.azFailed' },
    });
  }
  if (timeline.stalled && s.desired > 0) {
    const full = fleet.fullSubnets();
    problems.unshift(stallProblem(serviceId, s, capacity, timeline.limit ?? 'slots', full));
  }
  const dark = steps.find((step) => !step.serving);
  const greenFailing = problems.some((problem) => problem.message.key === 'deploy.problem.greenFailing');
  if (dark && s.desired > 0 && !greenFailing) {
    problems.push({
      code: 'not-serving',
      resources: [serviceId, ...lbs.ids],
      message: { key: 'deploy.problem.notServing', params: { step: dark.index, minute: dark.minute } },
      fix: { key: 'deploy.fix.notServing', params: { minPct: s.minimumHealthyPercent } },
    });
  }
  const outcome: DeployOutcome =
    dark && s.desired > 0
      ? 'not-serving'
      : timeline.stalled
        ? 'stalled'
        : rolledBack
          ? 'rolled-back'
          : 'completed';
  return {
    service: serviceId,
    strategy: s.strategy,
    launchType: s.launchType,
    desired: s.desired,
    minimumHealthyPercent: s.minimumHealthyPercent,
    maximumPercent: s.maximumPercent,
    minHealthy: s.minHealthy,
    maxRunning: s.maxRunning,
    ...(s.strategy === 'blue-green'
      ? {
          shifting: {
            mode: s.shifting,
            percent: s.shiftPercent,
            intervalMinutes: s.shiftIntervalMinutes,
            rollback: s.rollback,
          },
        }
      : {}),
    loadBalancers: lbs.ids,
    steps,
    outcome,
    problems,
    notes,
    extraTaskHours: extraTaskHours(steps, s.desired),
    minutes: steps[steps.length - 1]?.minute ?? 0,
  };
}

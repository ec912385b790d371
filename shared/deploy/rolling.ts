/**
 * A rolling update (ECS deployment controller), one step per batch. Each step: tasks started
 * in the previous step pass their health checks, old tasks the new ones replace are stopped,
 * then, when maximumPercent or the free slots leave too little room, old tasks are stopped
 * down to the minimum healthy count, and as many new tasks start as room, free slots and the
 * desired count allow (ECS never runs more new tasks than desired). A step that changes
 * nothing means the deploy cannot proceed; the caller says why.
 */
import type { Fleet } from './fleet';
import type { DeploySettings } from './settings';
import type { DeployStep, Text } from './types';

export interface Timeline {
  steps: DeployStep[];
  /** Set when a step changed nothing before the deploy finished. */
  stalled: boolean;
  /** Room (maximumPercent, minimum healthy) or slots (addresses, instance room) was the limit. */
  limit?: 'room' | 'slots';
  /** Sizes of the batches of new tasks, in order. */
  batches: number[];
  /** Some batch started fewer tasks than maximumPercent allowed, for want of slots. */
  partial: boolean;
  lost: number;
}

export interface TimelineInput {
  settings: DeploySettings;
  fleet: Fleet;
  failAzs: readonly string[];
  failAt: number;
  serving: (fleet: Fleet) => boolean;
}

const MAX_STEPS = 500;

export function record(
  index: number,
  minute: number,
  events: Text[],
  fleet: Fleet,
  serving: boolean,
  extra: Partial<DeployStep> = {},
): DeployStep {
  const old = fleet.old;
  const starting = fleet.starting;
  const fresh = fleet.fresh;
  return {
    index,
    minute,
    events,
    subnets: fleet.snapshot(),
    old,
    starting,
    fresh,
    healthy: old + fresh,
    running: old + starting + fresh,
    serving,
    ...extra,
  };
}

export function rollingTimeline({ settings: s, fleet, failAzs, failAt, serving }: TimelineInput): Timeline {
  const D = s.desired;
  const steps = [
    record(0, 0, [{ key: 'deploy.event.begin', params: { count: fleet.old } }], fleet, serving(fleet)),
  ];
  const result: Timeline = { steps, stalled: false, batches: [], partial: false, lost: 0 };
  for (let index = 1; index <= MAX_STEPS; index++) {
    const events: Text[] = [];
    let changed = false;
    if (failAzs.length > 0 && index === failAt) {
      const lost = fleet.failAzs(failAzs);
      result.lost += lost;
      events.push({ key: 'deploy.event.azFailed', params: { azs: failAzs.join(', '), lost } });
      changed ||= lost > 0;
    }
    const promoted = fleet.promote();
    if (promoted > 0) events.push({ key: 'deploy.event.healthy', params: { count: promoted } });
    changed ||= promoted > 0;
    if (fleet.fresh > 0) {
      const replaced = fleet.stopOld(Math.min(fleet.old, fleet.old + fleet.fresh - D));
      if (replaced > 0) events.push({ key: 'deploy.event.stopReplaced', params: { count: replaced } });
      changed ||= replaced > 0;
    }
    const remaining = D - fleet.fresh - fleet.starting;
    let batch: number | undefined;
    if (remaining > 0) {
      const room = () => s.maxRunning - (fleet.old + fleet.starting + fleet.fresh);
      const startable = () => Math.max(0, Math.min(room(), fleet.free, remaining));
      // Stop old tasks only as far as the minimum healthy count allows and the new ones need.
      const healthyAboveMinimum = fleet.old + fleet.fresh - s.minHealthy;
      const toStop = Math.max(0, Math.min(fleet.old, healthyAboveMinimum, remaining - startable()));
      const stopped = fleet.stopOld(toStop);
      if (stopped > 0) {
        events.push({
          key: 'deploy.event.stopForRoom',
          params: { count: stopped, minHealthy: s.minHealthy },
        });
        changed = true;
      }
      const allowed = Math.max(0, Math.min(room(), remaining));
      const started = fleet.start(allowed);
      if (started > 0) {
        result.batches.push(started);
        batch = result.batches.length;
        events.push({ key: 'deploy.event.started', params: { count: started, batch } });
        changed = true;
      }
      if (started < allowed && started > 0) {
        result.partial = true;
        events.push({
          key: 'deploy.event.partial',
          params: { started, wanted: allowed, subnets: fleet.fullSubnets().join(', ') },
        });
      }
      if (!changed) {
        result.stalled = true;
        result.limit = room() <= 0 ? 'room' : 'slots';
        events.push({ key: 'deploy.event.stalled' });
      }
    }
    const done = fleet.old === 0 && fleet.starting === 0 && fleet.fresh >= D;
    if (done) events.push({ key: 'deploy.event.done', params: { count: fleet.fresh } });
    steps.push(record(index, index * s.stepMinutes, events, fleet, serving(fleet), batch ? { batch } : {}));
    if (done || result.stalled) return result;
    if (!changed) {
      // Nothing left to do that can change (the old tasks are gone, the rest does not fit).
      result.stalled = true;
      result.limit = 'slots';
      return result;
    }
  }
  result.stalled = true;
  return result;
}

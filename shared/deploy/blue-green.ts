/**
 * A blue/green deployment (CodeDeploy deployment controller). The green task set starts at the
 * full desired count beside the blue one (so the subnets need room for both fleets), passes
 * its health checks on the green target group, then production traffic moves by the listener's
 * target-group weights: all at once, a canary share for an interval then the rest
 * (CodeDeployDefault.ECSCanary10Percent5Minutes is 10% for 5 minutes), or equal linear
 * increments (ECSLinear10PercentEvery1Minutes). With rollback on, a failing green version sends
 * the traffic back to blue, which is kept until the shift is complete.
 */
import type { Fleet } from './fleet';
import { record } from './rolling';
import type { Timeline, TimelineInput } from './rolling';
import type { DeployStep, Text } from './types';

export interface BlueGreenInput extends TimelineInput {
  failNewVersion: boolean;
  servingWeights: (fleet: Fleet, weights: { blue: number; green: number }, greenFailing: boolean) => boolean;
}

/** Percent of traffic on green after each shift. */
export function shiftSchedule(mode: 'all-at-once' | 'canary' | 'linear', percent: number): number[] {
  if (mode === 'canary') return [percent, 100];
  if (mode === 'linear') {
    const shares: number[] = [];
    for (let share = percent; share < 100; share += percent) shares.push(share);
    return [...shares, 100];
  }
  return [100];
}

export interface BlueGreenTimeline extends Timeline {
  rolledBack: boolean;
  greenFailed: boolean;
}

export function blueGreenTimeline(input: BlueGreenInput): BlueGreenTimeline {
  const { settings: s, fleet, failAzs, failAt, servingWeights } = input;
  const D = s.desired;
  let weights = { blue: 100, green: 0 };
  let greenFailing = false;
  let minute = 0;
  const steps: DeployStep[] = [];
  const result: BlueGreenTimeline = {
    steps,
    stalled: false,
    batches: [],
    partial: false,
    lost: 0,
    rolledBack: false,
    greenFailed: false,
  };
  const push = (events: Text[], extra: Partial<DeployStep> = {}) =>
    steps.push(
      record(steps.length, minute, events, fleet, servingWeights(fleet, weights, greenFailing), {
        weights: { ...weights },
        ...extra,
      }),
    );
  const failIfDue = (events: Text[]) => {
    if (failAzs.length > 0 && steps.length === failAt) {
      const lost = fleet.failAzs(failAzs);
      result.lost += lost;
      events.push({ key: 'deploy.event.azFailed', params: { azs: failAzs.join(', '), lost } });
    }
  };

  push([{ key: 'deploy.event.begin', params: { count: fleet.old } }]);

  minute += s.stepMinutes;
  const startEvents: Text[] = [];
  failIfDue(startEvents);
  const started = fleet.start(D);
  result.batches.push(started);
  startEvents.push({ key: 'deploy.event.greenStarted', params: { count: started, desired: D } });
  if (started < D) {
    result.stalled = true;
    result.limit = 'slots';
    result.partial = started > 0;
    startEvents.push({ key: 'deploy.event.stalled' });
    push(startEvents, { batch: 1 });
    return result;
  }
  push(startEvents, { batch: 1 });

  minute += s.stepMinutes;
  const healthyEvents: Text[] = [];
  failIfDue(healthyEvents);
  healthyEvents.push({ key: 'deploy.event.greenHealthy', params: { count: fleet.promote() } });
  push(healthyEvents);

  const schedule = shiftSchedule(s.shifting, s.shiftPercent);
  for (let i = 0; i < schedule.length; i++) {
    if (i > 0) minute += s.shiftIntervalMinutes;
    const events: Text[] = [];
    failIfDue(events);
    weights = { blue: 100 - schedule[i]!, green: schedule[i]! };
    events.push({ key: 'deploy.event.shift', params: weights });
    push(events);
    if (input.failNewVersion) {
      // The new version fails under real traffic: the alarm fires within the interval.
      minute += Math.min(s.shiftIntervalMinutes, s.stepMinutes);
      greenFailing = true;
      result.greenFailed = true;
      const alarm: Text[] = [{ key: 'deploy.event.alarm', params: { green: weights.green } }];
      if (s.rollback) {
        weights = { blue: 100, green: 0 };
        greenFailing = false;
        alarm.push({ key: 'deploy.event.rollback', params: { count: fleet.dropNew() } });
        result.rolledBack = true;
      }
      push(alarm);
      return result;
    }
  }

  minute += s.stepMinutes;
  const endEvents: Text[] = [];
  failIfDue(endEvents);
  const blue = fleet.stopOld(fleet.old);
  endEvents.push({ key: 'deploy.event.blueStopped', params: { count: blue } });
  endEvents.push({ key: 'deploy.event.done', params: { count: fleet.fresh } });
  push(endEvents);
  return result;
}

/**
 * An ECS service's deployment settings, with the catalog's defaults (AWS's: rolling, minimum
 * healthy 100%, maximum 200%; blue/green all at once) filled in, and AWS's rounding applied:
 * the minimum healthy count is rounded up, the maximum running count rounded down.
 */
import { CATALOG } from '../catalog/index';
import type { ResourceOf } from '../model/types';
import type { Strategy, TrafficShifting } from './types';

export interface DeploySettings {
  strategy: Strategy;
  launchType: 'fargate' | 'ec2';
  desired: number;
  minimumHealthyPercent: number;
  maximumPercent: number;
  minHealthy: number;
  maxRunning: number;
  shifting: TrafficShifting;
  shiftPercent: number;
  shiftIntervalMinutes: number;
  rollback: boolean;
  hostPort: number;
  containerPort: number;
  instanceType: string;
  instanceCount: number;
  reservedMemoryMb: number;
  cpu: number;
  memoryGb: number;
  stepMinutes: number;
  deploysPerMonth: number;
}

const num = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

/** The catalog's ecs-service defaults, read once (the catalog is constant). */
const DEFAULTS: Readonly<Record<string, unknown>> = Object.fromEntries(
  CATALOG['ecs-service'].fields.filter((field) => field.default !== undefined).map((f) => [f.key, f.default]),
);

type Key = keyof ResourceOf<'ecs-service'>['props'];

export function deploySettings(service: ResourceOf<'ecs-service'>): DeploySettings {
  // What withDefaults(service) would hold, without building that object for every service on
  // every run of the rules: a prop the document sets (even to undefined) wins over the default.
  const props = service.props as Record<string, unknown>;
  const p = (key: Key): unknown => (Object.hasOwn(props, key) ? props[key] : DEFAULTS[key]);
  const desired = Math.max(0, Math.floor(num(p('desiredCount'), 2)));
  const minimumHealthyPercent = num(p('minimumHealthyPercent'), 100);
  const maximumPercent = num(p('maximumPercent'), 200);
  const shifting = p('trafficShifting');
  const instanceType = p('containerInstanceType');
  return {
    strategy: p('deploymentStrategy') === 'blue-green' ? 'blue-green' : 'rolling',
    launchType: p('launchType') === 'ec2' ? 'ec2' : 'fargate',
    desired,
    minimumHealthyPercent,
    maximumPercent,
    minHealthy: Math.ceil((desired * minimumHealthyPercent) / 100),
    maxRunning: Math.floor((desired * maximumPercent) / 100),
    shifting: shifting === 'canary' || shifting === 'linear' ? shifting : 'all-at-once',
    shiftPercent: Math.min(99, Math.max(1, num(p('shiftPercent'), 10))),
    shiftIntervalMinutes: Math.max(1, num(p('shiftIntervalMinutes'), 5)),
    rollback: p('rollbackOnFailure') !== false,
    hostPort: num(p('hostPort'), 0),
    containerPort: num(p('containerPort'), 80),
    instanceType: typeof instanceType === 'string' ? instanceType : 't3.small',
    instanceCount: Math.max(0, Math.floor(num(p('containerInstanceCount'), 2))),
    reservedMemoryMb: num(p('reservedMemoryMb'), 0),
    cpu: num(p('cpu'), 0.5),
    memoryGb: num(p('memoryGb'), 1),
    stepMinutes: Math.max(1, num(p('deployStepMinutes'), 5)),
    deploysPerMonth: num(p('deploysPerMonth'), 0),
  };
}

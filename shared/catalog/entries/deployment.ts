/**
 * Deployment and capacity fields, shared by the ecs-service and lambda-function entries in
 * compute.ts. Defaults are AWS's: a rolling update keeps 100% of the desired tasks healthy and
 * may run up to 200% while it replaces them; blue/green shifts traffic all at once unless a
 * canary or linear configuration is chosen. The deploy engine (shared/deploy) reads them.
 */
import type { FieldSpec } from '../types';

export const ecsDeploymentFields: readonly FieldSpec[] = [
  {
    key: 'deploymentStrategy',
    kind: 'enum',
    group: 'settings',
    options: ['rolling', 'blue-green'],
    default: 'rolling',
  },
  {
    key: 'minimumHealthyPercent',
    kind: 'integer',
    group: 'settings',
    min: 0,
    max: 100,
    default: 100,
    unit: 'percent',
  },
  {
    key: 'maximumPercent',
    kind: 'integer',
    group: 'settings',
    min: 100,
    max: 200,
    default: 200,
    unit: 'percent',
  },
  {
    key: 'trafficShifting',
    kind: 'enum',
    group: 'settings',
    options: ['all-at-once', 'canary', 'linear'],
    default: 'all-at-once',
  },
  { key: 'shiftPercent', kind: 'integer', group: 'settings', min: 1, max: 99, default: 10, unit: 'percent' },
  {
    key: 'shiftIntervalMinutes',
    kind: 'integer',
    group: 'settings',
    min: 1,
    max: 2880,
    default: 5,
    unit: 'minutes',
  },
  { key: 'rollbackOnFailure', kind: 'boolean', group: 'settings', default: true },
  { key: 'hostPort', kind: 'integer', group: 'settings', min: 0, max: 65535, default: 0 },
  { key: 'containerInstanceType', kind: 'text', group: 'settings', default: 't3.small' },
  { key: 'containerInstanceCount', kind: 'integer', group: 'settings', min: 0, max: 1000, default: 2 },
  { key: 'reservedMemoryMb', kind: 'integer', group: 'settings', min: 0, max: 65536, default: 0, unit: 'mb' },
  { key: 'deploysPerMonth', kind: 'number', group: 'usage', min: 0, max: 10000, unit: 'perMonth' },
  { key: 'autoScalingMin', kind: 'integer', group: 'settings', min: 0, max: 5000 },
  { key: 'autoScalingMax', kind: 'integer', group: 'settings', min: 0, max: 5000 },
  {
    key: 'scalingMetric',
    kind: 'enum',
    group: 'settings',
    options: ['cpu', 'memory', 'requests-per-target'],
    default: 'cpu',
  },
  { key: 'scalingTargetValue', kind: 'number', group: 'settings', min: 1, max: 100000, default: 70 },
  { key: 'deployStepMinutes', kind: 'number', group: 'usage', min: 1, max: 240, default: 5, unit: 'minutes' },
];

export const lambdaConcurrencyFields: readonly FieldSpec[] = [
  { key: 'reservedConcurrency', kind: 'integer', group: 'settings', min: 0, max: 100000 },
  { key: 'provisionedConcurrency', kind: 'integer', group: 'settings', min: 0, max: 100000, default: 0 },
  {
    key: 'runtime',
    kind: 'enum',
    group: 'settings',
    options: ['nodejs', 'python', 'go', 'java', 'dotnet'],
    default: 'nodejs',
  },
  { key: 'packageSizeMb', kind: 'number', group: 'settings', min: 0, max: 10240, default: 5, unit: 'mb' },
  {
    key: 'peakRequestsPerSec',
    kind: 'number',
    group: 'usage',
    min: 0,
    max: 1e9,
    default: 10,
    unit: 'perSecond',
  },
  { key: 'provisionedHoursPerMonth', kind: 'number', group: 'usage', min: 0, max: 744, unit: 'hours' },
  {
    key: 'provisionedRequestsPerMonth',
    kind: 'number',
    group: 'usage',
    min: 0,
    max: 1e15,
    default: 0,
    unit: 'perMonth',
  },
  { key: 'provisionedAvgDurationMs', kind: 'number', group: 'usage', min: 1, max: 900000, unit: 'ms' },
];

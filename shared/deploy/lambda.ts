/**
 * Lambda concurrency: how many copies of a function can run at once, whether a burst is
 * throttled, what its callers then see, and how long a cold start may take.
 *
 * Concurrency needed = peak requests per second x average duration in seconds (Little's law).
 * The account's Regional limit is 1,000 by default (assumptions.lambdaConcurrencyLimit says
 * otherwise); reserved concurrency carves a fixed share out of it for one function (at most the
 * limit minus the 100 AWS keeps unreserved) and also caps that function; functions without a
 * reservation share what is left. Provisioned concurrency keeps that many environments
 * initialised, so requests up to it never start cold.
 */
import type { MessageKey } from '../i18n/index';
import type { Design, ResourceOf } from '../model/types';
import type { Text } from './types';

export const DEFAULT_LAMBDA_CONCURRENCY_LIMIT = 1000;
/** AWS keeps this much of the Regional limit unreserved. */
export const UNRESERVED_MINIMUM = 100;

export type InvocationModel = 'sync' | 'async' | 'poll';

export interface LambdaCaller {
  id: string;
  type: string;
  model: InvocationModel;
}

export interface ColdStartEstimate {
  /** Milliseconds, a range; an estimate, with its basis in `basis`. */
  minMs: number;
  maxMs: number;
  /** Share of the peak concurrency provisioned concurrency keeps warm (0..1). */
  warmShare: number;
  basis: Text;
}

export interface LambdaProblem {
  code: 'throttled' | 'reserved-too-high' | 'provisioned-above-reserved';
  message: Text;
  fix: Text;
}

export interface LambdaConcurrencyReport {
  fn: string;
  accountLimit: number;
  limitSource: 'default' | 'design';
  reserved?: number;
  provisioned: number;
  reservedByOthers: number;
  /** The most copies that can run at once: the reservation, or the unreserved pool. */
  maxConcurrency: number;
  peakRequestsPerSec: number;
  avgDurationMs: number;
  /** Copies needed at the peak, rounded up. */
  demand: number;
  throttled: boolean;
  /** Share of the peak's requests throttled (0..1). */
  throttledShare: number;
  callers: LambdaCaller[];
  /** What each kind of caller sees when the function is throttled. */
  callerEffects: Text[];
  coldStart: ColdStartEstimate;
  problems: LambdaProblem[];
}

const SYNC_CALLERS = new Set([
  'api-gateway',
  'alb',
  'internet',
  'ecs-service',
  'ec2-instance',
  'lambda-function',
]);
const POLL_CALLERS = new Set(['sqs-queue', 'dynamodb-table']);

/** Init time (ms) at one full vCPU (1,769 MB), by runtime: rule-of-thumb ranges, not measurements. */
const RUNTIME_INIT_MS: Record<string, [number, number]> = {
  nodejs: [150, 400],
  python: [150, 400],
  go: [80, 250],
  dotnet: [400, 1500],
  java: [800, 3000],
};
/** Extra init per MB of deployment package (downloading and loading the code). */
const PER_PACKAGE_MB_MS: [number, number] = [5, 15];
/** Lambda gives one full vCPU at 1,769 MB; below it CPU, and so init, scales with memory. */
const FULL_VCPU_MB = 1769;

const num = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

export function coldStartEstimate(fn: ResourceOf<'lambda-function'>, demand: number): ColdStartEstimate {
  const runtime = fn.props.runtime ?? 'nodejs';
  const [baseMin, baseMax] = RUNTIME_INIT_MS[runtime] ?? RUNTIME_INIT_MS.nodejs!;
  const packageMb = Math.max(0, num(fn.props.packageSizeMb, 5));
  const memoryMb = num(fn.props.memoryMb, 128);
  const slowdown = Math.sqrt(Math.max(1, FULL_VCPU_MB / memoryMb));
  const provisioned = Math.max(0, num(fn.props.provisionedConcurrency, 0));
  return {
    minMs: Math.round((baseMin + packageMb * PER_PACKAGE_MB_MS[0]) * slowdown),
    maxMs: Math.round((baseMax + packageMb * PER_PACKAGE_MB_MS[1]) * slowdown),
    warmShare: demand > 0 ? Math.min(1, provisioned / demand) : provisioned > 0 ? 1 : 0,
    basis: { key: 'lambda.coldStart.basis', params: { runtime, packageMb, memoryMb } },
  };
}

/** How a caller of this type (and connection kind) invokes a function: what it sees when throttled. */
export function invocationModel(type: string, kind: string | undefined): InvocationModel {
  if (POLL_CALLERS.has(type)) return 'poll';
  if (SYNC_CALLERS.has(type) && kind !== 'trigger') return 'sync';
  return 'async';
}

/** The peak request rate and duration the design gives (or the defaults), and the copies they need. */
export function concurrencyDemand(fn: ResourceOf<'lambda-function'>): {
  peakRequestsPerSec: number;
  avgDurationMs: number;
  demand: number;
} {
  const peakRequestsPerSec = num(fn.props.peakRequestsPerSec, 10);
  const avgDurationMs = num(fn.props.avgDurationMs, 100);
  // Little's law; the epsilon keeps 500 x 0.12 = 60.00000000000001 at 60.
  const demand = Math.ceil((peakRequestsPerSec * avgDurationMs) / 1000 - 1e-9);
  return { peakRequestsPerSec, avgDurationMs, demand };
}

const EFFECT: Record<InvocationModel, MessageKey> = {
  sync: 'lambda.effect.sync',
  async: 'lambda.effect.async',
  poll: 'lambda.effect.poll',
};

export function lambdaConcurrency(design: Design, fnId: string): LambdaConcurrencyReport {
  const fn = design.resources.find((r) => r.id === fnId) as ResourceOf<'lambda-function'>;
  const given = design.assumptions?.lambdaConcurrencyLimit;
  const accountLimit = num(given, DEFAULT_LAMBDA_CONCURRENCY_LIMIT);
  const functions = design.resources.filter(
    (r): r is ResourceOf<'lambda-function'> => r.type === 'lambda-function',
  );
  const reservedOf = (f: ResourceOf<'lambda-function'>) =>
    typeof f.props.reservedConcurrency === 'number' ? f.props.reservedConcurrency : undefined;
  const reservedByOthers = functions
    .filter((f) => f.id !== fnId)
    .reduce((sum, f) => sum + (reservedOf(f) ?? 0), 0);
  const reserved = reservedOf(fn);
  const provisioned = Math.max(0, num(fn.props.provisionedConcurrency, 0));
  const unreservedPool = Math.max(0, accountLimit - reservedByOthers - (reserved ?? 0));
  const maxConcurrency = reserved ?? unreservedPool;
  const { peakRequestsPerSec, avgDurationMs, demand } = concurrencyDemand(fn);
  const throttled = demand > maxConcurrency;
  const byId = new Map(design.resources.map((r) => [r.id, r]));
  const callers = design.connections
    .filter((c) => c.to === fnId && byId.has(c.from))
    .map((c) => {
      const type = byId.get(c.from)!.type;
      return { id: c.from, type, model: invocationModel(type, c.kind) };
    });
  const models = [...new Set(callers.map((c) => c.model))];
  const problems: LambdaProblem[] = [];
  if (reserved !== undefined && reserved + reservedByOthers > accountLimit - UNRESERVED_MINIMUM) {
    problems.push({
      code: 'reserved-too-high',
      message: {
        key: 'lambda.problem.reservedTooHigh',
        params: {
          fn: fnId,
          reserved,
          others: reservedByOthers,
          limit: accountLimit,
          keep: UNRESERVED_MINIMUM,
        },
      },
      fix: {
        key: 'lambda.fix.reservedTooHigh',
        params: { max: Math.max(0, accountLimit - UNRESERVED_MINIMUM - reservedByOthers) },
      },
    });
  }
  if (reserved !== undefined && provisioned > reserved) {
    problems.push({
      code: 'provisioned-above-reserved',
      message: {
        key: 'lambda.problem.provisionedAboveReserved',
        params: { fn: fnId, provisioned, reserved },
      },
      fix: { key: 'lambda.fix.provisionedAboveReserved' },
    });
  }
  if (throttled) {
    problems.push({
      code: 'throttled',
      message: {
        key: reserved !== undefined ? 'lambda.problem.throttledReserved' : 'lambda.problem.throttledAccount',
        params: {
          fn: fnId,
          demand,
          rps: peakRequestsPerSec,
          durationMs: avgDurationMs,
          max: maxConcurrency,
          limit: accountLimit,
        },
      },
      fix: {
        key: reserved !== undefined ? 'lambda.fix.throttledReserved' : 'lambda.fix.throttledAccount',
        params: { demand },
      },
    });
  }
  return {
    fn: fnId,
    accountLimit,
    limitSource: given === undefined ? 'default' : 'design',
    ...(reserved !== undefined ? { reserved } : {}),
    provisioned,
    reservedByOthers,
    maxConcurrency,
    peakRequestsPerSec,
    avgDurationMs,
    demand,
    throttled,
    throttledShare: throttled && demand > 0 ? (demand - maxConcurrency) / demand : 0,
    callers,
    callerEffects: (models.length > 0 ? models : (['sync'] as InvocationModel[])).map((model) => ({
      key: EFFECT[model],
    })),
    coldStart: coldStartEstimate(fn, demand),
    problems,
  };
}

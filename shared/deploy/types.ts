/**
 * The shapes of a simulated deployment. A plan is locale-free: every sentence is a message key
 * with parameters (shared/i18n/{en,ko}/deploy.ts), so the CLI and the Deploy panel render the
 * same plan in English or Korean.
 */
import type { MessageKey, MessageParams } from '../i18n/index';
import type { FailedSet } from '../simulate/trace-shape';

export interface Text {
  key: MessageKey;
  params?: MessageParams;
}

export type Strategy = 'rolling' | 'blue-green';
export type TrafficShifting = 'all-at-once' | 'canary' | 'linear';

/** Tasks in one subnet (one AZ) at one step. Blue/green: `old` is blue, `starting`/`fresh` green. */
export interface SubnetTasks {
  subnet: string;
  az: string;
  /** Tasks of the running (old, blue) version; all healthy. */
  old: number;
  /** New tasks started, not yet past their health checks. */
  starting: number;
  /** New tasks past their health checks, registered with the target group. */
  fresh: number;
  /** Slots still free: IPv4 addresses (awsvpc) or instance room (EC2 launch type). */
  free: number;
  /** The subnet's AZ failed. */
  failed: boolean;
}

export interface DeployStep {
  index: number;
  /** Minutes since the deploy started. */
  minute: number;
  /** What happened at this step, in order. */
  events: Text[];
  subnets: SubnetTasks[];
  old: number;
  starting: number;
  fresh: number;
  /** Tasks that pass health checks and may take traffic (old plus fresh). */
  healthy: number;
  /** Tasks running or starting (what maximumPercent caps). */
  running: number;
  /** Blue/green only: percent of production traffic on each target group. */
  weights?: { blue: number; green: number };
  /** The service (through its load balancer, when it has one) answers requests. */
  serving: boolean;
  /** 1-based batch number of the new tasks started at this step, when some were. */
  batch?: number;
}

export type DeployOutcome = 'completed' | 'stalled' | 'not-serving' | 'rolled-back';

export type ProblemCode =
  | 'deadlock'
  | 'no-free-address'
  | 'no-instance-capacity'
  | 'host-port-collision'
  | 'unknown-instance-type'
  | 'az-failed'
  | 'not-serving'
  | 'new-version-unhealthy';

/** Why a deploy cannot proceed, or stops serving, with the fix. */
export interface DeployProblem {
  code: ProblemCode;
  resources: string[];
  message: Text;
  fix: Text;
}

export interface DeployPlan {
  service: string;
  strategy: Strategy;
  launchType: 'fargate' | 'ec2';
  desired: number;
  minimumHealthyPercent: number;
  maximumPercent: number;
  /** ceil(desired x minimumHealthyPercent / 100), AWS's rounding. */
  minHealthy: number;
  /** floor(desired x maximumPercent / 100), AWS's rounding. */
  maxRunning: number;
  shifting?: { mode: TrafficShifting; percent: number; intervalMinutes: number; rollback: boolean };
  /** Load balancers in front of the service (connections from an ALB). */
  loadBalancers: string[];
  steps: DeployStep[];
  outcome: DeployOutcome;
  problems: DeployProblem[];
  /** Things worth saying that are not problems: partial surges, AWS's rounding, AZ failures. */
  notes: Text[];
  /** Task-hours run above the desired count during one deploy (the surge or the green fleet). */
  extraTaskHours: number;
  /** Minutes the deploy takes (the last step's minute). */
  minutes: number;
}

export interface DeployOptions {
  /** AZs or resources that fail during the deploy (the simulator's failure options). */
  failed?: FailedSet;
  /** The step at which the failure happens (default 1: as the new tasks start). */
  failAtStep?: number;
  /** The new version fails its health checks once it takes traffic (shows the rollback). */
  failNewVersion?: boolean;
}

/**
 * A lesson (Packet Tracer's graded activity, for AWS): instructions, hints, a start design, an
 * answer design and goals the engine checks. Goals describe what must be true, not what the
 * answer looks like, so a student's design that differs from the answer can still score 100%
 * ("the student solution may be different from the instructor answer network").
 */
import type { Design, Protocol, ResourceType } from '../model/index';

/** Text in both languages of the product. */
export interface Bilingual {
  en: string;
  ko: string;
}

/**
 * Which resource a goal means. An id finds it directly; when the id is absent from a student's
 * design (they drew their own), `type` and optionally `name` find it instead.
 */
export type ResourceRef = string | { id?: string; type?: ResourceType; name?: string };

interface GoalBase {
  id: string;
  /** Checklist label; a sentence is generated from the goal when absent. */
  title?: Bilingual;
}

export interface PathGoal extends GoalBase {
  type: 'reachable' | 'unreachable';
  from: ResourceRef;
  to: ResourceRef;
  protocol?: Protocol;
  port?: number;
  /** 6: trace IPv6 traffic (docs/file-format.md, "IPv6"). Absent: IPv4. */
  ipVersion?: 4 | 6;
}

export interface NoFindingsGoal extends GoalBase {
  type: 'no-findings';
  rule: string;
  /** Only findings that name one of these resources count. */
  resources?: ResourceRef[];
}

export interface CostBelowGoal extends GoalBase {
  type: 'cost-below';
  /** Estimated monthly total in USD, exclusive upper bound. */
  amount: number;
}

export interface ResourceExistsGoal extends GoalBase {
  type: 'resource-exists';
  resourceType: ResourceType;
  /** Props the resource must have: scalars equal, objects matched key by key, lists contain. */
  props?: Record<string, unknown>;
  /** Props that must be set, whatever their value (a queue's deadLetterTarget). */
  hasProps?: string[];
  /** The type of the resource it sits in. */
  parentType?: ResourceType;
  /** It must span at least this many Availability Zones (subnets in different AZs). */
  minZones?: number;
  /** How many such resources are needed [1]. */
  count?: number;
}

export type Goal = PathGoal | NoFindingsGoal | CostBelowGoal | ResourceExistsGoal;
export type GoalType = Goal['type'];
export const GOAL_TYPES: readonly GoalType[] = [
  'reachable',
  'unreachable',
  'no-findings',
  'cost-below',
  'resource-exists',
];

export interface Lesson {
  id: string;
  title: Bilingual;
  summary?: Bilingual;
  instructions: Bilingual;
  hints: Bilingual[];
  /** Optional time limit for workshop races; the panel counts up when absent. */
  timeLimitMinutes?: number;
  start: Design;
  answer: Design;
  goals: Goal[];
  /**
   * Troubleshooting lessons: faults one of which, chosen by the student's seed, is injected into
   * the (healthy) start design (faults.ts). Absent for ordinary lessons.
   */
  faults?: Fault[];
}

/** One change a fault makes to a resource of the start design. */
export interface FaultChange {
  resource: string;
  /** Props merged into the resource's props; a null value removes that prop. */
  props?: Record<string, unknown>;
  /** Moves the resource into another container (a NAT gateway into the wrong subnet). */
  parent?: string;
}

/** A fault a troubleshooting lesson may inject: what breaks, and (optionally) goals it adds. */
export interface Fault {
  id: string;
  /** For the instructor's answer key (`skyplan lesson start --seed N --format json`). */
  title: Bilingual;
  changes: FaultChange[];
  /** Goals graded only when this fault is the student's (they name what the fix must keep). */
  goals?: Goal[];
}

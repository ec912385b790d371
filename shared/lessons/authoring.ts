/**
 * Instructor tools: turn the design on the canvas into a lesson. Goals are offered from what
 * the engine can check on that design (Packet Tracer's assessment tree): each connection as
 * reachable (or, when it is blocked, unreachable), each rule that is clean now as "no findings",
 * and the current monthly total as a budget. The instructor ticks the ones that matter.
 */
import type { Design } from '../model/index';
import { serializeDesign } from '../model/index';
import type { GoalEngine } from './goals';
import { label } from './goals';
import type { Bilingual, Goal, Lesson } from './types';

export interface CandidateGoal {
  goal: Goal;
  /** Ticked by default: the checks that describe what the design achieves. */
  suggested: boolean;
}

/** Rounds a budget up to a figure a person would write (the next whole dollar above the total). */
export function budgetAbove(total: number): number {
  return Math.floor(total) + 1;
}

export function candidateGoals(design: Design, engine: GoalEngine): CandidateGoal[] {
  const out: CandidateGoal[] = [];
  const byId = new Map(design.resources.map((resource) => [resource.id, resource]));
  const ref = (id: string) => {
    const resource = byId.get(id);
    return resource ? { id, type: resource.type } : id;
  };
  for (const connection of design.connections) {
    const trace = engine.trace(design, connection.from, connection.to, connection.protocol, connection.port);
    const goal: Goal = {
      id: `${trace.reachable ? 'reach' : 'block'}-${connection.id}`,
      type: trace.reachable ? 'reachable' : 'unreachable',
      from: ref(connection.from),
      to: ref(connection.to),
    };
    if (connection.protocol) goal.protocol = connection.protocol;
    if (connection.port !== undefined) goal.port = connection.port;
    out.push({ goal, suggested: trace.reachable });
  }
  const findings = engine.findings(design);
  for (const rule of engine.ruleIds) {
    if (findings.some((finding) => finding.rule === rule)) continue;
    out.push({ goal: { id: `rule-${rule}`, type: 'no-findings', rule }, suggested: false });
  }
  const total = engine.monthlyTotal(design);
  if (total !== undefined) {
    out.push({ goal: { id: 'budget', type: 'cost-below', amount: budgetAbove(total) }, suggested: false });
  }
  return out;
}

export interface LessonDraft {
  id: string;
  title: Bilingual;
  instructions: Bilingual;
  hints: Bilingual[];
  timeLimitMinutes?: number;
  start: Design;
  answer: Design;
  goals: Goal[];
}

/** A lesson id from a title: lower case, digits and dashes ("NAT per AZ" -> "nat-per-az"). */
export function lessonIdFrom(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'lesson';
}

export function draftToLesson(draft: LessonDraft): Lesson {
  const lesson: Lesson = {
    id: draft.id,
    title: draft.title,
    instructions: draft.instructions,
    hints: draft.hints.filter((hint) => hint.en.trim() !== '' || hint.ko.trim() !== ''),
    start: draft.start,
    answer: draft.answer,
    goals: draft.goals,
  };
  if (draft.timeLimitMinutes) lesson.timeLimitMinutes = draft.timeLimitMinutes;
  return lesson;
}

/** The lesson file text: designs in their stable order, so lesson files diff cleanly too. */
export function serializeLesson(lesson: Lesson): string {
  const design = (value: Design): unknown => JSON.parse(serializeDesign(value)) as unknown;
  return `${JSON.stringify({ ...lesson, start: design(lesson.start), answer: design(lesson.answer) }, null, 2)}\n`;
}

/** "Web server (web1)" for a goal endpoint, used by the goal picker. */
export function refLabel(design: Design, id: string): string {
  const resource = design.resources.find((r) => r.id === id);
  return resource ? label(resource) : id;
}

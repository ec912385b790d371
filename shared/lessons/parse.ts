/**
 * Lesson files (`NN-slug.lesson.json`) are written by instructors by hand, so a bad one must say
 * where it is bad: the same located issues as designs ("file:12:7 $.goals[2].port: ..."), and
 * the start and answer designs are checked with the design loader itself.
 */
import type { DesignIssue, JsonPath } from '../model/index';
import {
  checkDesignValue,
  checkScenarios,
  issue,
  pathToString,
  positionAt,
  readJson,
  RESOURCE_TYPES,
  ShapeChecker,
} from '../model/index';
import { PROTOCOLS } from '../model/index';
import type { Bilingual, Goal, Lesson } from './types';
import { GOAL_TYPES } from './types';
import { isObject } from '../model/shape';

export type LessonParseResult = { ok: true; lesson: Lesson } | { ok: false; issues: DesignIssue[] };

const LESSON_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

class LessonChecker extends ShapeChecker {
  bilingual(value: unknown, path: JsonPath, required = true): value is Bilingual {
    if (value === undefined && !required) return false;
    if (!this.object(value, path)) return false;
    const en = this.string(value.en, [...path, 'en']);
    const ko = this.string(value.ko, [...path, 'ko']);
    return en && ko;
  }

  ref(value: unknown, path: JsonPath): void {
    if (typeof value === 'string') return;
    if (!this.object(value, path)) return;
    if (value.id !== undefined) this.id(value.id, [...path, 'id']);
    this.oneOf(value.type, [...path, 'type'], RESOURCE_TYPES);
    this.string(value.name, [...path, 'name'], false);
    if (value.id === undefined && value.type === undefined) this.report('schema.required', [...path, 'type']);
  }

  goal(value: unknown, path: JsonPath, seen: Map<string, string>): void {
    if (!this.object(value, path)) return;
    if (this.id(value.id, [...path, 'id'])) {
      const first = seen.get(value.id);
      if (first)
        this.issues.push(issue('ref.duplicateId', [...path, 'id'], { id: value.id, firstPath: first }));
      else seen.set(value.id, pathToString([...path, 'id']));
    }
    this.bilingual(value.title, [...path, 'title'], false);
    if (!this.oneOf(value.type, [...path, 'type'], GOAL_TYPES, true)) return;
    switch (value.type) {
      case 'reachable':
      case 'unreachable':
        this.ref(value.from, [...path, 'from']);
        this.ref(value.to, [...path, 'to']);
        this.oneOf(value.protocol, [...path, 'protocol'], PROTOCOLS);
        this.number(value.port, [...path, 'port'], { min: 0, max: 65535, integer: true });
        if (value.ipVersion !== undefined && value.ipVersion !== 4 && value.ipVersion !== 6)
          this.report('schema.enum', [...path, 'ipVersion'], {
            found: String(value.ipVersion),
            options: '4, 6',
          });
        return;
      case 'no-findings':
        this.string(value.rule, [...path, 'rule']);
        if (this.array(value.resources, [...path, 'resources'], false)) {
          value.resources.forEach((ref, i) => this.ref(ref, [...path, 'resources', i]));
        }
        return;
      case 'cost-below':
        this.number(value.amount, [...path, 'amount'], { min: 0, required: true });
        return;
      case 'resource-exists':
        this.oneOf(value.resourceType, [...path, 'resourceType'], RESOURCE_TYPES, true);
        if (value.props !== undefined) this.object(value.props, [...path, 'props']);
        if (this.array(value.hasProps, [...path, 'hasProps'], false)) {
          value.hasProps.forEach((key, i) => this.string(key, [...path, 'hasProps', i]));
        }
        this.oneOf(value.parentType, [...path, 'parentType'], RESOURCE_TYPES);
        this.number(value.minZones, [...path, 'minZones'], { min: 1, max: 26, integer: true });
        this.number(value.count, [...path, 'count'], { min: 1, integer: true });
        return;
    }
  }

  design(value: unknown, path: JsonPath): void {
    if (!this.object(value, path)) return;
    const result = checkDesignValue(value);
    const found = result.ok ? checkScenarios(result.design) : result.issues;
    for (const inner of found) this.issues.push({ ...inner, path: [...path, ...inner.path] });
  }
}

/** A fault list: ids, titles, changes naming resources of the start design, and extra goals. */
function checkFaults(
  check: LessonChecker,
  faults: unknown,
  goalIds: Map<string, string>,
  startIds: ReadonlySet<string>,
): void {
  if (!check.array(faults, ['faults'])) return;
  // A change to a resource the start design lacks would quietly break nothing.
  const known = (id: unknown, field: string, at: JsonPath) => {
    if (typeof id === 'string' && !startIds.has(id))
      check.issues.push(issue('ref.unknown', at, { field, id }));
  };
  const ids = new Map<string, string>();
  faults.forEach((fault, i) => {
    const path = ['faults', i];
    if (!check.object(fault, path)) return;
    if (check.id(fault.id, [...path, 'id'])) {
      const first = ids.get(fault.id);
      if (first)
        check.issues.push(issue('ref.duplicateId', [...path, 'id'], { id: fault.id, firstPath: first }));
      else ids.set(fault.id, pathToString([...path, 'id']));
    }
    check.bilingual(fault.title, [...path, 'title']);
    if (check.array(fault.changes, [...path, 'changes'])) {
      fault.changes.forEach((change, j) => {
        const at = [...path, 'changes', j];
        if (!check.object(change, at)) return;
        if (check.id(change.resource, [...at, 'resource']))
          known(change.resource, 'resource', [...at, 'resource']);
        if (change.props !== undefined) check.object(change.props, [...at, 'props']);
        if (change.parent !== undefined && check.id(change.parent, [...at, 'parent']))
          known(change.parent, 'parent', [...at, 'parent']);
      });
    }
    if (fault.goals !== undefined && check.array(fault.goals, [...path, 'goals'])) {
      // Fault goals share the id space of the lesson's goals (they are graded together).
      fault.goals.forEach((goal, j) => check.goal(goal, [...path, 'goals', j], new Map(goalIds)));
    }
  });
}

/** The ids of a design value's resources, read leniently (the design is checked on its own). */
function resourceIdsOf(design: unknown): Set<string> {
  const resources = isObject(design) && Array.isArray(design.resources) ? design.resources : [];
  return new Set(resources.map((r: unknown) => (isObject(r) ? r.id : undefined)).filter(isString));
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** Checks an in-memory value as a lesson; issue paths are relative to the lesson document. */
export function checkLessonValue(value: unknown): LessonParseResult {
  const check = new LessonChecker();
  if (!check.object(value, [])) return { ok: false, issues: check.issues };
  if (check.string(value.id, ['id']) && !LESSON_ID.test(value.id)) {
    check.report('schema.id', ['id'], { found: value.id });
  }
  check.bilingual(value.title, ['title']);
  check.bilingual(value.summary, ['summary'], false);
  check.bilingual(value.instructions, ['instructions']);
  if (check.array(value.hints, ['hints']))
    value.hints.forEach((hint, i) => check.bilingual(hint, ['hints', i]));
  check.number(value.timeLimitMinutes, ['timeLimitMinutes'], { min: 1, max: 600 });
  check.design(value.start, ['start']);
  check.design(value.answer, ['answer']);
  if (check.array(value.goals, ['goals'])) {
    if (value.goals.length === 0) check.report('lessons.parse.noGoals', ['goals']);
    const seen = new Map<string, string>();
    value.goals.forEach((goal, i) => check.goal(goal, ['goals', i], seen));
    if (value.faults !== undefined) checkFaults(check, value.faults, seen, resourceIdsOf(value.start));
  }
  if (check.issues.length > 0) return { ok: false, issues: check.issues };
  return { ok: true, lesson: value as unknown as Lesson & { goals: Goal[] } };
}

/** Parses lesson text; issues carry line and column when the text locates them. */
export function parseLesson(text: string): LessonParseResult {
  const read = readJson(text, { withPositions: true });
  if (!read.ok) {
    const { code, params, line, column } = read.error;
    return { ok: false, issues: [{ code, params, path: [], line, column }] };
  }
  const result = checkLessonValue(read.value);
  if (result.ok || !read.positions) return result;
  const positions = read.positions;
  return {
    ok: false,
    issues: result.issues.map((found) => {
      for (let length = found.path.length; length >= 0; length--) {
        const offset = positions.get(pathToString(found.path.slice(0, length)));
        if (offset === undefined) continue;
        const { line, column } = positionAt(text, offset);
        return { ...found, line, column };
      }
      return found;
    }),
  };
}

// Lesson 10 asks for a canary of 10% for 5 minutes; the goals must grade the "10% for 5
// minutes" part too, with the values the inspector shows (catalog defaults) counting as set.
import { describe, expect, it } from 'vitest';
import { defaultEngine, evaluateLesson, findBundledLesson } from '../../../shared/lessons/index';
import type { Design } from '../../../shared/model/index';

const engine = defaultEngine();
const found = findBundledLesson('10');
if (!found) throw new Error('no lesson 10');
const lesson = found.lesson;

/** The answer with the service's props changed. */
function answerWith(change: Record<string, unknown>, drop: readonly string[] = []): Design {
  const design = structuredClone(lesson.answer);
  const service = design.resources.find((r) => r.id === 'svc')!;
  const props = service.props as Record<string, unknown>;
  Object.assign(props, change);
  for (const key of drop) delete props[key];
  return design;
}

const canaryPassed = (design: Design): boolean =>
  evaluateLesson(lesson, design, engine).goals.find((g) => g.id === 'canary')!.passed;

describe('lesson 10: the canary goal grades 10% for 5 minutes', () => {
  it('the text asks for it and the goal title says it', () => {
    expect(lesson.instructions.en).toContain('10% for 5 minutes');
    const goal = lesson.goals.find((g) => g.id === 'canary')!;
    expect(goal.title?.en).toContain('10% for 5 minutes');
    expect(goal.title?.ko).toContain('5분 동안 10%');
  });

  it('the start fails it and the answer passes every goal', () => {
    expect(canaryPassed(lesson.start)).toBe(false);
    expect(canaryPassed(lesson.answer)).toBe(true);
    expect(evaluateLesson(lesson, lesson.answer, engine).progress).toBe(100);
  });

  it('another canary share or interval fails it', () => {
    expect(canaryPassed(answerWith({ shiftPercent: 20 }))).toBe(false);
    expect(canaryPassed(answerWith({ shiftIntervalMinutes: 15 }))).toBe(false);
    expect(canaryPassed(answerWith({ trafficShifting: 'linear' }))).toBe(false);
  });

  it('a canary left at the inspector’s defaults (10%, 5 minutes, not stored) passes', () => {
    expect(canaryPassed(answerWith({}, ['shiftPercent', 'shiftIntervalMinutes']))).toBe(true);
  });
});

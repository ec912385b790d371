/**
 * A design in a valid region that has no price table (us-west-2, eu-west-1) is graded: the
 * cost goal fails with a message saying why, instead of the whole check ending in an error.
 */
import { describe, expect, it } from 'vitest';
import {
  candidateGoals,
  defaultEngine,
  evaluateLesson,
  findBundledLesson,
} from '../../../shared/lessons/index';

describe('lessons in an unpriced region (issue 14, defect 5)', () => {
  const bundled = findBundledLesson('04-s3-gateway-endpoint');

  it.each(['us-west-2', 'eu-west-1'])('grades the answer moved to %s', (region) => {
    expect(bundled).toBeDefined();
    const lesson = bundled!.lesson;
    const design = { ...lesson.answer, region };
    const result = evaluateLesson(lesson, design, defaultEngine());
    const cost = result.goals.find(
      (goal) => lesson.goals.find((g) => g.id === goal.id)?.type === 'cost-below',
    );
    expect(cost?.passed).toBe(false);
    expect(cost?.message.key).toBe('lessons.result.costBelow.unpriced');
    expect(cost?.message.params).toMatchObject({ region });
    // The other goals are graded as usual.
    expect(result.goals.filter((goal) => goal.passed).length).toBeGreaterThan(0);
  });

  it('suggests no budget goal for a design it cannot price', () => {
    const design = { ...bundled!.lesson.answer, region: 'us-west-2' };
    const goals = candidateGoals(design, defaultEngine());
    expect(goals.some((candidate) => candidate.goal.type === 'cost-below')).toBe(false);
  });
});

/**
 * The done-criterion of the bundled lessons: every start design fails at least one goal (there
 * is something to do) and every answer design passes them all (it can be done).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bundledLessons,
  defaultEngine,
  evaluateLesson,
  findBundledLesson,
  lessonForSeed,
} from '../../../shared/lessons/index';

const engine = defaultEngine();
const lessons = bundledLessons();

describe('bundled lessons', () => {
  it('bundles every lesson file in assets/lessons, at least eight', () => {
    const files = readdirSync('assets/lessons').filter((name) => name.endsWith('.lesson.json'));
    expect(lessons.map((entry) => entry.path.replace('assets/lessons/', '')).sort()).toEqual(files.sort());
    expect(lessons.length).toBeGreaterThanOrEqual(8);
  });

  it.each(lessons.map((entry) => [entry.lesson.id, entry] as const))(
    '%s: start fails a goal, answer passes all',
    (_id, entry) => {
      // A troubleshooting lesson starts healthy: a student's seed injects the fault (faults.ts).
      const lesson = lessonForSeed(entry.lesson, 1);
      const start = evaluateLesson(lesson, lesson.start, engine);
      expect(start.progress).toBeLessThan(100);
      expect(start.goals.some((goal) => !goal.passed)).toBe(true);
      const answer = evaluateLesson(entry.lesson, entry.lesson.answer, engine);
      expect(answer.goals.filter((goal) => !goal.passed).map((goal) => goal.id)).toEqual([]);
      expect(answer.progress).toBe(100);
    },
  );

  it.each(lessons.map((entry) => [entry.lesson.id, entry] as const))(
    '%s: file name matches the id, texts in en and ko',
    (_id, entry) => {
      expect(entry.path).toBe(`assets/lessons/${entry.lesson.id}.lesson.json`);
      for (const text of [entry.lesson.title, entry.lesson.instructions, ...entry.lesson.hints]) {
        expect(text.en.trim()).not.toBe('');
        // Korean text has Hangul in it: a copy of the English would not.
        expect(text.ko).toMatch(/[\uac00-\ud7a3]/);
      }
    },
  );

  it('finds a lesson by id or by number', () => {
    expect(findBundledLesson('05-alb-two-azs')?.lesson.id).toBe('05-alb-two-azs');
    expect(findBundledLesson('5')?.lesson.id).toBe('05-alb-two-azs');
    expect(findBundledLesson('05')?.lesson.id).toBe('05-alb-two-azs');
    expect(findBundledLesson('alb')).toBeUndefined();
  });
});

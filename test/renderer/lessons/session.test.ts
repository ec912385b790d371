import { describe, expect, it } from 'vitest';
import { findBundledLesson } from '../../../shared/lessons/index';
import { clock, isCurrent, lessonSession } from '../../../renderer/lessons/session';

describe('lesson session', () => {
  it('opens, reveals hints one at a time up to the last, checks, resets and closes', () => {
    const lesson = findBundledLesson('01')!.lesson;
    const seen: number[] = [];
    const stop = lessonSession.subscribe(() => seen.push(lessonSession.get()?.hintsShown ?? -1));
    lessonSession.open(lesson, 1000);
    for (let i = 0; i < lesson.hints.length + 2; i++) lessonSession.showHint();
    expect(lessonSession.get()?.hintsShown).toBe(lesson.hints.length);
    lessonSession.check();
    expect(lessonSession.get()?.checked).toBe(true);
    lessonSession.reset(5000);
    expect(lessonSession.get()).toMatchObject({
      startedAt: 5000,
      checked: false,
      hintsShown: lesson.hints.length,
    });
    lessonSession.close();
    expect(lessonSession.get()).toBeNull();
    stop();
    expect(seen.length).toBeGreaterThan(3);
  });

  it('belongs to the design it loaded, not to one opened after it', () => {
    const lesson = findBundledLesson('01')!.lesson;
    lessonSession.open(lesson, 1000);
    lessonSession.track(3);
    const session = lessonSession.get()!;
    expect(isCurrent(session, 3)).toBe(true);
    // A template or a file opened since: loadCount moved on.
    expect(isCurrent(session, 4)).toBe(false);
    lessonSession.close();
  });

  it('formats the timer as m:ss or h:mm:ss', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(65.9)).toBe('1:05');
    expect(clock(3723)).toBe('1:02:03');
    expect(clock(-5)).toBe('0:00');
  });
});

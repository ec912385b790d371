/**
 * The lesson being worked on, kept outside React so it survives switching panel tabs (a panel
 * unmounts when its tab is hidden). Session state like the store's simulation: never saved in
 * the design, never undone.
 */
import type { Lesson } from '../../shared/lessons/types';
import { createValueStore, useValue } from '../store/valueStore';

export interface LessonSession {
  lesson: Lesson;
  /** Date.now() when the lesson was opened or reset. */
  startedAt: number;
  hintsShown: number;
  /** "Check results" was pressed: the checklist shows why each goal passed or failed. */
  checked: boolean;
  /**
   * The store's loadCount of the lesson's own design (set by `track` after loading it). When
   * another design is loaded (a template, a file) the lesson no longer describes what is on the
   * canvas, so the panel closes it instead of grading an unrelated design against its goals.
   */
  loadCount?: number;
  /** Troubleshooting lessons: the student number that picked the fault (shown in the panel). */
  seed?: number;
}

const session = createValueStore<LessonSession | null>(null);
const set = session.set;

export const lessonSession = {
  get: session.get,
  open(lesson: Lesson, now = Date.now(), seed?: number): void {
    set({ lesson, startedAt: now, hintsShown: 0, checked: false, ...(seed !== undefined ? { seed } : {}) });
  },
  /** A troubleshooting lesson opened with the student number that picked its fault. */
  openSeeded(lesson: Lesson, seed: number | undefined): void {
    lessonSession.open(lesson, Date.now(), seed);
  },
  reset(now = Date.now()): void {
    const current = session.get();
    if (current) set({ ...current, startedAt: now, checked: false });
  },
  showHint(): void {
    const current = session.get();
    if (current && current.hintsShown < current.lesson.hints.length)
      set({ ...current, hintsShown: current.hintsShown + 1 });
  },
  track(loadCount: number): void {
    const current = session.get();
    if (current) set({ ...current, loadCount });
  },
  check(): void {
    const current = session.get();
    if (current) set({ ...current, checked: true });
  },
  close(): void {
    set(null);
  },
  subscribe: session.subscribe,
};

export function useLessonSession(): LessonSession | null {
  return useValue(session);
}

/** Whether the session still belongs to the design on the canvas (see LessonSession.loadCount). */
export function isCurrent(session: LessonSession, loadCount: number): boolean {
  return session.loadCount === undefined || session.loadCount === loadCount;
}

/** "4:05" or "1:02:03" for a number of seconds. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/**
 * The lesson panel (Packet Tracer's activity window): instructions, a live checklist with the
 * completion percentage (graded again on every edit), Check results, Reset to the start design
 * (confirmed), hints one at a time and an optional timer. Instructor tools sit below.
 */
import { useDeferredValue, useEffect, useRef, useState } from 'react';
import type { GoalResult, Lesson } from '../../shared/lessons/index';
import {
  bundledLessons,
  defaultEngine,
  evaluateLesson,
  isSeed,
  lessonForSeed,
  messageText,
  parseLesson,
  resultText,
} from '../../shared/lessons/index';
import { describeIssue } from '../../shared/model/index';
import type { Design } from '../../shared/model/types';
import { identityKey, memoOnContent } from '../engine/memo';
import { askConfirm } from '../app/confirm';
import { useCanvasActions } from '../canvas/actions';
import { useLocale, useT } from '../i18n';
import { useEditor, useEditorStore } from '../store/index';
import { AuthorSection } from './AuthorSection';
import { clock, isCurrent, lessonSession, useLessonSession } from './session';
import './lessons.css';

const engine = defaultEngine();
const grade = memoOnContent(
  (design: Design, lesson: Lesson) => evaluateLesson(lesson, design, engine),
  (lesson: Lesson) => identityKey(lesson),
);

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

function Timer({ startedAt, limitMinutes }: { startedAt: number; limitMinutes?: number }) {
  const t = useT();
  const [shown, setShown] = useState(limitMinutes !== undefined);
  const now = useNow(shown);
  const elapsed = (now - startedAt) / 1000;
  let text = t('lessonPanel.elapsed', { time: clock(elapsed) });
  if (limitMinutes !== undefined) {
    const left = limitMinutes * 60 - elapsed;
    text =
      left >= 0
        ? t('lessonPanel.timeLeft', { time: clock(left) })
        : t('lessonPanel.timeUp', { time: clock(-left) });
  }
  return (
    <div className="lesson-timer">
      <label>
        <input type="checkbox" checked={shown} onChange={() => setShown(!shown)} /> {t('lessonPanel.timer')}
      </label>
      {shown && (
        <span
          data-testid="lesson-timer"
          className={limitMinutes !== undefined && elapsed > limitMinutes * 60 ? 'late' : undefined}
        >
          {' '}
          {text}
        </span>
      )}
    </div>
  );
}

function GoalRow({ result, checked }: { result: GoalResult; checked: boolean }) {
  const t = useT();
  const locale = useLocale();
  const store = useEditorStore();
  const canvas = useCanvasActions();
  return (
    <li
      className={`lesson-goal ${result.passed ? 'goal-passed' : 'goal-failed'}`}
      data-testid="lesson-goal"
      data-goal={result.id}
      data-passed={result.passed}
    >
      <button
        type="button"
        onClick={() => {
          if (result.resources.length === 0) return;
          store.select(result.resources);
          canvas.frame(result.resources);
        }}
      >
        <span
          className="lesson-mark"
          aria-label={t(result.passed ? 'lessonPanel.passed' : 'lessonPanel.failed')}
        >
          {result.passed ? '✓' : '○'}
        </span>
        <span className="lesson-goal-text">
          <span>{messageText(result.title, locale)}</span>
          {checked && <span className="lesson-goal-why">{resultText(result, locale)}</span>}
        </span>
      </button>
    </li>
  );
}

function ActiveLesson({ lesson }: { lesson: Lesson }) {
  const t = useT();
  const locale = useLocale();
  const store = useEditorStore();
  const session = useLessonSession();
  const design = useDeferredValue(useEditor((state) => state.design));
  const result = grade(design, lesson);
  if (!session) return null;
  const passed = result.goals.filter((goal) => goal.passed).length;
  const hints = lesson.hints.slice(0, session.hintsShown);

  return (
    <div className="lesson" data-testid="lesson-active" data-lesson={lesson.id}>
      <h3 className="lesson-title">{lesson.title[locale]}</h3>
      {session.seed !== undefined && (
        <p className="lesson-seed-shown" data-testid="lesson-seed-shown">
          {t('lessonPanel.seedShown', { seed: session.seed })}
        </p>
      )}
      <div className="lesson-progress" data-testid="lesson-progress" data-progress={result.progress}>
        <div className="lesson-bar" aria-hidden="true">
          <div style={{ width: `${result.progress}%` }} />
        </div>
        <span>{t('lessonPanel.progress', { progress: result.progress })}</span>
      </div>
      <div className="lesson-instructions" data-testid="lesson-instructions">
        {lesson.instructions[locale].split(/\n{2,}/).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      <h4>{t('lessonPanel.goals')}</h4>
      <ul className="lesson-goals">
        {result.goals.map((goal) => (
          <GoalRow key={goal.id} result={goal} checked={session.checked} />
        ))}
      </ul>
      {session.checked && (
        <p className={`lesson-feedback ${result.progress === 100 ? 'ok' : ''}`} data-testid="lesson-feedback">
          {result.progress === 100
            ? t('lessonPanel.complete')
            : t('lessonPanel.incomplete', { passed, total: result.goals.length })}
        </p>
      )}
      <div className="lesson-actions">
        <button
          type="button"
          className="primary"
          data-testid="lesson-check"
          onClick={() => lessonSession.check()}
        >
          {t('lessonPanel.check')}
        </button>
        <button
          type="button"
          data-testid="lesson-reset"
          onClick={async () => {
            const message = t('lessonPanel.confirmReset');
            if (!(await askConfirm({ message, confirmLabel: t('polish.confirm.reset'), danger: true })))
              return;
            store.loadDesign(lesson.start, null);
            lessonSession.reset();
            lessonSession.track(store.getState().loadCount);
          }}
        >
          {t('lessonPanel.reset')}
        </button>
        <button type="button" onClick={() => lessonSession.close()}>
          {t('lessonPanel.close')}
        </button>
      </div>
      {lesson.hints.length > 0 && (
        <div className="lesson-hints">
          {hints.map((hint, i) => (
            <p key={i} className="lesson-hint" data-testid="lesson-hint">
              <strong>{t('lessonPanel.hintLabel', { n: i + 1 })}</strong> {hint[locale]}
            </p>
          ))}
          <button
            type="button"
            data-testid="lesson-hint-next"
            disabled={session.hintsShown >= lesson.hints.length}
            onClick={() => lessonSession.showHint()}
          >
            {session.hintsShown >= lesson.hints.length
              ? t('lessonPanel.noMoreHints')
              : t('lessonPanel.hint', { shown: session.hintsShown + 1, total: lesson.hints.length })}
          </button>
        </div>
      )}
      <Timer key={session.startedAt} startedAt={session.startedAt} limitMinutes={lesson.timeLimitMinutes} />
    </div>
  );
}

function LessonPicker() {
  const t = useT();
  const locale = useLocale();
  const store = useEditorStore();
  const dirty = useEditor((state) => state.dirty);
  const [errors, setErrors] = useState<string[]>([]);
  const [seedText, setSeedText] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const open = async (lesson: Lesson): Promise<void> => {
    // A troubleshooting lesson needs the student number: it picks the fault (shared/lessons/faults.ts).
    let seed: number | undefined;
    if ((lesson.faults ?? []).length > 0) {
      seed = /^\d+$/.test(seedText.trim()) ? Number(seedText.trim()) : NaN;
      if (!isSeed(seed)) {
        setErrors([t('lessonPanel.seedInvalid')]);
        return;
      }
    }
    const message = t('lessonPanel.confirmReplace');
    if (
      dirty &&
      !(await askConfirm({ message, confirmLabel: t('polish.confirm.openLesson'), danger: true }))
    ) {
      return;
    }
    const student = seed === undefined ? lesson : lessonForSeed(lesson, seed);
    store.loadDesign(student.start, null);
    lessonSession.openSeeded(student, seed);
    lessonSession.track(store.getState().loadCount);
    setErrors([]);
  };

  const openFile = async (file: File): Promise<void> => {
    const result = parseLesson(await file.text());
    if (result.ok) await open(result.lesson);
    else setErrors(result.issues.map((issue) => describeIssue(issue, locale, file.name)));
  };

  return (
    <div className="lesson-picker" data-testid="lesson-picker">
      <p className="panel-summary">{t('lessonPanel.pick')}</p>
      <label className="lesson-seed">
        <span>{t('lessonPanel.seed')}</span>
        <input
          type="text"
          inputMode="numeric"
          value={seedText}
          data-testid="lesson-seed"
          aria-describedby="lesson-seed-help"
          onChange={(event) => setSeedText(event.target.value)}
        />
      </label>
      <p id="lesson-seed-help" className="lesson-seed-help">
        {t('lessonPanel.seedHelp')}
      </p>
      <ul>
        {bundledLessons().map(({ lesson }) => (
          <li key={lesson.id} className="lesson-choice">
            <div>
              <strong>{lesson.title[locale]}</strong>
              {lesson.summary && <span className="lesson-summary">{lesson.summary[locale]}</span>}
            </div>
            <button type="button" data-testid={`lesson-open-${lesson.id}`} onClick={() => void open(lesson)}>
              {t('lessonPanel.open')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => fileInput.current?.click()}>
        {t('lessonPanel.openFile')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="lesson-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void openFile(file);
          event.target.value = '';
        }}
      />
      {errors.length > 0 && (
        <div className="lesson-errors" role="alert">
          <p>{t('lessonPanel.fileInvalid')}</p>
          <ul>
            {errors.map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export function LessonPanel() {
  const session = useLessonSession();
  const loadCount = useEditor((state) => state.loadCount);
  const active = session !== null && isCurrent(session, loadCount);
  // Another design was loaded since the lesson opened: the lesson is over.
  useEffect(() => {
    if (session && !active) lessonSession.close();
  }, [session, active]);
  return (
    <div className="lessons" data-testid="lesson-panel">
      {session && active ? <ActiveLesson lesson={session.lesson} /> : <LessonPicker />}
      <AuthorSection engine={engine} />
    </div>
  );
}

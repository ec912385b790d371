/**
 * The lesson panel (Packet Tracer's activity window): instructions, a live checklist with the
 * completion percentage (graded again on every edit), Check results, Reset to the start design
 * (confirmed), hints one at a time and an optional timer. Instructor tools sit below.
 */
import { useDeferredValue, useEffect } from 'react';
import type { Lesson } from '../../shared/lessons/index';
import { defaultEngine, evaluateLesson } from '../../shared/lessons/index';
import type { Design } from '../../shared/model/types';
import { identityKey, memoOnContent } from '../engine/memo';
import { askConfirm } from '../app/confirm';
import { useLocale, useT } from '../i18n';
import { useEditor, useEditorStore } from '../store/index';
import { AuthorSection } from './AuthorSection';
import { GoalRow } from './GoalRow';
import { LessonPicker } from './LessonPicker';
import { isCurrent, lessonSession, useLessonSession } from './session';
import { Timer } from './Timer';
import './lessons.css';

const engine = defaultEngine();
const grade = memoOnContent(
  (design: Design, lesson: Lesson) => evaluateLesson(lesson, design, engine),
  (lesson: Lesson) => identityKey(lesson),
);

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

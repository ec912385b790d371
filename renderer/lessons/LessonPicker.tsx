/**
 * The list of lessons to open (bundled or from a file), with the student number a troubleshooting
 * lesson needs to pick its fault.
 */
import { useRef, useState } from 'react';
import type { Lesson } from '../../shared/lessons/index';
import { bundledLessons, isSeed, lessonForSeed, parseLesson } from '../../shared/lessons/index';
import { describeIssue } from '../../shared/model/index';
import { askConfirm } from '../app/confirm';
import { useLocale, useT } from '../i18n';
import { useEditor, useEditorStore } from '../store/index';
import { lessonSession } from './session';

export function LessonPicker() {
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

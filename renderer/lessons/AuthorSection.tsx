/**
 * Instructor tools: capture a start and an answer design from the canvas, tick goals from what
 * the engine can check on the answer (reachable/unreachable connections, clean rules, a budget
 * above the current total), write the texts in both languages, and download the lesson file.
 */
import { useMemo, useState } from 'react';
import type { CandidateGoal, Goal, GoalEngine } from '../../shared/lessons/index';
import {
  candidateGoals,
  draftToLesson,
  goalTitleText,
  lessonIdFrom,
  serializeLesson,
} from '../../shared/lessons/index';
import type { Design } from '../../shared/model/types';
import { useHost } from '../app/host';
import { useLocale, useT } from '../i18n';
import { useEditor } from '../store/index';

const lines = (text: string): string[] => text.split('\n').map((line) => line.trim());

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function AuthorSection({ engine }: { engine: GoalEngine }) {
  const t = useT();
  const locale = useLocale();
  const host = useHost();
  const design = useEditor((state) => state.design);
  const [start, setStart] = useState<Design | null>(null);
  const [answer, setAnswer] = useState<Design | null>(null);
  const [titleEn, setTitleEn] = useState('');
  const [titleKo, setTitleKo] = useState('');
  const [instructionsEn, setInstructionsEn] = useState('');
  const [instructionsKo, setInstructionsKo] = useState('');
  const [hintsEn, setHintsEn] = useState('');
  const [hintsKo, setHintsKo] = useState('');
  const [limit, setLimit] = useState('');
  const [overrides, setOverrides] = useState<Record<string, boolean>>({});
  const [message, setMessage] = useState('');
  const [open, setOpen] = useState(false);

  const graded = answer ?? design;
  // Offered only while the section is open: tracing every connection is work nobody asked for.
  const candidates: CandidateGoal[] = useMemo(
    () => (open ? candidateGoals(graded, engine) : []),
    [open, graded, engine],
  );
  const chosen = (candidate: CandidateGoal): boolean => overrides[candidate.goal.id] ?? candidate.suggested;

  const save = async (): Promise<void> => {
    const goals: Goal[] = candidates.filter(chosen).map((candidate) => candidate.goal);
    if (!titleEn.trim() || !titleKo.trim()) return setMessage(t('lessonPanel.author.needTitle'));
    if (goals.length === 0) return setMessage(t('lessonPanel.author.needGoal'));
    const en = lines(hintsEn);
    const ko = lines(hintsKo);
    const minutes = Number(limit);
    const lesson = draftToLesson({
      id: lessonIdFrom(titleEn),
      title: { en: titleEn.trim(), ko: titleKo.trim() },
      instructions: { en: instructionsEn.trim(), ko: instructionsKo.trim() },
      hints: Array.from({ length: Math.max(en.length, ko.length) }, (_, i) => ({
        en: en[i] ?? '',
        ko: ko[i] ?? '',
      })),
      timeLimitMinutes: Number.isInteger(minutes) && minutes > 0 ? minutes : undefined,
      start: start ?? design,
      answer: graded,
      goals,
    });
    const name = `${lesson.id}.lesson.json`;
    const text = serializeLesson(lesson);
    if (host) {
      const result = await host.exportFile({ name, mime: 'application/json', data: text });
      if (!result.ok) return;
    } else {
      download(name, text);
    }
    setMessage(t('lessonPanel.author.saved', { name }));
  };

  const textField = (
    label: string,
    value: string,
    set: (value: string) => void,
    area = false,
    testId?: string,
  ) => (
    <label className="author-field">
      <span>{label}</span>
      {area ? (
        <textarea rows={3} value={value} onChange={(event) => set(event.target.value)} data-testid={testId} />
      ) : (
        <input value={value} onChange={(event) => set(event.target.value)} data-testid={testId} />
      )}
    </label>
  );

  return (
    <details
      className="lesson-author"
      data-testid="lesson-author"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{t('lessonPanel.instructor')}</summary>
      {open && (
        <>
          <p className="panel-summary">{t('lessonPanel.author.intro')}</p>
          <div className="author-capture">
            <button type="button" onClick={() => setStart(design)}>
              {t('lessonPanel.author.captureStart')}
            </button>
            <span>
              {start
                ? t('lessonPanel.author.captured', { name: start.name })
                : t('lessonPanel.author.notCaptured')}
            </span>
            <button type="button" data-testid="author-capture-answer" onClick={() => setAnswer(design)}>
              {t('lessonPanel.author.captureAnswer')}
            </button>
            <span>
              {answer
                ? t('lessonPanel.author.captured', { name: answer.name })
                : t('lessonPanel.author.notCaptured')}
            </span>
          </div>
          {textField(t('lessonPanel.author.titleEn'), titleEn, setTitleEn, false, 'author-title-en')}
          {textField(t('lessonPanel.author.titleKo'), titleKo, setTitleKo, false, 'author-title-ko')}
          {textField(t('lessonPanel.author.instructionsEn'), instructionsEn, setInstructionsEn, true)}
          {textField(t('lessonPanel.author.instructionsKo'), instructionsKo, setInstructionsKo, true)}
          {textField(t('lessonPanel.author.hintsEn'), hintsEn, setHintsEn, true)}
          {textField(t('lessonPanel.author.hintsKo'), hintsKo, setHintsKo, true)}
          {textField(t('lessonPanel.author.timeLimit'), limit, (value) =>
            setLimit(value.replace(/[^0-9]/g, '')),
          )}
          <fieldset className="author-goals">
            <legend>{t('lessonPanel.author.goals')}</legend>
            {candidates.map((candidate) => (
              <label key={candidate.goal.id} className="author-goal">
                <input
                  type="checkbox"
                  data-testid="author-goal"
                  data-goal={candidate.goal.id}
                  checked={chosen(candidate)}
                  onChange={(event) =>
                    setOverrides({ ...overrides, [candidate.goal.id]: event.target.checked })
                  }
                />{' '}
                {goalTitleText(candidate.goal, locale)}
              </label>
            ))}
          </fieldset>
          <button type="button" className="primary" data-testid="author-download" onClick={() => void save()}>
            {t('lessonPanel.author.download')}
          </button>
          {message && (
            <p className="panel-summary" role="status">
              {message}
            </p>
          )}
        </>
      )}
    </details>
  );
}

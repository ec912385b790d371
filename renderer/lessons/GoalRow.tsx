/** One goal of the lesson checklist; clicking it selects and frames the resources it is about. */
import type { GoalResult } from '../../shared/lessons/index';
import { messageText, resultText } from '../../shared/lessons/index';
import { useCanvasActions } from '../canvas/actions';
import { useLocale, useT } from '../i18n';
import { useEditorStore } from '../store/index';

export function GoalRow({ result, checked }: { result: GoalResult; checked: boolean }) {
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

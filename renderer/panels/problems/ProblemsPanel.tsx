/**
 * Problems: the live findings of the design, grouped by severity with counts. Each row reads
 * like a root-cause line (what, why, how to fix) and names the resources involved; clicking it
 * selects them and frames them on the canvas. Each group is a virtual list (ProblemList.tsx):
 * a 5,000-resource design has thousands of findings, and only those in view are drawn.
 */
import { useCallback, useId, useMemo, useRef } from 'react';
import { useCanvasActions } from '../../canvas/actions';
import { useLiveResult } from '../../engine/index';
import { useLocale, useT } from '../../i18n';
import { useEditorStore } from '../../store/index';
import { problemsIndex } from './model';
import { ProblemList } from './ProblemList';
import type { ProblemListHandle } from './ProblemList';
import '../panels.css';

export function ProblemsPanel() {
  const t = useT();
  const locale = useLocale();
  const store = useEditorStore();
  const canvas = useCanvasActions();
  // Findings are labelled from the document they were computed on (see useLiveResult); urgent,
  // like the top bar's count: the list shows an edit's problems before the canvas re-maps.
  const { design, result } = useLiveResult('urgent');
  // Rows are translated only when drawn (problemsIndex): an answer of the rules about thousands
  // of findings costs the panel a screenful of rows, not thousands.
  const view = useMemo(() => problemsIndex(result.findings, design, locale), [result, design, locale]);
  const onShow = useCallback(
    (targets: string[]) => {
      store.select(targets);
      canvas.frame(targets);
    },
    [store, canvas],
  );
  const idBase = useId();
  const lists = useRef(new Map<string, ProblemListHandle>());
  const severities = view.groups.map((group) => group.severity);
  // Arrow keys past a group's edge continue in the next (or previous) group.
  const leave = (from: number, direction: -1 | 1): void => {
    const next = severities[from + direction];
    if (next) lists.current.get(next)?.focusRow(direction === 1 ? 0 : -1);
  };

  if (view.total === 0) {
    return (
      <div className="panel-empty" data-testid="problems-empty">
        {t('problems.empty')}
      </div>
    );
  }
  return (
    <div className="problems" data-testid="problems">
      <p className="panel-summary">
        {t('problems.summary', {
          errors: view.counts.error,
          warnings: view.counts.warning,
          infos: view.counts.info,
        })}
      </p>
      {view.groups.map((group, index) => (
        <section key={group.severity} className="problem-group" data-severity={group.severity}>
          <h3 id={`${idBase}-${group.severity}`}>
            {t(`problems.severity.${group.severity}`)} <span className="count">{group.count}</span>
          </h3>
          <ProblemList
            ref={(handle) => {
              if (handle) lists.current.set(group.severity, handle);
              else lists.current.delete(group.severity);
            }}
            group={group}
            rowOf={view.row}
            labelId={`${idBase}-${group.severity}`}
            onShow={onShow}
            onLeave={(direction) => leave(index, direction)}
          />
        </section>
      ))}
    </div>
  );
}

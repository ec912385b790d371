/**
 * Problems: the live findings of the design, grouped by severity with counts. Each row reads
 * like a root-cause line (what, why, how to fix) and names the resources involved; clicking it
 * selects them and frames them on the canvas.
 */
import { memo, useCallback, useMemo } from 'react';
import type { Severity } from '../../../shared/rules/index';
import { useCanvasActions } from '../../canvas/actions';
import { useLiveResult } from '../../engine/index';
import { useLocale, useT } from '../../i18n';
import { useEditorStore } from '../../store/index';
import { problemsView, sameRow } from './model';
import type { ProblemRow } from './model';
import '../panels.css';

const ICON: Record<Severity, string> = { error: '⨯', warning: '!', info: 'i' };

/**
 * One row. Memoised on its content, and it takes `onShow` from the panel rather than reading the
 * canvas itself: hundreds of rows each subscribed to React Flow's store made every canvas update
 * (a drag frame, a zoom step) run hundreds of selectors, and every answer of the rules
 * re-rendered every row although almost none had changed.
 */
const Row = memo(function Row({ row, onShow }: { row: ProblemRow; onShow(targets: string[]): void }) {
  const t = useT();
  const show = (): void => {
    if (row.targets.length > 0) onShow(row.targets);
  };
  return (
    <li>
      <button
        type="button"
        className={`problem problem-${row.severity}`}
        data-testid="problem-row"
        data-rule={row.rule}
        title={t('problems.show')}
        onClick={show}
      >
        <span className="severity-icon" aria-hidden="true">
          {ICON[row.severity]}
        </span>
        <span className="problem-text">
          <span className="problem-message">{row.message}</span>
          {row.fix && <span className="problem-fix">{t('problems.fix', { fix: row.fix })}</span>}
          <span className="problem-meta">
            {row.resources.length > 0 && (
              <span className="problem-resources">
                {t('problems.resources')}:{' '}
                {row.resources.map((item, index) => (
                  <span key={item.id} className={item.missing ? 'missing' : undefined}>
                    {index > 0 && ', '}
                    {item.label}
                    {item.kind && <span className="problem-kind"> ({item.kind})</span>}
                  </span>
                ))}
              </span>
            )}
            <span className="problem-rule">{t('problems.rule', { rule: row.rule })}</span>
          </span>
        </span>
      </button>
    </li>
  );
}, sameRowProps);

function sameRowProps(
  a: { row: ProblemRow; onShow: unknown },
  b: { row: ProblemRow; onShow: unknown },
): boolean {
  return a.onShow === b.onShow && sameRow(a.row, b.row);
}

export function ProblemsPanel() {
  const t = useT();
  const locale = useLocale();
  const store = useEditorStore();
  const canvas = useCanvasActions();
  // Findings are labelled from the document they were computed on (see useLiveResult).
  const { design, result } = useLiveResult();
  const view = useMemo(() => problemsView(result.findings, design, locale), [result, design, locale]);
  const onShow = useCallback(
    (targets: string[]) => {
      store.select(targets);
      canvas.frame(targets);
    },
    [store, canvas],
  );

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
      {view.groups.map((group) => (
        <section key={group.severity} className="problem-group" data-severity={group.severity}>
          <h3>
            {t(`problems.severity.${group.severity}`)} <span className="count">{group.count}</span>
          </h3>
          <ul>
            {group.rows.map((row) => (
              <Row key={row.key} row={row} onShow={onShow} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

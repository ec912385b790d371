/**
 * One finding of the Problems panel: what, why, how to fix, and the resources it names; a click
 * selects them and frames them on the canvas.
 */
import { memo } from 'react';
import type { Severity } from '../../../shared/rules/index';
import { useT } from '../../i18n';
import { sameRow } from './model';
import type { ProblemRow } from './model';

const ICON: Record<Severity, string> = { error: '⨯', warning: '!', info: 'i' };

/**
 * Memoised on its content, and it takes `onShow` from the panel rather than reading the canvas
 * itself: rows each subscribed to React Flow's store made every canvas update (a drag frame, a
 * zoom step) run a selector per row, and every answer of the rules re-rendered every row although
 * almost none had changed.
 */
export const ProblemRowView = memo(function ProblemRowView({
  row,
  onShow,
}: {
  row: ProblemRow;
  onShow(targets: string[]): void;
}) {
  const t = useT();
  const show = (): void => {
    if (row.targets.length > 0) onShow(row.targets);
  };
  return (
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
  );
}, sameRowProps);

function sameRowProps(
  a: { row: ProblemRow; onShow: unknown },
  b: { row: ProblemRow; onShow: unknown },
): boolean {
  return a.onShow === b.onShow && sameRow(a.row, b.row);
}

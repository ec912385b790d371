/**
 * Problems: the live findings of the design, grouped by severity with counts. Each row reads
 * like a root-cause line (what, why, how to fix) and names the resources involved; clicking it
 * selects them and frames them on the canvas.
 */
import { useMemo } from 'react';
import type { Severity } from '../../../shared/rules/index';
import { useCanvasActions } from '../../canvas/actions';
import { useDerivedDesign, useFindings } from '../../engine/index';
import { useLocale, useT } from '../../i18n';
import { useEditorStore } from '../../store/index';
import { problemsView } from './model';
import type { ProblemRow } from './model';
import '../panels.css';

const ICON: Record<Severity, string> = { error: '⨯', warning: '!', info: 'i' };

function Row({ row }: { row: ProblemRow }) {
  const t = useT();
  const store = useEditorStore();
  const canvas = useCanvasActions();
  const show = (): void => {
    if (row.targets.length === 0) return;
    store.select(row.targets);
    canvas.frame(row.targets);
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
}

export function ProblemsPanel() {
  const t = useT();
  const locale = useLocale();
  const findings = useFindings();
  const design = useDerivedDesign();
  const view = useMemo(() => problemsView(findings, design, locale), [findings, design, locale]);

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
              <Row key={row.key} row={row} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

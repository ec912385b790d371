/**
 * The interop panel: the report of the last CloudFormation import ("imported N of M", what was
 * not imported and why) and, after "Compare with…", the live comparison of the open design with
 * the picked one: resources, connections, findings, reachability verdicts and cost.
 */
import { useEffect, useMemo } from 'react';
import { formatUsd } from '../../shared/cost/index';
import type { DesignDiff } from '../../shared/interop/index';
import { diffDesigns } from '../../shared/interop/index';
import { useCanvasActions } from '../canvas/actions';
import { useDerivedDesign } from '../engine/index';
import { useLocale, useT } from '../i18n';
import { useEditorStore } from '../store/index';
import { markDiff } from './marks';
import { setInterop, useInterop } from './state';
import './interop.css';

function ImportReportView() {
  const t = useT();
  const { imported } = useInterop();
  if (!imported) return null;
  const { report, file } = imported;
  return (
    <section className="interop-report" data-testid="import-report">
      <h3>{t('interop.report.title', { imported: report.imported, total: report.total, file })}</h3>
      {report.unmapped.length > 0 && (
        <>
          <h4>{t('interop.report.unmapped')}</h4>
          <ul>
            {report.unmapped.map((u) => (
              <li key={u.id}>
                <code>{u.id}</code> ({u.type})
              </li>
            ))}
          </ul>
        </>
      )}
      {report.notes.length > 0 && (
        <>
          <h4>{t('interop.report.warnings')}</h4>
          <ul>
            {report.notes.map((note, i) => (
              <li key={i}>
                {note.line ? (
                  <span className="interop-line">{`${note.file ?? file}:${note.line}`}</span>
                ) : null}{' '}
                {t(note.key, note.params)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function signed(amount: number): string {
  return amount < 0 ? `-${formatUsd(-amount)}` : `+${formatUsd(amount)}`;
}

function DiffView({ diff, file }: { diff: DesignDiff; file: string }) {
  const t = useT();
  const store = useEditorStore();
  const canvas = useCanvasActions();
  const focus = (id: string) => {
    store.select([id]);
    canvas.frame([id]);
  };
  const r = diff.resources;
  const c = diff.connections;
  return (
    <section className="interop-diff" data-testid="compare-diff">
      <div className="interop-head">
        <h3>{t('interop.diff.title', { a: file, b: t('interop.ui.openDesign') })}</h3>
        <button type="button" onClick={() => setInterop({ baseline: null })}>
          {t('interop.ui.clear')}
        </button>
      </div>
      {diff.newErrors > 0 && (
        <p className="interop-new-errors">{t('interop.diff.newErrors', { count: diff.newErrors })}</p>
      )}
      <h4>
        {t('interop.diff.resources', {
          added: r.added.length,
          removed: r.removed.length,
          changed: r.changed.length,
        })}
      </h4>
      <ul>
        {r.added.map((x) => (
          <li key={`+${x.id}`} className="diff-added">
            <button type="button" onClick={() => focus(x.id)}>
              + {x.name ?? x.id} ({x.type})
            </button>
          </li>
        ))}
        {r.removed.map((x) => (
          <li key={`-${x.id}`} className="diff-removed">
            − {x.name ?? x.id} ({x.type})
          </li>
        ))}
        {r.changed.map((x) => (
          <li key={`~${x.id}`} className="diff-changed">
            <button type="button" onClick={() => focus(x.id)}>
              ~ {x.id}: {x.changes.map((change) => change.field).join(', ')}
            </button>
          </li>
        ))}
      </ul>
      <h4>
        {t('interop.diff.connections', {
          added: c.added.length,
          removed: c.removed.length,
          changed: c.changed.length,
        })}
      </h4>
      <h4>
        {t('interop.diff.findings', {
          added: diff.findings.added.length,
          resolved: diff.findings.resolved.length,
        })}
      </h4>
      <ul>
        {diff.findings.added.map((f, i) => (
          <li key={`f+${i}`} className={`diff-added severity-${f.severity}`}>
            + {f.message}
          </li>
        ))}
        {diff.findings.resolved.map((f, i) => (
          <li key={`f-${i}`} className="diff-removed">
            − {f.message}
          </li>
        ))}
      </ul>
      <h4>{t('interop.diff.reachability', { count: diff.reachability.length })}</h4>
      <ul>
        {diff.reachability.map((v) => (
          <li key={v.connection} className={v.after?.reachable ? 'diff-added' : 'diff-removed'}>
            {v.from} → {v.to}:{' '}
            {v.before
              ? t(v.before.reachable ? 'interop.diff.verdict.reachable' : 'interop.diff.verdict.blocked')
              : t('interop.diff.verdict.absent')}{' '}
            →{' '}
            {v.after
              ? t(v.after.reachable ? 'interop.diff.verdict.reachable' : 'interop.diff.verdict.blocked')
              : t('interop.diff.verdict.absent')}
            {v.after?.reason ? ` (${v.after.reason})` : ''}
          </li>
        ))}
      </ul>
      {diff.cost && (
        <h4 data-testid="compare-cost">
          {t('interop.diff.cost', {
            before: formatUsd(diff.cost.before),
            after: formatUsd(diff.cost.after),
            delta: signed(diff.cost.delta),
          })}
        </h4>
      )}
    </section>
  );
}

export function InteropPanel() {
  const t = useT();
  const locale = useLocale();
  const design = useDerivedDesign();
  const { baseline, imported } = useInterop();
  const diff = useMemo(
    () => (baseline ? diffDesigns(baseline.design, design, locale) : null),
    [baseline, design, locale],
  );
  useEffect(() => markDiff(diff), [diff]);
  if (!diff && !imported) return <p className="panel-empty">{t('interop.ui.empty')}</p>;
  return (
    <div className="interop-panel">
      {diff && baseline && <DiffView diff={diff} file={baseline.file} />}
      <ImportReportView />
    </div>
  );
}

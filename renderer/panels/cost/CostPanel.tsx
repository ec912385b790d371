/**
 * Cost: the estimated monthly cost of the design, live, line by line, in USD and KRW.
 *
 * The region switch is a view override (store.regionOverride), not an edit: comparing what the
 * same design costs in Seoul is a question, so it must not dirty the file, add an undo step or
 * change what `skyplan cost` prints for the file. When the override differs from the design's
 * own region the panel says so, and one button makes it the design's region (a normal edit).
 */
import { useMemo } from 'react';
import type { MessageKey } from '../../../shared/i18n/index';
import { isMessageKey } from '../../../shared/i18n/index';
import { SUPPORTED_REGIONS } from '../../../shared/cost/index';
import { useCost, useDerivedDesign, useRegion } from '../../engine/index';
import { useLocale, useT } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/index';
import { costView } from './model';
import { FreeRow, Row } from './CostRows';
import '../panels.css';
import { setRegion } from '../../../shared/edit/index';

function regionName(t: ReturnType<typeof useT>, region: string): string {
  const key = `costPanel.region.${region}`;
  return isMessageKey(key) ? `${t(key as MessageKey)} · ${region}` : region;
}

export function CostPanel() {
  const t = useT();
  const locale = useLocale();
  const store = useEditorStore();
  // Deferred like the findings: an edit paints first, the re-priced panel follows.
  const design = useDerivedDesign();
  const designRegion = useEditor((state) => state.design.region);
  const override = useEditor((state) => state.regionOverride);
  const region = useRegion();
  const result = useCost();
  const view = useMemo(
    () => (result.ok ? costView(result.report, design, locale) : null),
    [result, design, locale],
  );
  const regions = SUPPORTED_REGIONS.includes(designRegion)
    ? SUPPORTED_REGIONS
    : [designRegion, ...SUPPORTED_REGIONS];

  return (
    <div className="cost" data-testid="cost-panel">
      <div className="cost-header">
        <div className="cost-total">
          <span className="cost-total-label">{t('costPanel.total')}</span>
          <span className="cost-total-usd" data-testid="cost-total">
            {view ? view.totalUsd : '—'}
            {view?.estimate && (
              <span className="cost-estimate" title={t('costPanel.estimateHint')}>
                *
              </span>
            )}
          </span>
          {view && (
            <span className="cost-total-krw" data-testid="cost-total-krw" title={view.rate}>
              {view.totalKrw}
            </span>
          )}
        </div>
        <label className="cost-region">
          {t('costPanel.region')}{' '}
          <select
            data-testid="cost-region"
            value={region}
            onChange={(event) =>
              store.setRegionOverride(event.target.value === designRegion ? null : event.target.value)
            }
          >
            {regions.map((code) => (
              <option key={code} value={code} disabled={!SUPPORTED_REGIONS.includes(code)}>
                {regionName(t, code)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {override !== null && override !== designRegion && (
        <p className="cost-override" data-testid="cost-override">
          {t('costPanel.regionOverride', { region: override, designRegion })}{' '}
          <button
            type="button"
            onClick={() => {
              store.perform(setRegion, { region: override });
              store.setRegionOverride(null);
            }}
          >
            {t('costPanel.useRegion', { region: override })}
          </button>
        </p>
      )}
      {!result.ok && <p className="panel-empty">{t('costPanel.unsupported', { region: result.region })}</p>}
      {view && view.rows.length === 0 && view.free.length === 0 && (
        <p className="panel-empty">{t('costPanel.empty')}</p>
      )}
      {view && (view.rows.length > 0 || view.free.length > 0) && (
        <table className="cost-table">
          <thead>
            <tr>
              <th scope="col">{t('costPanel.resource')}</th>
              <th scope="col" className="num">
                {t('costPanel.monthlyUsd')}
              </th>
              <th scope="col" className="num" title={view.rate}>
                {t('costPanel.monthlyKrw')}
              </th>
            </tr>
          </thead>
          {view.rows.map((row) => (
            <Row key={row.resource} row={row} />
          ))}
          {view.free.length > 0 && <FreeRow items={view.free} />}
        </table>
      )}
      {view && (
        <div className="cost-notes">
          <p className="cost-rate">
            {view.rate}
            {view.estimate && ` · * ${t('costPanel.estimateHint')}`}
          </p>
          {view.hints.length > 0 && (
            <section data-testid="cost-hints">
              <h3>{t('costPanel.savings')}</h3>
              <ul>
                {view.hints.map((hint, index) => (
                  <li key={`${hint.id}:${index}`}>
                    {hint.message}
                    {hint.savings && <strong> ({hint.savings})</strong>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <details className="cost-assumptions">
            <summary>{t('costPanel.assumptions')}</summary>
            <ul>
              {view.assumptions.map((assumption) => (
                <li key={assumption.key}>
                  <span className="cost-assumption-subject">{assumption.subject}</span> · {assumption.label}:{' '}
                  <strong>{assumption.value}</strong>
                  {assumption.isDefault && (
                    <span className="cost-default"> ({t('costPanel.assumedDefault')})</span>
                  )}
                </li>
              ))}
            </ul>
          </details>
        </div>
      )}
    </div>
  );
}

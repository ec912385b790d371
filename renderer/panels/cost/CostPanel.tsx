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
import { useCanvasActions } from '../../canvas/actions';
import { useCost, useDerivedDesign, useRegion } from '../../engine/index';
import { useLocale, useT } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/index';
import { costView } from './model';
import type { CostRowView } from './model';
import '../panels.css';
import { setRegion } from '../../../shared/edit/index';

function regionName(t: ReturnType<typeof useT>, region: string): string {
  const key = `costPanel.region.${region}`;
  return isMessageKey(key) ? `${t(key as MessageKey)} · ${region}` : region;
}

function Row({ row }: { row: CostRowView }) {
  const t = useT();
  const store = useEditorStore();
  const canvas = useCanvasActions();
  return (
    <tbody className="cost-item" data-testid="cost-row" data-resource={row.resource}>
      <tr
        className="cost-item-head"
        onClick={() => {
          store.select([row.resource]);
          canvas.frame([row.resource]);
        }}
      >
        <th scope="row">
          <button type="button" className="cost-item-name">
            {row.label}
            {row.kind && <span className="cost-kind"> {row.kind}</span>}
          </button>
          <span
            className="cost-bar"
            style={{ width: `${Math.round(row.share * 100)}%` }}
            aria-hidden="true"
          />
        </th>
        <td className="num">
          {row.usd}
          {row.estimate && (
            <span className="cost-estimate" title={t('costPanel.estimateHint')}>
              *
            </span>
          )}
        </td>
        <td className="num">{row.krw}</td>
      </tr>
      {row.lines.map((line) => (
        <tr key={line.id} className={`cost-line${line.unpriced ? ' unpriced' : ''}`}>
          <td>
            <span className="cost-line-description">{line.description}</span>
            <span className="cost-line-detail">{line.detail}</span>
            {line.note && <span className="cost-line-note">{line.note}</span>}
          </td>
          <td className="num">
            {line.usd}
            {line.estimate && (
              <span className="cost-estimate" title={t('costPanel.estimateHint')}>
                {' '}
                {t('costPanel.estimate')}
              </span>
            )}
          </td>
          <td className="num">{line.krw}</td>
        </tr>
      ))}
    </tbody>
  );
}

/** Every free resource on one line; each name still selects its resource. */
function FreeRow({ items }: { items: { resource: string; label: string }[] }) {
  const t = useT();
  const store = useEditorStore();
  const canvas = useCanvasActions();
  return (
    <tbody className="cost-item cost-free-row" data-testid="cost-free">
      <tr>
        <th scope="row">
          {t('costPanel.freeResources', { count: items.length })}
          {': '}
          {items.map((item, index) => (
            <span key={item.resource}>
              {index > 0 && ', '}
              <button
                type="button"
                className="cost-item-name"
                onClick={() => {
                  store.select([item.resource]);
                  canvas.frame([item.resource]);
                }}
              >
                {item.label}
              </button>
            </span>
          ))}
        </th>
        <td className="num cost-free">{t('costPanel.free')}</td>
        <td className="num" />
      </tr>
    </tbody>
  );
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

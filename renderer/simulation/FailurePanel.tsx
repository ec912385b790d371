/**
 * Failure mode: take an AZ or one resource out of service and see, on the canvas and here, which
 * connections break and why (one NAT gateway in AZ a takes down AZ b's egress) and which
 * survive (an ALB in two AZs). When something broke, the priced alternative is one NAT gateway
 * per AZ: traced under the same failure, and its monthly cost compared with the design's.
 */
import { useEffect, useMemo, useState } from 'react';
import { t as translate } from '../../shared/i18n/index';
import { useCanvasActions } from '../canvas/actions';
import { useLocale, useT } from '../i18n';
import { useEditor, useEditorStore } from '../store/index';
import { failableResources, failureView, labelOf, zonesOfDesign } from './model';
import './simulation.css';

const usd = (value: number): string => value.toFixed(2);

export function FailurePanel() {
  const t = useT();
  const locale = useLocale();
  const store = useEditorStore();
  const canvas = useCanvasActions();
  const design = useEditor((state) => state.design);
  const failed = useEditor((state) => state.simulation.failed);
  const regionOverride = useEditor((state) => state.regionOverride);
  const [pick, setPick] = useState('');
  const region = regionOverride ?? design.region;

  const view = useMemo(() => failureView(design, failed, region), [design, failed, region]);
  const broken = view?.report.broken;
  useEffect(() => {
    store.setSimulation({ broken: broken ?? [] });
  }, [broken, store]);
  useEffect(() => () => store.setSimulation({ broken: [] }), [store]);

  const setFailed = (azs: string[], resources: string[]): void =>
    store.setSimulation({ failed: { azs, resources } });
  const toggleAz = (az: string): void =>
    setFailed(
      failed.azs.includes(az) ? failed.azs.filter((a) => a !== az) : [...failed.azs, az].sort(),
      failed.resources,
    );
  const zones = zonesOfDesign(design);
  const candidates = failableResources(design).filter((r) => !failed.resources.includes(r.id));

  return (
    <div className="failure" data-testid="failure-panel">
      <div className="failure-controls">
        <fieldset>
          <legend>{t('simulate.failure.azs')}</legend>
          {zones.map((az) => (
            <label key={az} className="failure-az">
              <input
                type="checkbox"
                data-testid={`fail-az-${az}`}
                checked={failed.azs.includes(az)}
                onChange={() => toggleAz(az)}
              />{' '}
              {t('simulate.failure.az', { az })}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('simulate.failure.resource')}</legend>
          <select data-testid="fail-resource" value={pick} onChange={(event) => setPick(event.target.value)}>
            <option value="">{t('simulate.pick.none')}</option>
            {candidates.map((r) => (
              <option key={r.id} value={r.id}>
                {labelOf(design, r.id)}
              </option>
            ))}
          </select>{' '}
          <button
            type="button"
            data-testid="fail-resource-add"
            disabled={!pick}
            onClick={() => {
              setFailed(failed.azs, [...failed.resources, pick]);
              setPick('');
            }}
          >
            {t('simulate.failure.add')}
          </button>
          {failed.resources.map((id) => (
            <button
              key={id}
              type="button"
              className="failure-chip"
              onClick={() =>
                setFailed(
                  failed.azs,
                  failed.resources.filter((r) => r !== id),
                )
              }
            >
              {labelOf(design, id)} ×
            </button>
          ))}
        </fieldset>
        <button type="button" data-testid="fail-clear" disabled={!view} onClick={() => setFailed([], [])}>
          {t('simulate.failure.clear')}
        </button>
      </div>

      {!view ? (
        <p className="panel-empty">{t('simulate.failure.none')}</p>
      ) : (
        <div className="failure-report" data-testid="failure-report">
          <p className="panel-summary">
            {t('simulate.failure.failedList', {
              items: [
                ...failed.azs.map((az) => t('simulate.failure.az', { az })),
                ...failed.resources.map((id) => labelOf(design, id)),
              ].join(', '),
            })}
          </p>
          {view.report.broken.length === 0 && (
            <p className="sim-outcome ok">{t('simulate.failure.allGood')}</p>
          )}
          {view.report.broken.length > 0 && (
            <>
              <h3 className="failure-broken-title">
                {t('simulate.failure.broken', { count: view.report.broken.length })}
              </h3>
              <ul className="failure-list">
                {view.report.impacts
                  .filter((impact) => impact.status === 'broken')
                  .map((impact) => {
                    const block = impact.blocked;
                    const reason = block
                      ? `${block.code}: ${translate(locale, block.message, block.params)}`
                      : '';
                    return (
                      <li key={impact.connection}>
                        <button
                          type="button"
                          className="failure-broken"
                          data-testid="failure-broken"
                          data-connection={impact.connection}
                          onClick={() => {
                            store.setSimulation({
                              focus: {
                                connection: impact.connection,
                                resource: block?.resource,
                                blocked: true,
                              },
                            });
                            const connection = design.connections.find((c) => c.id === impact.connection);
                            canvas.frame(
                              [connection?.from, connection?.to, block?.resource].filter(
                                (id): id is string => !!id,
                              ),
                            );
                          }}
                        >
                          {t('simulate.failure.brokenItem', {
                            connection: labelOf(design, impact.connection),
                            reason,
                          })}
                        </button>
                      </li>
                    );
                  })}
              </ul>
            </>
          )}
          {view.report.survived.length > 0 && (
            <>
              <h3>{t('simulate.failure.survived', { count: view.report.survived.length })}</h3>
              <ul className="failure-list">
                {view.report.survived.map((id) => (
                  <li key={id} data-testid="failure-survived">
                    {t('simulate.failure.survivedItem', { connection: labelOf(design, id) })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {view.report.broken.length > 0 && (
            <section className="failure-alternative" data-testid="failure-alternative">
              <h3>{t('simulate.resilience.title')}</h3>
              {view.alternative ? (
                <>
                  <p>
                    {t('simulate.resilience.natPerAz', {
                      added: view.alternative.alternative.added.join(', '),
                    })}
                  </p>
                  <p>
                    {t('simulate.resilience.survives', {
                      count: view.alternative.survives,
                      total: view.report.broken.length,
                    })}
                  </p>
                  {view.alternative.before !== null && view.alternative.after !== null && (
                    <p data-testid="failure-delta">
                      {t('simulate.resilience.delta', {
                        delta: usd(view.alternative.after - view.alternative.before),
                        before: usd(view.alternative.before),
                        after: usd(view.alternative.after),
                      })}
                    </p>
                  )}
                </>
              ) : (
                <p>{t('simulate.resilience.none')}</p>
              )}
            </section>
          )}
        </div>
      )}
    </div>
  );
}

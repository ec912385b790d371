/**
 * Named scenarios: sets of flows saved in the design (top-level "scenarios"), like Packet
 * Tracer's scenario list. Saving is a normal edit (undoable, saved with the file); "Run all"
 * traces every flow and says which get through.
 */
import { useMemo, useState } from 'react';
import { deleteScenario, saveScenarioFlow } from '../../shared/edit/index';
import { scenariosOf } from '../../shared/model/scenarios';
import type { Flow } from '../../shared/simulate/steps';
import { useLocale, useT } from '../i18n';
import { useEditor, useEditorStore } from '../store/index';
import { flowText, simulateFlow } from './model';

export function ScenarioSection({ current, onRun }: { current: Flow | null; onRun(flow: Flow): void }) {
  const t = useT();
  const locale = useLocale();
  const store = useEditorStore();
  const design = useEditor((state) => state.design);
  const failed = useEditor((state) => state.simulation.failed);
  const scenarios = useMemo(() => scenariosOf(design), [design]);
  const [name, setName] = useState('');
  const [ranAll, setRanAll] = useState<string | null>(null);

  const save = (): void => {
    if (!current) return;
    const wanted = name.trim() || t('simulate.scenario.defaultName', { n: scenarios.length + 1 });
    store.perform(saveScenarioFlow, { name: wanted, flow: current });
  };

  const remove = (id: string): void => {
    store.perform(deleteScenario, { id });
  };

  return (
    <section className="sim-scenarios" data-testid="sim-scenarios">
      <h3>{t('simulate.scenarios')}</h3>
      {scenarios.length === 0 && <p className="panel-empty">{t('simulate.scenario.none')}</p>}
      {scenarios.map((scenario) => {
        const results =
          ranAll === scenario.id ? scenario.flows.map((flow) => simulateFlow(design, flow, failed)) : null;
        const reachable = results?.filter((r) => r?.reachable).length ?? 0;
        return (
          <div key={scenario.id} className="sim-scenario" data-testid="sim-scenario">
            <div className="sim-scenario-head">
              <strong>{scenario.name}</strong>
              <button type="button" onClick={() => setRanAll(scenario.id)}>
                {t('simulate.scenario.run')}
              </button>
              <button
                type="button"
                aria-label={t('simulate.scenario.delete')}
                title={t('simulate.scenario.delete')}
                onClick={() => remove(scenario.id)}
              >
                ×
              </button>
            </div>
            {results && (
              <p className="panel-summary">
                {t('simulate.scenario.summary', { reachable, total: results.length })}
              </p>
            )}
            <ul>
              {scenario.flows.map((flow, index) => {
                const result = results?.[index];
                return (
                  <li key={index}>
                    <button type="button" className="sim-flow" onClick={() => onRun(flow)}>
                      {result !== undefined && (
                        <span className={result?.reachable ? 'sim-ok' : 'sim-bad'}>
                          {result?.reachable ? '✓' : '✗'}{' '}
                        </span>
                      )}
                      {flowText(design, flow, locale)}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      {current && (
        <div className="sim-scenario-save">
          <input
            aria-label={t('simulate.scenario.name')}
            placeholder={t('simulate.scenario.name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="button" data-testid="sim-save-scenario" onClick={save}>
            {t('simulate.scenario.save')}
          </button>
        </div>
      )}
    </section>
  );
}

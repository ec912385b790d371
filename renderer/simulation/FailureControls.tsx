/**
 * What to take out of service: whole AZs (checkboxes) and single resources (a picker that adds
 * a chip; a click on the chip brings the resource back). The failed set lives in the store's
 * session state (never in the file), so the canvas greys what failed.
 */
import { useState } from 'react';
import type { FailedSet } from '../../shared/simulate/trace-shape';
import { useT } from '../i18n';
import { useEditor, useEditorStore } from '../store/index';
import { failableResources, labelOf, zonesOfDesign } from './model';

function ZoneBoxes({ failed, onChange }: { failed: FailedSet; onChange(azs: string[]): void }) {
  const t = useT();
  const design = useEditor((state) => state.design);
  const toggle = (az: string): void =>
    onChange(failed.azs.includes(az) ? failed.azs.filter((a) => a !== az) : [...failed.azs, az].sort());
  return (
    <fieldset>
      <legend>{t('simulate.failure.azs')}</legend>
      {zonesOfDesign(design).map((az) => (
        <label key={az} className="failure-az">
          <input
            type="checkbox"
            data-testid={`fail-az-${az}`}
            checked={failed.azs.includes(az)}
            onChange={() => toggle(az)}
          />{' '}
          {t('simulate.failure.az', { az })}
        </label>
      ))}
    </fieldset>
  );
}

function ResourcePicker({ failed, onChange }: { failed: FailedSet; onChange(resources: string[]): void }) {
  const t = useT();
  const design = useEditor((state) => state.design);
  const [pick, setPick] = useState('');
  const candidates = failableResources(design).filter((r) => !failed.resources.includes(r.id));
  return (
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
          onChange([...failed.resources, pick]);
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
          onClick={() => onChange(failed.resources.filter((r) => r !== id))}
        >
          {labelOf(design, id)} ×
        </button>
      ))}
    </fieldset>
  );
}

export function FailureControls({ canClear }: { canClear: boolean }) {
  const t = useT();
  const store = useEditorStore();
  const failed = useEditor((state) => state.simulation.failed);
  const setFailed = (azs: string[], resources: string[]): void =>
    store.setSimulation({ failed: { azs, resources } });
  return (
    <div className="failure-controls">
      <ZoneBoxes failed={failed} onChange={(azs) => setFailed(azs, failed.resources)} />
      <ResourcePicker failed={failed} onChange={(resources) => setFailed(failed.azs, resources)} />
      <button type="button" data-testid="fail-clear" disabled={!canClear} onClick={() => setFailed([], [])}>
        {t('simulate.failure.clear')}
      </button>
    </div>
  );
}

/** References to other resources: one (a select) or several (checkboxes). */
import type { FieldSpec } from '../../../shared/catalog/index';
import type { Design, Resource } from '../../../shared/model/types';
import { useT } from '../../i18n';
import { referenceCandidates } from '../routeTargets';
import { Row } from '../inputs';
import type { FieldProps } from './field';
import { fieldBasics } from './field';

function resourceLabel(resource: Resource): string {
  return resource.name ? `${resource.name} (${resource.id})` : resource.id;
}

function candidates(design: Design, field: FieldSpec, self: Resource, chosen: readonly string[]): Resource[] {
  return referenceCandidates(design, self, field.refTypes ?? [], chosen);
}

export function RefField(props: FieldProps) {
  const t = useT();
  const { field, design, resource, setProp } = props;
  const { raw, label, testId } = fieldBasics(t, props);
  const options = candidates(design, field, resource, typeof raw === 'string' ? [raw] : []);
  return (
    <Row label={label}>
      <select
        aria-label={label}
        data-testid={testId}
        value={typeof raw === 'string' ? raw : ''}
        onChange={(event) => setProp(field.key, event.target.value === '' ? undefined : event.target.value)}
      >
        <option value="">{t('ui.inspector.none')}</option>
        {/* A dangling reference stays visible, so it can be seen and fixed. */}
        {typeof raw === 'string' && !options.some((o) => o.id === raw) && <option value={raw}>{raw}</option>}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {resourceLabel(option)}
          </option>
        ))}
      </select>
    </Row>
  );
}

export function RefsField(props: FieldProps) {
  const t = useT();
  const { field, design, resource, setProp } = props;
  const { raw, label, testId } = fieldBasics(t, props);
  const chosen = Array.isArray(raw) ? (raw as string[]) : [];
  const options = candidates(design, field, resource, chosen);
  return (
    <Row label={label}>
      <div className="refs" data-testid={testId}>
        {options.length === 0 && <span className="muted">{t('ui.inspector.none')}</span>}
        {options.map((option) => (
          <label key={option.id} className="ref-option">
            <input
              type="checkbox"
              checked={chosen.includes(option.id)}
              onChange={(event) =>
                setProp(
                  field.key,
                  event.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id),
                )
              }
            />
            {resourceLabel(option)}
          </label>
        ))}
      </div>
    </Row>
  );
}

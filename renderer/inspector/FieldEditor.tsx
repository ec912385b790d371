/** One catalog field, edited with the control its kind calls for. */
import type { FieldSpec } from '../../shared/catalog/index';
import { isMessageKey } from '../../shared/i18n/index';
import type {
  Design,
  Listener,
  NetworkAclRule,
  Resource,
  Route,
  SecurityGroupRule,
} from '../../shared/model/types';
import { useT } from '../i18n';
import { cidrCheck, CommitText, numberCheck, Row } from './inputs';
import { ListenersEditor, NaclRulesEditor, RoutesEditor, SgRulesEditor } from './tables';
import { fieldLabel } from './useEdit';
import { routeTargetsFor } from './routeTargets';

const AZ_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f'];

function resourceLabel(resource: Resource): string {
  return resource.name ? `${resource.name} (${resource.id})` : resource.id;
}

function candidates(design: Design, field: FieldSpec, self: Resource): Resource[] {
  const types = new Set(field.refTypes ?? []);
  return design.resources.filter((r) => types.has(r.type) && r.id !== self.id);
}

function vpcCidrOf(design: Design, resource: Resource): string | undefined {
  const parent = design.resources.find((r) => r.id === resource.parent);
  return parent?.type === 'vpc' ? parent.props.cidr : undefined;
}

export function FieldEditor({
  field,
  resource,
  design,
  setProp,
}: {
  field: FieldSpec;
  resource: Resource;
  design: Design;
  setProp: (key: string, value: unknown) => void;
}) {
  const t = useT();
  const props = resource.props as Record<string, unknown>;
  const raw = props[field.key];
  const value = raw ?? field.default;
  const label = fieldLabel(t, field.key);
  const unitKey = field.unit ? `unit.${field.unit}` : '';
  const unit = unitKey && isMessageKey(unitKey) ? t(unitKey) : undefined;
  const testId = `field-${field.key}`;

  switch (field.kind) {
    case 'text':
      return (
        <Row label={label}>
          <CommitText
            value={typeof raw === 'string' ? raw : ''}
            placeholder={field.default !== undefined ? String(field.default) : undefined}
            label={label}
            testId={testId}
            onCommit={(text) => setProp(field.key, text.trim() === '' ? undefined : text.trim())}
          />
        </Row>
      );
    case 'cidr':
      return (
        <Row label={label}>
          <CommitText
            value={typeof raw === 'string' ? raw : ''}
            check={cidrCheck(t, !field.required)}
            label={label}
            testId={testId}
            onCommit={(text) => setProp(field.key, text.trim() === '' ? undefined : text.trim())}
          />
        </Row>
      );
    case 'integer':
    case 'number':
      return (
        <Row label={label}>
          <span className="with-unit">
            <CommitText
              value={typeof raw === 'number' ? String(raw) : ''}
              placeholder={field.default !== undefined ? String(field.default) : undefined}
              check={numberCheck(t, field.kind === 'integer', field.min, field.max, !field.required)}
              label={label}
              testId={testId}
              inputMode={field.kind === 'integer' ? 'numeric' : 'decimal'}
              onCommit={(text) => setProp(field.key, text.trim() === '' ? undefined : Number(text))}
            />
            {unit && <span className="unit">{unit}</span>}
          </span>
        </Row>
      );
    case 'boolean':
      return (
        <Row label={label}>
          <input
            type="checkbox"
            aria-label={label}
            data-testid={testId}
            checked={value === true}
            onChange={(event) => setProp(field.key, event.target.checked)}
          />
        </Row>
      );
    case 'enum':
      return (
        <Row label={label}>
          <select
            aria-label={label}
            data-testid={testId}
            value={typeof value === 'string' ? value : ''}
            onChange={(event) => setProp(field.key, event.target.value)}
          >
            {value === undefined && <option value="">{t('ui.inspector.none')}</option>}
            {(field.options ?? []).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </Row>
      );
    case 'az':
      return (
        <Row label={label}>
          <select
            aria-label={label}
            data-testid={testId}
            value={typeof value === 'string' ? value : 'a'}
            onChange={(event) => setProp(field.key, event.target.value)}
          >
            {AZ_LETTERS.map((letter) => (
              <option key={letter} value={letter}>
                {`${design.region}${letter}`}
              </option>
            ))}
          </select>
        </Row>
      );
    case 'ref': {
      const options = candidates(design, field, resource);
      return (
        <Row label={label}>
          <select
            aria-label={label}
            data-testid={testId}
            value={typeof raw === 'string' ? raw : ''}
            onChange={(event) =>
              setProp(field.key, event.target.value === '' ? undefined : event.target.value)
            }
          >
            <option value="">{t('ui.inspector.none')}</option>
            {typeof raw === 'string' && !options.some((o) => o.id === raw) && (
              <option value={raw}>{raw}</option>
            )}
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {resourceLabel(option)}
              </option>
            ))}
          </select>
        </Row>
      );
    }
    case 'refs': {
      const options = candidates(design, field, resource);
      const chosen = Array.isArray(raw) ? (raw as string[]) : [];
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
    case 'routes':
      return (
        <div className="field-block">
          <h4>{label}</h4>
          <RoutesEditor
            routes={Array.isArray(raw) ? (raw as Route[]) : []}
            targets={routeTargetsFor(design, resource, field.refTypes ?? [])}
            vpcCidr={vpcCidrOf(design, resource)}
            onChange={(routes) => setProp(field.key, routes)}
          />
        </div>
      );
    case 'sgRules':
      return (
        <div className="field-block">
          <SgRulesEditor
            title={label}
            testId={testId}
            rules={Array.isArray(raw) ? (raw as SecurityGroupRule[]) : undefined}
            groups={design.resources.filter((r) => r.type === 'security-group')}
            onChange={(rules) => setProp(field.key, rules)}
          />
          {raw === undefined && !field.required && (
            <p className="field-hint">{t('ui.inspector.allOutbound')}</p>
          )}
        </div>
      );
    case 'naclRules':
      return (
        <div className="field-block">
          <NaclRulesEditor
            title={label}
            rules={Array.isArray(raw) ? (raw as NetworkAclRule[]) : []}
            onChange={(rules) => setProp(field.key, rules)}
          />
        </div>
      );
    case 'listeners':
      return (
        <div className="field-block">
          <h4>{label}</h4>
          <ListenersEditor
            listeners={Array.isArray(raw) ? (raw as Listener[]) : []}
            onChange={(listeners) => setProp(field.key, listeners)}
          />
        </div>
      );
  }
}

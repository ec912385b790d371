/** Values picked from a set: a checkbox, a fixed or open list of options, an Availability Zone. */
import { ENDPOINT_SERVICE_PATTERN } from '../../../shared/catalog/index';
import { zoneLetters } from '../../../shared/edit/index';
import { useT } from '../../i18n';
import { CommitText, Row } from '../inputs';
import type { FieldProps } from './field';
import { fieldBasics } from './field';

export function BooleanField(props: FieldProps) {
  const t = useT();
  const { field, setProp } = props;
  const { value, label, testId } = fieldBasics(t, props);
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
}

/** An open list (a VPC endpoint's service): type any name, the known ones are offered. */
function OpenEnumField(props: FieldProps) {
  const t = useT();
  const { field, setProp } = props;
  const { value, label, testId } = fieldBasics(t, props);
  const listId = `${testId}-options`;
  return (
    <Row label={label}>
      <CommitText
        value={typeof value === 'string' ? value : ''}
        check={(text) =>
          ENDPOINT_SERVICE_PATTERN.test(text.trim()) ? null : t('inspector.openEnum.invalid')
        }
        label={label}
        testId={testId}
        list={listId}
        onCommit={(text) => setProp(field.key, text.trim())}
      />
      <datalist id={listId}>
        {(field.options ?? []).map((option) => (
          <option key={option} value={option} />
        ))}
      </datalist>
    </Row>
  );
}

export function EnumField(props: FieldProps) {
  const t = useT();
  const { field, setProp } = props;
  const { value, label, testId } = fieldBasics(t, props);
  if (field.open) return <OpenEnumField {...props} />;
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
}

/** The Region's zone letters, plus the current one when it is not among them (shown, so it can be fixed). */
function zonesFor(region: string, current: unknown): readonly string[] {
  const letters = zoneLetters(region);
  return typeof current === 'string' && !letters.includes(current) ? [...letters, current] : letters;
}

export function ZoneField(props: FieldProps) {
  const t = useT();
  const { field, design, setProp } = props;
  const { value, label, testId } = fieldBasics(t, props);
  return (
    <Row label={label}>
      <select
        aria-label={label}
        data-testid={testId}
        value={typeof value === 'string' ? value : 'a'}
        onChange={(event) => setProp(field.key, event.target.value)}
      >
        {zonesFor(design.region, value).map((letter) => (
          <option key={letter} value={letter}>
            {`${design.region}${letter}`}
          </option>
        ))}
      </select>
    </Row>
  );
}

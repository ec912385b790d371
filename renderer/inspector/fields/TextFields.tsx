/** Typed-in values: free text, a CIDR block, a number with its unit. Committed on Enter or blur. */
import { useT } from '../../i18n';
import { cidrCheck, CommitText, numberCheck, Row } from '../inputs';
import type { Check } from '../inputs';
import type { FieldProps } from './field';
import { fieldBasics, textOrNothing } from './field';

/** One text input for a string prop; the kinds below differ only in how they check what is typed. */
function StringInput({
  props,
  check,
  placeholder,
}: {
  props: FieldProps;
  check?: Check;
  placeholder?: string;
}) {
  const t = useT();
  const { field, setProp } = props;
  const { raw, label, testId } = fieldBasics(t, props);
  return (
    <Row label={label}>
      <CommitText
        value={typeof raw === 'string' ? raw : ''}
        placeholder={placeholder}
        check={check}
        label={label}
        testId={testId}
        onCommit={(text) => setProp(field.key, textOrNothing(text))}
      />
    </Row>
  );
}

export function TextField(props: FieldProps) {
  const fallback = props.field.default;
  return <StringInput props={props} placeholder={fallback !== undefined ? String(fallback) : undefined} />;
}

export function CidrField(props: FieldProps) {
  const t = useT();
  return <StringInput props={props} check={cidrCheck(t, !props.field.required)} />;
}

/** An IPv6 block (VPC /56, subnet /64); empty means IPv4 only. */
export function Ipv6CidrField(props: FieldProps) {
  const t = useT();
  return <StringInput props={props} check={cidrCheck(t, true, 'v6')} />;
}

export function NumberField(props: FieldProps) {
  const t = useT();
  const { field, setProp } = props;
  const { raw, label, testId, unit } = fieldBasics(t, props);
  const integer = field.kind === 'integer';
  return (
    <Row label={label}>
      <span className="with-unit">
        <CommitText
          value={typeof raw === 'number' ? String(raw) : ''}
          placeholder={field.default !== undefined ? String(field.default) : undefined}
          check={numberCheck(t, integer, field.min, field.max, !field.required)}
          label={label}
          testId={testId}
          inputMode={integer ? 'numeric' : 'decimal'}
          onCommit={(text) => setProp(field.key, text.trim() === '' ? undefined : Number(text))}
        />
        {unit && <span className="unit">{unit}</span>}
      </span>
    </Row>
  );
}

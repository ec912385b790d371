/** What every field editor receives, and the label, test id and unit derived from its spec. */
import type { FieldSpec } from '../../../shared/catalog/index';
import { isMessageKey } from '../../../shared/i18n/index';
import type { Translate } from '../../../shared/i18n/index';
import type { Design, Resource } from '../../../shared/model/types';
import { fieldLabel } from '../useEdit';

export interface FieldProps {
  field: FieldSpec;
  resource: Resource;
  design: Design;
  setProp: (key: string, value: unknown) => void;
}

export interface FieldBasics {
  /** The prop as stored (undefined when the document leaves it out). */
  raw: unknown;
  /** The prop, or the default the engine assumes. */
  value: unknown;
  label: string;
  testId: string;
  unit: string | undefined;
}

export function fieldBasics(t: Translate, { field, resource }: FieldProps): FieldBasics {
  const raw = (resource.props as Record<string, unknown>)[field.key];
  const unitKey = field.unit ? `unit.${field.unit}` : '';
  return {
    raw,
    value: raw ?? field.default,
    label: fieldLabel(t, field.key),
    testId: `field-${field.key}`,
    unit: unitKey && isMessageKey(unitKey) ? t(unitKey) : undefined,
  };
}

/** Text that clears the prop when empty (the engine then assumes the default). */
export function textOrNothing(text: string): string | undefined {
  return text.trim() === '' ? undefined : text.trim();
}

/**
 * One catalog field, edited with the control its kind calls for. Each kind's control lives in
 * fields/ (typed-in values, choices, references, tables); this only picks one.
 */
import type { FieldKind } from '../../shared/catalog/index';
import type { ComponentType } from 'react';
import type { FieldProps } from './fields/field';
import { BooleanField, EnumField, ZoneField } from './fields/ChoiceFields';
import { RefField, RefsField } from './fields/RefFields';
import { ListenersField, NaclRulesField, RoutesField, SgRulesField } from './fields/TableFields';
import { CidrField, Ipv6CidrField, NumberField, TextField } from './fields/TextFields';

const EDITORS: Record<FieldKind, ComponentType<FieldProps>> = {
  text: TextField,
  cidr: CidrField,
  integer: NumberField,
  number: NumberField,
  boolean: BooleanField,
  enum: EnumField,
  az: ZoneField,
  ref: RefField,
  refs: RefsField,
  routes: RoutesField,
  sgRules: SgRulesField,
  naclRules: NaclRulesField,
  listeners: ListenersField,
  ipv6Cidr: Ipv6CidrField,
};

export function FieldEditor(props: FieldProps) {
  const Editor = EDITORS[props.field.kind];
  return <Editor {...props} />;
}

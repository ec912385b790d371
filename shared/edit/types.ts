/**
 * The vocabulary of the headless editor: operation labels and refusals are message keys with
 * params (translated when shown, so switching language re-translates them), and every
 * operation returns a result that either carries a value or says why it was refused.
 */
import type { MessageKey } from '../i18n/index';
import type { Design } from '../model/types';

/** A param of a label or refusal: text, a number, a nested message, or a list (joined by ", "). */
export type MessageParam = string | number | Message | readonly MessageParam[];

/** A message to translate later: the history label of an operation, or a refusal. */
export interface Message {
  key: MessageKey;
  params?: Readonly<Record<string, MessageParam>>;
}

/** The history label of an operation ("Add NAT gateway"), translated when shown. */
export type OperationLabel = Message;

/** Why an operation did nothing, and where possible what would work ("Put it in: Subnet"). */
export type Refusal = Message;

export type EditResult<T = void> = { ok: true; value: T } | { ok: false; refusal: Refusal };

/**
 * A named document operation. `run` mutates `draft` (an immer draft in the store, a plain copy
 * in tests) and must leave it untouched when it refuses, so a refused operation records no
 * history entry. `label` names the entry in the undo menu.
 */
export interface Operation<A, R = void> {
  name: string;
  /** Computed on the document before the operation runs. */
  label(args: A, design: Design): OperationLabel;
  run(draft: Design, args: A): EditResult<R>;
}

export interface Point {
  x: number;
  y: number;
}

export function ok<T>(value: T): EditResult<T>;
export function ok(): EditResult<void>;
export function ok<T>(value?: T): EditResult<T | undefined> {
  return { ok: true, value };
}

export function refuse<T = never>(key: MessageKey, params?: Record<string, MessageParam>): EditResult<T> {
  return { ok: false, refusal: params ? { key, params } : { key } };
}

/** A nested message param naming a resource type ("NAT gateway"). */
export function typeName(type: string): Message {
  return { key: `type.${type}` as MessageKey };
}

/** Declares an operation; the object is what callers pass to `store.perform` and `TestEditor.do`. */
export function operation<A, R = void>(
  name: string,
  label: (args: A, design: Design) => OperationLabel,
  run: (draft: Design, args: A) => EditResult<R>,
): Operation<A, R> {
  return { name, label, run };
}

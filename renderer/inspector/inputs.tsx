/**
 * Inspector inputs. Text-like inputs keep a local draft while the user types, check it as they
 * type (the message shows inline), and commit on blur or Enter only when valid: one committed
 * value = one undo entry, never one per keystroke. Escape restores the stored value.
 */
import { useId, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { parseCidr } from '../../shared/network/cidr';
import { parseCidr6 } from '../../shared/network/cidr6';
import type { Translate } from '../../shared/i18n/index';

/** Returns an error message, or null when the text is acceptable. */
export type Check = (text: string) => string | null;

interface CommitTextProps {
  value: string;
  onCommit: (text: string) => void;
  check?: Check;
  placeholder?: string;
  label?: string;
  testId?: string;
  className?: string;
  /** Empty text commits as "" (the caller decides what that means, usually: remove the prop). */
  inputMode?: 'text' | 'numeric' | 'decimal';
  /** Id of a <datalist> whose options the input suggests while typing. */
  list?: string;
}

export function CommitText({
  value,
  onCommit,
  check,
  placeholder,
  label,
  testId,
  className,
  inputMode,
  list,
}: CommitTextProps) {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const [shown, setShown] = useState(value);
  const errorId = useId();
  // Follow the stored value (undo, another view's edit) unless the user is typing; adjusting
  // state during render avoids an extra effect pass.
  if (shown !== value && !editing) {
    setShown(value);
    setDraft(value);
  }
  const error = check ? check(draft) : null;

  function commit() {
    setEditing(false);
    if (error) return;
    if (draft !== value) onCommit(draft);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      setDraft(value);
      setEditing(false);
      event.currentTarget.blur();
    }
  }

  return (
    <span className={`commit-text ${className ?? ''}`}>
      <input
        type="text"
        value={draft}
        placeholder={placeholder}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        data-testid={testId}
        inputMode={inputMode}
        list={list}
        onChange={(event) => {
          setEditing(true);
          setDraft(event.target.value);
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

/** `family`: which blocks the place takes; routes and NACL rules take IPv4 and IPv6 ("any"). */
export function cidrCheck(t: Translate, optional = false, family: 'v4' | 'v6' | 'any' = 'v4'): Check {
  return (text) => {
    if (optional && text.trim() === '') return null;
    const cidr =
      family === 'v4'
        ? parseCidr(text)
        : family === 'v6'
          ? parseCidr6(text)
          : (parseCidr(text) ?? parseCidr6(text));
    if (!cidr) return t('ui.inspector.invalidCidr');
    if (cidr.hostBitsSet) return t('ui.inspector.hostBits', { suggestion: cidr.canonical });
    return null;
  };
}

export function numberCheck(
  t: Translate,
  integer: boolean,
  min?: number,
  max?: number,
  optional = true,
): Check {
  return (text) => {
    if (text.trim() === '') return optional ? null : t('ui.inspector.invalidNumber');
    const value = Number(text);
    if (!Number.isFinite(value)) return t('ui.inspector.invalidNumber');
    if (integer && !Number.isInteger(value)) return t('ui.inspector.invalidInteger');
    if (min !== undefined && value < min) return t('ui.inspector.belowMin', { min });
    if (max !== undefined && value > max) return t('ui.inspector.aboveMax', { max });
    return null;
  };
}

const PORTS = /^(\d{1,5})(?:-(\d{1,5}))?$/;
export function portsCheck(t: Translate): Check {
  return (text) => {
    if (text.trim() === '') return null;
    const match = PORTS.exec(text.trim());
    const from = Number(match?.[1]);
    const to = match?.[2] !== undefined ? Number(match[2]) : from;
    if (!match || from > 65535 || to > 65535 || from > to) return t('ui.inspector.invalidPorts');
    return null;
  };
}

/** A labelled row: label on the left, control on the right, optional hint below. */
export function Row({ label, hint, children }: { label: string; hint?: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="field-row" role="group" aria-labelledby={id}>
      <span className="field-label" id={id}>
        {label}
      </span>
      <div className="field-control">
        {children}
        {hint && <span className="field-hint">{hint}</span>}
      </div>
    </div>
  );
}

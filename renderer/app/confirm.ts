/**
 * The app's own yes/no question, in place of the browser's `confirm()` (which blocks the page,
 * cannot be styled or translated beyond its text, and is suppressed in some embeddings).
 *
 * A tiny external store: any code (a command, a panel button) calls `askConfirm(...)` and awaits
 * the answer; `<ConfirmDialog />`, mounted once by App, renders the question. Asking again while
 * a question is open answers the first one "no", so no caller is ever left waiting.
 */
import { createValueStore } from '../store/valueStore';

export interface ConfirmRequest {
  /** The question, already translated. */
  message: string;
  /** The label of the "yes" button, already translated; the dialog's "OK" when omitted. */
  confirmLabel?: string;
  /** A choice that throws work away (delete, reset) is styled as a warning. */
  danger?: boolean;
}

export interface PendingConfirm extends ConfirmRequest {
  /** Set when the question is "which file name?": the name offered, to edit. */
  fileName?: string;
  answer(ok: boolean, fileName?: string): void;
}

/** The question on screen (`<ConfirmDialog />` reads it). */
export const confirmStore = createValueStore<PendingConfirm | null>(null);
const set = confirmStore.set;

export function askConfirm(request: ConfirmRequest): Promise<boolean> {
  confirmStore.get()?.answer(false);
  return new Promise((resolve) => {
    const question: PendingConfirm = {
      ...request,
      answer: (ok) => {
        if (confirmStore.get() === question) set(null);
        resolve(ok);
      },
    };
    set(question);
  });
}

const DESIGN_SUFFIX = '.skyplan.json';

/** "name" → "name.skyplan.json"; a name that already ends so is kept. */
export function designFileName(typed: string): string {
  const name = typed.trim();
  return name.toLowerCase().endsWith(DESIGN_SUFFIX) ? name : `${name}${DESIGN_SUFFIX}`;
}

/**
 * Asks for the name to save a design under (the browser download has no save dialog of its
 * own); resolves null when cancelled. The dialog words it in the user's language itself.
 */
export function askFileName(suggested: string): Promise<string | null> {
  confirmStore.get()?.answer(false);
  return new Promise((resolve) => {
    const question: PendingConfirm = {
      message: '',
      fileName: suggested,
      answer: (ok, typed) => {
        if (confirmStore.get() === question) set(null);
        resolve(ok && typed?.trim() ? designFileName(typed) : null);
      },
    };
    set(question);
  });
}

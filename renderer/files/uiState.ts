/**
 * What the file flows show over the editor: the welcome screen, and at most one dialog at a
 * time (a confirmation, the issues of a file that would not open, an error, a draft to restore).
 * A tiny external store so the session (plain TypeScript) can ask a question and await the
 * answer while React renders it. Dialog text is kept as message keys, so switching language
 * while a dialog is open re-translates it.
 */
import type { MessageKey, MessageParams } from '../../shared/i18n/index';
import type { DesignIssue } from '../../shared/model/issues';
import type { Draft } from '../host/host';

export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export type Dialog =
  | {
      kind: 'confirm';
      title: Message;
      body: Message;
      confirm: Message;
      /** A destructive choice (discard, overwrite) is styled as a warning. */
      danger: boolean;
      answer(ok: boolean): void;
    }
  | { kind: 'issues'; file: string; issues: DesignIssue[]; close(): void }
  /** `body` as text: a message the host already wrote in the user's language. */
  | { kind: 'error'; title: Message; body: Message | string; close(): void }
  | { kind: 'draft'; draft: Draft; name: string; answer(choice: DraftChoice): void };

/** "later": the prompt was pushed aside by another dialog; the draft stays for next time. */
export type DraftChoice = 'restore' | 'discard' | 'later';

export interface FilesUiState {
  welcome: boolean;
  dialog: Dialog | null;
}

export interface FilesUi {
  get(): FilesUiState;
  subscribe(listener: () => void): () => void;
  showWelcome(visible: boolean): void;
  /** Shows a dialog; one already open is answered "no" first (never left hanging). */
  show(dialog: Dialog): void;
  /** Closes `dialog` if it is still the one shown. */
  close(dialog: Dialog): void;
}

function dismiss(dialog: Dialog): void {
  if (dialog.kind === 'confirm') dialog.answer(false);
  else if (dialog.kind === 'draft') dialog.answer('later');
  else dialog.close();
}

export function createFilesUi(initial: Partial<FilesUiState> = {}): FilesUi {
  let state: FilesUiState = { welcome: false, dialog: null, ...initial };
  const listeners = new Set<() => void>();
  const set = (partial: Partial<FilesUiState>): void => {
    state = { ...state, ...partial };
    for (const listener of [...listeners]) listener();
  };
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    showWelcome(visible) {
      if (visible !== state.welcome) set({ welcome: visible });
    },
    show(dialog) {
      const previous = state.dialog;
      set({ dialog });
      if (previous) dismiss(previous);
    },
    close(dialog) {
      if (state.dialog === dialog) set({ dialog: null });
    },
  };
}

/**
 * Autosave: while the design has unsaved changes, a copy goes to the host's drafts at the next
 * idle moment after every edit, and at once on `flush()` (the page is being hidden or closed).
 * Edits made before the page is idle are coalesced into one write (a drag moves the design many
 * times a second; only the state when the page rests is written), so the cost is one
 * serialization per pause, and a crash right after an edit loses nothing the page had time to
 * write. When the design is saved or replaced, the draft is discarded: a draft only ever holds
 * work that exists nowhere else.
 *
 * The draft is the serialized document, exactly what Save would write, so restoring it goes
 * through the same parser as opening a file.
 */
import { serializeDesign } from '../../shared/model/serialize';
import type { Design } from '../../shared/model/types';
import type { Host } from '../host/host';
import type { EditorState } from '../store/index';

/** Runs `callback` when the page is idle; returns a function that cancels it. */
export type IdleScheduler = (callback: () => void) => () => void;

/** The longest an idle write may wait while the page stays busy (requestIdleCallback timeout). */
export const AUTOSAVE_IDLE_TIMEOUT_MS = 200;

/** requestIdleCallback where the page has it, else the next task. */
export const whenIdle: IdleScheduler = (callback) => {
  const scope = globalThis as {
    requestIdleCallback?: (run: () => void, options?: { timeout: number }) => number;
    cancelIdleCallback?: (id: number) => void;
  };
  if (scope.requestIdleCallback && scope.cancelIdleCallback) {
    const id = scope.requestIdleCallback(callback, { timeout: AUTOSAVE_IDLE_TIMEOUT_MS });
    return () => scope.cancelIdleCallback?.(id);
  }
  const timer = setTimeout(callback, 0);
  return () => clearTimeout(timer);
};

export interface AutosaveOptions {
  drafts: Host['drafts'];
  store: { getState(): EditorState; subscribe(listener: () => void): () => void };
  /** One id per editor session, so two tabs never overwrite each other's draft. */
  draftId: string;
  /** When to write after an edit (tests pass their own). */
  idle?: IdleScheduler;
  now?(): Date;
  /** Called once per run of failures (quota full, storage disabled), not on every retry. */
  onError?(error: unknown): void;
}

export interface Autosave {
  readonly draftId: string;
  /** Writes pending changes now. The browser host writes synchronously inside this call. */
  flush(): void;
  dispose(): void;
}

export function startAutosave(options: AutosaveOptions): Autosave {
  const { drafts, store, draftId } = options;
  const idle = options.idle ?? whenIdle;
  const now = options.now ?? (() => new Date());
  let cancelPending: (() => void) | null = null;
  /** The design last written as a draft (null: no draft of this session exists). */
  let written: Design | null = null;
  let failing = false;
  let seen = store.getState().design;

  function cancel(): void {
    cancelPending?.();
    cancelPending = null;
  }

  function fail(error: unknown): void {
    if (!failing) options.onError?.(error);
    failing = true;
  }

  function write(): void {
    cancel();
    const state = store.getState();
    if (!state.dirty || state.design === written) return;
    const design = state.design;
    try {
      drafts
        .write({ id: draftId, file: state.file, savedAt: now().toISOString(), text: serializeDesign(design) })
        .then(() => {
          failing = false;
        }, fail);
      written = design;
    } catch (error) {
      fail(error);
    }
  }

  function discard(): void {
    cancel();
    if (written === null) return;
    written = null;
    drafts.discard(draftId).catch(fail);
  }

  const unsubscribe = store.subscribe(() => {
    const state = store.getState();
    if (!state.dirty) {
      seen = state.design;
      discard();
      return;
    }
    if (state.design === seen) return;
    seen = state.design;
    // One pending write at a time: it reads the latest design when it runs.
    cancelPending ??= idle(write);
  });

  return {
    draftId,
    flush: write,
    dispose() {
      cancel();
      unsubscribe();
    },
  };
}

/**
 * Autosave: while the design has unsaved changes, a copy goes to the host's drafts a couple of
 * seconds after the last change (debounced, but at most `maxWaitMs` after the first unsaved
 * change, so a long drag session is still covered), and at once on `flush()` (the page is being
 * hidden or closed). When the design is saved or replaced, the draft is discarded: a draft only
 * ever holds work that exists nowhere else.
 *
 * The draft is the serialized document, exactly what Save would write, so restoring it goes
 * through the same parser as opening a file.
 */
import { serializeDesign } from '../../shared/model/serialize';
import type { Design } from '../../shared/model/types';
import type { Host } from '../host/host';
import type { EditorState } from '../store/index';

export const AUTOSAVE_DELAY_MS = 2000;
export const AUTOSAVE_MAX_WAIT_MS = 10_000;

export interface AutosaveOptions {
  drafts: Host['drafts'];
  store: { getState(): EditorState; subscribe(listener: () => void): () => void };
  /** One id per editor session, so two tabs never overwrite each other's draft. */
  draftId: string;
  delayMs?: number;
  maxWaitMs?: number;
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
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const maxWait = options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
  const now = options.now ?? (() => new Date());
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest change not yet written was made. */
  let pendingSince: number | null = null;
  /** The design last written as a draft (null: no draft of this session exists). */
  let written: Design | null = null;
  let failing = false;
  let seen = store.getState().design;

  function clearTimer(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function fail(error: unknown): void {
    if (!failing) options.onError?.(error);
    failing = true;
  }

  function write(): void {
    clearTimer();
    pendingSince = null;
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

  function schedule(): void {
    const at = Date.now();
    pendingSince ??= at;
    clearTimer();
    const wait = Math.max(0, Math.min(delay, pendingSince + maxWait - at));
    timer = setTimeout(write, wait);
  }

  function discard(): void {
    clearTimer();
    pendingSince = null;
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
    schedule();
  });

  return {
    draftId,
    flush: write,
    dispose() {
      clearTimer();
      unsubscribe();
    },
  };
}

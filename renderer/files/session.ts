/**
 * The file flows behind New, Open, Save, the welcome screen and crash recovery, as plain
 * TypeScript over the editor store, the host and the files UI store, so each flow is unit-tested
 * with fakes. Two promises it keeps:
 *  - nothing is lost: replacing a design with unsaved changes asks first, a file that does not
 *    load is reported issue by issue and leaves the open design as it was, and unsaved work is
 *    kept as a draft that is offered back after a reload or a crash;
 *  - the title always shows the file (or design) name and whether it has unsaved changes.
 */
import type { Locale, MessageKey, MessageParams } from '../../shared/i18n/index';
import { t } from '../../shared/i18n/index';
import { serializeDesign } from '../../shared/model/serialize';
import type { Design } from '../../shared/model/types';
import type { Draft, FileRef, Host, OpenResult } from '../host/host';
import type { EditorStore } from '../store/index';
import { emptyDesign } from '../store/index';
import type { Autosave } from './autosave';
import { startAutosave } from './autosave';
import { indexedDbMirror, withMirror } from './draftMirror';
import { loadText } from './load';
import type { DraftChoice, FilesUi, Message } from './uiState';
import { createFilesUi } from './uiState';

export interface SessionOptions {
  store: EditorStore;
  host: Host | null;
  ui?: FilesUi;
  draftId?: string;
  now?(): Date;
  toast?(message: string, tone?: 'info' | 'error'): void;
}

export interface FileSession {
  readonly ui: FilesUi;
  /** At start: offers drafts left by an earlier session, else shows the welcome screen. */
  start(): Promise<void>;
  /** "New": back to the welcome screen (nothing is replaced until the user picks something). */
  showWelcome(): void;
  closeWelcome(): void;
  /** Replaces the design with `design` as a new, never-saved document (template, empty). */
  startFrom(design: Design): Promise<boolean>;
  startEmpty(): Promise<boolean>;
  open(): Promise<boolean>;
  openRecent(file: FileRef): Promise<boolean>;
  save(saveAs?: boolean): Promise<boolean>;
  /** Writes pending autosave work now (page hidden or closing). */
  flush(): void;
  dispose(): void;
}

function newDraftId(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** "Restore unsaved work from 12:03?": the time alone today, with the date on other days. */
export function draftTime(savedAt: string, locale: Locale, now: Date): string {
  const saved = new Date(savedAt);
  if (Number.isNaN(saved.getTime())) return savedAt;
  const sameDay = saved.toDateString() === now.toDateString();
  const tag = locale === 'ko' ? 'ko-KR' : 'en-GB';
  return new Intl.DateTimeFormat(tag, {
    ...(sameDay ? {} : { dateStyle: 'medium' }),
    timeStyle: 'short',
  }).format(saved);
}

/** The name the title bar shows: the file's, else the design's. */
export function titleOf(design: Design, file: FileRef | null): string {
  return file?.name ?? design.name;
}

export function createFileSession(options: SessionOptions): FileSession {
  const { store, host } = options;
  const ui = options.ui ?? createFilesUi();
  const now = options.now ?? (() => new Date());
  const locale = (): Locale => store.getState().locale;
  const text = (key: MessageKey, params?: MessageParams): string => t(locale(), key, params);
  const toast = options.toast ?? (() => undefined);
  const msg = (key: MessageKey, params?: MessageParams): Message => (params ? { key, params } : { key });

  // In a browser, drafts also go to IndexedDB, which survives a browser crash (draftMirror.ts).
  const hostDrafts = host
    ? withMirror(host.drafts, host.kind === 'browser' ? indexedDbMirror() : null)
    : null;
  const autosave: Autosave | null =
    host && hostDrafts
      ? startAutosave({
          drafts: hostDrafts,
          store,
          draftId: options.draftId ?? newDraftId(),
          now,
          onError: (error) => toast(text('files.autosaveFailed', { reason: String(error) }), 'error'),
        })
      : null;

  // Title bar: the file name and the unsaved marker, updated only when either changes.
  let shownTitle = '';
  let shownDirty = false;
  function updateTitle(): void {
    const state = store.getState();
    const title = titleOf(state.design, state.file);
    if (title === shownTitle && state.dirty === shownDirty) return;
    shownTitle = title;
    shownDirty = state.dirty;
    host?.setWindowState({ title, dirty: state.dirty });
  }
  const unsubscribeTitle = store.subscribe(updateTitle);
  updateTitle();

  function confirm(title: Message, body: Message, confirmLabel: Message): Promise<boolean> {
    return new Promise((resolve) => {
      const dialog = {
        kind: 'confirm' as const,
        title,
        body,
        confirm: confirmLabel,
        danger: true,
        answer: (ok: boolean) => {
          ui.close(dialog);
          resolve(ok);
        },
      };
      ui.show(dialog);
    });
  }

  function showError(title: Message, body: Message | string): void {
    const dialog = { kind: 'error' as const, title, body, close: () => ui.close(dialog) };
    ui.show(dialog);
  }

  /** True when nothing unsaved would be lost, or the user agreed to lose it. */
  async function mayReplace(): Promise<boolean> {
    const state = store.getState();
    if (!state.dirty) return true;
    return confirm(
      msg('files.discard.title'),
      msg('files.discard.body', { name: titleOf(state.design, state.file) }),
      msg('files.discard.confirm'),
    );
  }

  function load(design: Design, file: FileRef | null, options: { dirty?: boolean } = {}): void {
    store.loadDesign(design, file, options);
    ui.showWelcome(false);
  }

  /** Loads what the host returned, or says precisely why not. The open design is untouched on failure. */
  function loadOpened(result: OpenResult): boolean {
    if (!result.ok) {
      // The host's message names the file and the reason, already in the user's language.
      if (!result.cancelled) showError(msg('files.openError.title'), result.error);
      return false;
    }
    const name = result.file?.name ?? text('files.untitled');
    const loaded = loadText(result.text, name);
    if (!loaded.ok) {
      const dialog = {
        kind: 'issues' as const,
        file: name,
        issues: loaded.issues,
        close: () => ui.close(dialog),
      };
      ui.show(dialog);
      return false;
    }
    load(loaded.design, result.file);
    if (loaded.migratedFrom !== undefined) {
      toast(text('files.migrated', { file: name, from: loaded.migratedFrom }));
    }
    return true;
  }

  async function offerDraft(draft: Draft): Promise<DraftChoice> {
    const loaded = loadText(draft.text, draft.file?.name ?? text('files.untitled'));
    const time = draftTime(draft.savedAt, locale(), now());
    if (!loaded.ok) {
      // A damaged draft cannot be restored; say so once and drop it so it is not offered forever.
      showError(msg('files.draft.offer', { time }), msg('files.draft.unreadable', { time }));
      await hostDrafts?.discard(draft.id);
      return 'discard';
    }
    const choice = await new Promise<DraftChoice>((resolve) => {
      const dialog = {
        kind: 'draft' as const,
        draft,
        name: titleOf(loaded.design, draft.file),
        answer: (answer: DraftChoice) => {
          ui.close(dialog);
          resolve(answer);
        },
      };
      ui.show(dialog);
    });
    if (choice === 'later') return choice;
    if (choice === 'restore') {
      if (!(await mayReplace())) return 'later';
      // Restored work is unsaved work: it stays marked dirty (and autosaved) until saved.
      load(loaded.design, draft.file, { dirty: true });
    }
    await hostDrafts?.discard(draft.id);
    return choice;
  }

  async function save(saveAs = false, force = false): Promise<boolean> {
    if (!host) return false;
    const state = store.getState();
    const design = state.design;
    const result = await host.saveDesign(serializeDesign(design), design, state.file, { saveAs, force });
    if (result.ok) {
      // Only what was written is clean: edits made while the picker was open stay dirty.
      if (store.getState().design === design) store.markSaved(result.file);
      toast(text('files.saved', { file: result.file.name }));
      return true;
    }
    if (result.cancelled) return false;
    if (result.conflict) {
      const overwrite = await confirm(
        msg('files.conflict.title'),
        msg('files.conflict.body', { file: state.file?.name ?? design.name }),
        msg('files.conflict.overwrite'),
      );
      return overwrite ? save(saveAs, true) : false;
    }
    showError(
      msg('files.saveFailed.title'),
      msg('files.writeFailed', { file: state.file?.name ?? design.name, reason: result.error }),
    );
    return false;
  }

  let started = false;

  return {
    ui,
    async start() {
      // React's StrictMode runs effects twice in development: offer drafts only once.
      if (started) return;
      started = true;
      ui.showWelcome(true);
      if (!host) return;
      const own = autosave?.draftId;
      const drafts = (await (hostDrafts ?? host.drafts).list()).filter((draft) => draft.id !== own);
      // Newest first; the next one is offered only after this one was discarded.
      let restored = false;
      for (const draft of drafts) {
        const choice = await offerDraft(draft);
        restored = choice === 'restore';
        if (choice !== 'discard') break;
      }
      // A file the app was asked to open (command line, double-click in the desktop app) opens
      // at once, unless recovered work now fills the editor: that stays, the file can wait.
      const [pending] = await host.pendingOpenFiles();
      if (pending && !restored && !store.getState().dirty) loadOpened(await host.openFile(pending));
    },
    showWelcome: () => ui.showWelcome(true),
    closeWelcome: () => ui.showWelcome(false),
    async startFrom(design) {
      if (!(await mayReplace())) return false;
      load(design, null);
      return true;
    },
    async startEmpty() {
      if (!(await mayReplace())) return false;
      load(emptyDesign(text('welcome.untitled')), null);
      return true;
    },
    async open() {
      if (!host || !(await mayReplace())) return false;
      return loadOpened(await host.openDesign());
    },
    async openRecent(file) {
      if (!host || !(await mayReplace())) return false;
      return loadOpened(await host.openFile(file));
    },
    save: (saveAs) => save(saveAs ?? false),
    flush: () => autosave?.flush(),
    dispose() {
      autosave?.dispose();
      unsubscribeTitle();
    },
  };
}

/**
 * File IPC: open, save, recent files, files given at launch, window state. Main decides where
 * bytes go: the page names a file only by a FileRef that main handed it earlier (picked in a
 * dialog, given on the command line, or on the recent list), so a compromised page cannot
 * write anywhere else. Reading and writing go through file-store.ts (validation, atomic save,
 * conflict detection, .bak).
 */
import { basename } from 'node:path';
import { BrowserWindow, app, dialog } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import type { FileRef, OpenResult, SaveOptions, SaveResult } from '../shared/host/host';
import type { AppContext } from './context';
import type { StoreError } from './file-store';
import { readDesignFile, refusalFor, saveDesignFile } from './file-store';
import type { IpcRouter } from './ipc';
import { tuple } from './ipc';
import { suggestedFileName } from './file-names';
import { DESIGN_EXTENSION } from './launch-args';
import { isDesignText, isFileRef, isSaveOptions, isWindowState } from './validate';
import { applyWindowState } from './windows';
import type { WindowSession } from './window-session';

export function fileRefFor(path: string): FileRef {
  return { id: path, name: basename(path) };
}

function windowOf(event: IpcMainInvokeEvent): BrowserWindow {
  const win = BrowserWindow.fromWebContents(event.sender);
  if (!win) throw new Error('no window');
  return win;
}

function sessionOf(ctx: AppContext, event: IpcMainInvokeEvent): WindowSession {
  const session = ctx.sessions.get(event.sender.id);
  if (!session) throw new Error('no session');
  return session;
}

function message(ctx: AppContext, error: StoreError): string {
  return ctx.t(error.code, error.params);
}

function designFilters(ctx: AppContext) {
  return [
    { name: ctx.t('desktop.filter.design'), extensions: ['skyplan.json', 'json'] },
    { name: ctx.t('desktop.filter.all'), extensions: ['*'] },
  ];
}

async function remember(ctx: AppContext, path: string): Promise<void> {
  await ctx.recent.add(path).catch(() => undefined);
  app.addRecentDocument(path);
  ctx.onRecentChanged();
}

/** Reads `path` into the window; on error the page keeps its current design (it gets ok:false). */
async function openPath(ctx: AppContext, session: WindowSession, path: string): Promise<OpenResult> {
  const read = await readDesignFile(path, ctx.locale);
  if (!read.ok) return { ok: false, cancelled: false, error: message(ctx, read.error) };
  session.grant(path, read.stamp);
  await remember(ctx, path);
  return { ok: true, file: fileRefFor(path), text: read.text };
}

/** The name written near the top of the text (the serializer puts it third); no full parse. */
function suggestedName(text: string): string {
  const found = /"name"\s*:\s*("(?:[^"\\\n]|\\.)*")/.exec(text.slice(0, 65_536));
  try {
    return suggestedFileName(found ? JSON.parse(found[1] as string) : '', DESIGN_EXTENSION);
  } catch {
    return suggestedFileName('', DESIGN_EXTENSION);
  }
}

async function saveText(
  ctx: AppContext,
  win: BrowserWindow,
  session: WindowSession,
  text: string,
  file: FileRef | null,
  options: SaveOptions = {},
): Promise<SaveResult> {
  // Refuse before asking where: never make the user pick a place for something we will not write.
  const refusal = await refusalFor(text, file?.name ?? suggestedName(text), ctx.locale);
  if (refusal) return { ok: false, cancelled: false, error: message(ctx, refusal) };
  let path = file && !options.saveAs && session.granted.has(file.id) ? file.id : null;
  if (!path) {
    const picked = await dialog.showSaveDialog(win, {
      defaultPath: file ? basename(file.id) : suggestedName(text),
      filters: designFilters(ctx),
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (picked.canceled || !picked.filePath) {
      // Cancelling the save also cancels a close that was waiting for it.
      session.closeAfterSave = false;
      return { ok: false, cancelled: true };
    }
    path = picked.filePath;
    // The user confirmed overwriting in the dialog: an old stamp for that path no longer applies.
    session.stamps.delete(path);
  }
  const expected = session.stamps.get(path);
  const result = await saveDesignFile(path, text, {
    ...(expected ? { expected } : {}),
    force: options.force === true,
    locale: ctx.locale,
    checked: true,
  });
  if (!result.ok) {
    session.closeAfterSave = false;
    return {
      ok: false,
      cancelled: false,
      error: message(ctx, result.error),
      ...(result.conflict ? { conflict: true } : {}),
    };
  }
  session.grant(path, result.stamp);
  await remember(ctx, path);
  return { ok: true, file: fileRefFor(path) };
}

/** Registers the file and window-state channels. */
export function setupFileIpc(ctx: AppContext, router: IpcRouter): void {
  router.handle('design:open', tuple(), async (event) => {
    const win = windowOf(event);
    const picked = await dialog.showOpenDialog(win, {
      properties: ['openFile'],
      filters: designFilters(ctx),
    });
    const path = picked.filePaths[0];
    if (picked.canceled || !path) return { ok: false, cancelled: true };
    return openPath(ctx, sessionOf(ctx, event), path);
  });

  router.handle('design:open-file', tuple(isFileRef), async (event, file) => {
    const session = sessionOf(ctx, event);
    // Only files the user already chose: from launch, this window, or the recent list.
    if (!session.granted.has(file.id) && !(await ctx.recent.has(file.id))) {
      return { ok: false, cancelled: false, error: ctx.t('desktop.error.notGranted', { file: file.name }) };
    }
    return openPath(ctx, session, file.id);
  });

  router.handle(
    'design:save',
    // The text's shape here; its content is validated by saveDesignFile, which explains refusals.
    tuple(isDesignText, (value) => value === null || isFileRef(value), isSaveOptions),
    (event, text, file, options) =>
      saveText(ctx, windowOf(event), sessionOf(ctx, event), text, file, options),
  );

  router.handle('design:recent', tuple(), () => ctx.recent.list());

  router.handle('design:pending', tuple(), (event) => {
    // Handed over once: a reload must not reopen the launch file over newer work.
    const session = sessionOf(ctx, event);
    const pending = session.pending;
    session.pending = [];
    return pending;
  });

  router.handle('window:state', tuple(isWindowState), (event, state) => {
    applyWindowState(ctx, windowOf(event), state);
  });
}

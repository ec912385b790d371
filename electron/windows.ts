/**
 * Design windows: creation with the security baseline, remembered bounds, the title with the
 * file name and an unsaved marker, and the "save changes?" prompt on close and quit.
 */
import { BrowserWindow, dialog, screen } from 'electron';
import type { FileRef, MenuCommand } from '../shared/host/host';
import { APP_ENTRY } from './app-protocol';
import type { AppContext } from './context';
import type { EventContract } from '../shared/host/ipc-contract';
import { createSecureWindow } from './security';
import { DEFAULT_SIZE, loadBounds, restorableBounds, saveBounds } from './window-bounds';

/** "● shop.skyplan.json — Skyplan": the same shape as the browser host's tab title. */
export function windowTitle(title: string, dirty: boolean): string {
  const name = title.trim() === '' ? 'Skyplan' : `${title} — Skyplan`;
  return dirty ? `● ${name}` : name;
}

export function sendToWindow<E extends keyof EventContract>(
  win: BrowserWindow,
  channel: E,
  payload: EventContract[E],
): void {
  if (!win.isDestroyed()) win.webContents.send(channel, payload);
}

export function sendMenuCommand(win: BrowserWindow, command: MenuCommand): void {
  sendToWindow(win, 'menu:command', command);
}

/** True for webContents that belong to one of our design windows. */
export function isDesignWindow(ctx: AppContext, contents: Electron.WebContents): boolean {
  const win = BrowserWindow.fromWebContents(contents);
  return win !== null && win.webContents === contents && ctx.sessions.has(contents.id);
}

/** Asks before closing a window with unsaved changes; true when the close may go ahead. */
function confirmClose(ctx: AppContext, win: BrowserWindow): boolean {
  const session = ctx.sessions.get(win.webContents.id);
  if (!session || !session.dirty || session.closeConfirmed) return true;
  const { t } = ctx;
  const choice = dialog.showMessageBoxSync(win, {
    type: 'warning',
    message: t('desktop.dialog.unsavedMessage', { name: session.title || t('desktop.dialog.untitled') }),
    detail: t('desktop.dialog.unsavedDetail'),
    buttons: [t('desktop.dialog.save'), t('desktop.dialog.dontSave'), t('desktop.dialog.cancel')],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  if (choice === 0) {
    // The page saves (it owns the document); window:state with dirty=false then closes us.
    session.closeAfterSave = true;
    sendMenuCommand(win, 'save');
    return false;
  }
  if (choice === 1) {
    session.closeConfirmed = true;
    return true;
  }
  ctx.quitting = false;
  return false;
}

async function forgetDrafts(ctx: AppContext, ids: Iterable<string>): Promise<void> {
  for (const id of ids) await ctx.drafts.discard(id).catch(() => undefined);
}

export async function createDesignWindow(ctx: AppContext, pending: FileRef[] = []): Promise<BrowserWindow> {
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  const saved = restorableBounds(await loadBounds(ctx.boundsFile), displays);
  // A second window opens offset from the first so it does not hide it exactly.
  const offset = BrowserWindow.getAllWindows().length > 0 ? 28 : 0;
  const win = createSecureWindow(
    {
      ...(saved
        ? { x: saved.x + offset, y: saved.y + offset, width: saved.width, height: saved.height }
        : DEFAULT_SIZE),
      minWidth: 720,
      minHeight: 480,
      show: false,
      title: 'Skyplan',
      backgroundColor: '#f7f8fa',
      ...(ctx.paths.icon ? { icon: ctx.paths.icon } : {}),
    },
    { preload: ctx.paths.preload },
  );
  const id = win.webContents.id;
  const session = ctx.sessions.open(id);
  session.pending = pending;
  for (const file of pending) session.grant(file.id);

  win.once('ready-to-show', () => {
    if (saved?.maximized) win.maximize();
    win.show();
  });
  win.on('close', (event) => {
    if (!confirmClose(ctx, win)) {
      event.preventDefault();
      return;
    }
    const bounds = win.getNormalBounds();
    void saveBounds(ctx.boundsFile, { ...bounds, maximized: win.isMaximized() }).catch(() => undefined);
    // Closing with nothing unsaved, or after "Don't Save": this window's drafts are not needed.
    void forgetDrafts(ctx, session.drafts);
  });
  win.on('closed', () => {
    ctx.sessions.close(id);
  });
  await win.loadURL(APP_ENTRY);
  return win;
}

/** Applies the page's title and unsaved state; finishes a close that waited for a save. */
export function applyWindowState(
  ctx: AppContext,
  win: BrowserWindow,
  state: { title: string; dirty: boolean },
): void {
  const session = ctx.sessions.get(win.webContents.id);
  if (!session) return;
  session.title = state.title;
  session.dirty = state.dirty;
  win.setTitle(windowTitle(state.title, state.dirty));
  if (process.platform === 'darwin') win.setDocumentEdited(state.dirty);
  if (session.closeAfterSave && !state.dirty) {
    session.closeAfterSave = false;
    session.closeConfirmed = true;
    win.close();
  }
}

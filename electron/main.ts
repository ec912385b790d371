/**
 * The main process: composition only (Electron Fiddle's shape). Each concern lives in its own
 * module with a setup function; this file wires them in order and handles the app lifecycle:
 * one instance, files from the command line / file association / a second launch, and the
 * "save changes?" prompt before quitting.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserWindow, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import type { FileRef } from '../shared/host/host';
import { registerAppScheme, serveApp } from './app-protocol';
import { setupDraftIpc } from './autosave';
import type { AppContext } from './context';
import { createContext } from './context';
import { setupExportIpc } from './export';
import { fileRefFor, setupFileIpc } from './files';
import { IpcRouter } from './ipc';
import { argvSkip, designPathsFromArgv } from './launch-args';
import { setupMenu } from './menu';
import { setupSecurity } from './security';
import { createDesignWindow, isDesignWindow, sendMenuCommand } from './windows';

function targetWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

/** One window per file (each window edits one design), or one empty window. */
async function openWindows(ctx: AppContext, files: FileRef[]): Promise<void> {
  if (files.length === 0) {
    await createDesignWindow(ctx);
    return;
  }
  for (const file of files) await createDesignWindow(ctx, [file]);
}

function paths() {
  const icon = join(__dirname, 'icon.png');
  return {
    renderer: join(__dirname, '..', 'dist'),
    preload: join(__dirname, 'preload.cjs'),
    userData: app.getPath('userData'),
    ...(existsSync(icon) ? { icon } : {}),
  };
}

function onReady(): AppContext {
  const ctx = createContext({ systemLocale: app.getLocale(), version: app.getVersion(), paths: paths() });
  setupSecurity({ app, session: session.defaultSession, shell });
  serveApp(protocol, ctx.paths.renderer, ctx.reports);

  const router = new IpcRouter(ipcMain, (contents) => isDesignWindow(ctx, contents));
  setupFileIpc(ctx, router);
  setupExportIpc(ctx, router);
  setupDraftIpc(ctx, router);
  setupMenu(ctx, {
    send: (command) => {
      const win = targetWindow();
      if (win) sendMenuCommand(win, command);
    },
    newWindow: () => void createDesignWindow(ctx),
    openRecent: (path) => void createDesignWindow(ctx, [fileRefFor(path)]),
    clearRecent: () => void ctx.recent.clear().then(() => ctx.onRecentChanged()),
    about: () =>
      void dialog.showMessageBox({
        type: 'info',
        message: 'Skyplan',
        detail: ctx.t('desktop.about.detail', { version: ctx.version }),
      }),
  });

  app.on('before-quit', () => {
    ctx.quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || ctx.quitting) app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createDesignWindow(ctx);
  });

  return ctx;
}

function start(): void {
  const skip = argvSkip(app.isPackaged);
  // macOS delivers double-clicked files through 'open-file', possibly before 'ready'.
  const early = designPathsFromArgv(process.argv, process.cwd(), skip);
  let ctx: AppContext | undefined;

  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (ctx) void createDesignWindow(ctx, [fileRefFor(path)]);
    else if (!early.includes(path)) early.push(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!ctx) return;
    const files = designPathsFromArgv(argv, workingDirectory, skip).map(fileRefFor);
    if (files.length > 0) {
      void openWindows(ctx, files);
      return;
    }
    const win = targetWindow();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  void app.whenReady().then(async () => {
    ctx = onReady();
    try {
      await openWindows(ctx, early.map(fileRefFor));
    } catch (error) {
      // E.g. the renderer was not built: say so instead of leaving a blank window.
      dialog.showErrorBox('Skyplan', error instanceof Error ? error.message : String(error));
    }
  });
}

// Tests (and people who want a throw-away profile) can point the app at another data folder.
if (process.env.SKYPLAN_USER_DATA_DIR) app.setPath('userData', process.env.SKYPLAN_USER_DATA_DIR);
registerAppScheme(protocol);
// One process for all windows: a second launch (e.g. double-clicking another design) hands its
// files to this one, so two processes never race on the same drafts or recent list.
if (app.requestSingleInstanceLock()) start();
else app.quit();

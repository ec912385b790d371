// Builds the main-process modules against the electron mock, the way main.ts wires them, with
// a real temporary user-data folder. Tests call handlers as the renderer would.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ENTRY } from '../../electron/app-protocol';
import { setupDraftIpc } from '../../electron/autosave';
import type { AppContext } from '../../electron/context';
import { createContext } from '../../electron/context';
import { setupExportIpc } from '../../electron/export';
import { setupFileIpc } from '../../electron/files';
import { IpcRouter } from '../../electron/ipc';
import { isDesignWindow } from '../../electron/windows';
import { BrowserWindow, ipcMain } from './electron-mock';

export interface Harness {
  ctx: AppContext;
  router: IpcRouter;
  folder: string;
  dispose(): Promise<void>;
}

export async function createHarness(systemLocale = 'en-US'): Promise<Harness> {
  BrowserWindow.reset();
  ipcMain.handlers.clear();
  const folder = await mkdtemp(join(tmpdir(), 'skyplan-main-'));
  const ctx = createContext({
    systemLocale,
    version: '0.1.0',
    paths: {
      renderer: join(folder, 'dist'),
      preload: join(folder, 'preload.cjs'),
      userData: join(folder, 'user-data'),
    },
  });
  const router = new IpcRouter(ipcMain, (contents) => isDesignWindow(ctx, contents));
  setupFileIpc(ctx, router);
  setupExportIpc(ctx, router);
  setupDraftIpc(ctx, router);
  const dispose = async () => {
    // Closing a window saves its bounds in the background; let that finish first.
    await new Promise((resolve) => setTimeout(resolve, 30));
    await rm(folder, { recursive: true, force: true, maxRetries: 5 });
  };
  return { ctx, router, folder, dispose };
}

/** The event Electron would pass for a call from `win`'s top frame showing our page. */
export function eventFrom(win: BrowserWindow, url = APP_ENTRY, parent: unknown = null) {
  return { sender: win.webContents, senderFrame: { url, parent } };
}

/** Calls a registered handler as ipcRenderer.invoke would. */
export async function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args);
}

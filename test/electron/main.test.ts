/** @vitest-environment node */
// main.ts wires the setup modules in order: scheme before ready, then security, protocol, IPC,
// menu, and one window on our app:// page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/host/ipc-contract';
import type * as ElectronMock from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

const userData = mkdtempSync(join(tmpdir(), 'skyplan-main-test-'));
afterAll(() => rmSync(userData, { recursive: true, force: true }));

/** The mocked `electron` exactly as main.ts sees it (the mock registry outlives resetModules). */
async function electronMock(): Promise<typeof ElectronMock> {
  return (await import('electron')) as unknown as typeof ElectronMock;
}

beforeEach(async () => {
  vi.resetModules();
  const mock = await electronMock();
  mock.BrowserWindow.reset();
  mock.ipcMain.handlers.clear();
  vi.clearAllMocks();
});

describe('main', () => {
  it('sets everything up when the app is ready and opens one window', async () => {
    const mock = await electronMock();
    mock.app.getPath.mockReturnValue(userData);
    mock.app.whenReady.mockReturnValue(Promise.resolve());
    await import('../../electron/main');
    expect(mock.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    await vi.waitFor(() => expect(mock.BrowserWindow.instances).toHaveLength(1));
    expect([...mock.ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(mock.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(mock.session.defaultSession.permissionRequestHandler).toBeDefined();
    expect(mock.app.listenerCount('web-contents-created')).toBe(1);
    await vi.waitFor(() => expect(mock.Menu.setApplicationMenu).toHaveBeenCalled());
    expect(mock.BrowserWindow.instances[0]!.webContents.url).toBe('app://skyplan/index.html');
  });

  it('hands over to the running instance instead of starting a second one', async () => {
    const mock = await electronMock();
    mock.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await import('../../electron/main');
    expect(mock.app.quit).toHaveBeenCalled();
    expect(mock.app.whenReady).not.toHaveBeenCalled();
  });
});

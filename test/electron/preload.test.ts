/** @vitest-environment node */
// The preload exposes narrow named functions as window.skyplan, never ipcRenderer.
import { describe, expect, it, vi } from 'vitest';
import type { SkyplanApi } from '../../shared/host/preload-api';
import { contextBridge, ipcRenderer } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

async function loadApi(): Promise<SkyplanApi> {
  await import('../../electron/preload');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(key).toBe('skyplan');
  return api as SkyplanApi;
}

describe('preload', () => {
  it('exposes only named functions, no ipcRenderer and no generic channel access', async () => {
    const api = await loadApi();
    expect(Object.keys(api).sort()).toEqual(
      [
        'discardDraft',
        'exportFile',
        'listDrafts',
        'onMenuCommand',
        'openDesign',
        'openFile',
        'pendingOpenFiles',
        'printToPdf',
        'recentFiles',
        'saveDesign',
        'setWindowState',
        'writeDraft',
      ].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it('maps each function to its contract channel', async () => {
    const api = await loadApi();
    await api.saveDesign('{}', null, { saveAs: true });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('design:save', '{}', null, { saveAs: true });
    await api.discardDraft('w1');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('drafts:discard', 'w1');
  });

  it('passes menu commands without the IPC event, and unsubscribes', async () => {
    const api = await loadApi();
    const listener = vi.fn();
    const off = api.onMenuCommand(listener);
    ipcRenderer.emitFromMain('menu:command', 'save');
    expect(listener).toHaveBeenCalledWith('save');
    expect(listener.mock.calls[0]).toHaveLength(1);
    off();
    ipcRenderer.emitFromMain('menu:command', 'open');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

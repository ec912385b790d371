// The renderer's Electron host is a thin adapter over window.skyplan (the preload bridge).
import { describe, expect, it, vi } from 'vitest';
import type { SkyplanApi } from '../../../shared/host/preload-api';
import { createSkyplanApi } from '../../../shared/host/preload-api';
import { createElectronHost } from '../../../renderer/host/electronHost';
import { designText } from '../../electron/fixtures';

function bridge() {
  const invoke = vi.fn(async (..._args: unknown[]) => ({
    ok: true,
    file: { id: '/d/a.skyplan.json', name: 'a' },
  }));
  const listeners: Array<(payload: unknown) => void> = [];
  const api: SkyplanApi = createSkyplanApi({
    invoke: invoke as never,
    on: (_channel, listener) => {
      listeners.push(listener as (payload: unknown) => void);
      return () => listeners.splice(listeners.indexOf(listener as (payload: unknown) => void), 1);
    },
  });
  return { api, invoke, listeners };
}

describe('createElectronHost', () => {
  it('sends the text to main, never the parsed design', async () => {
    const { api, invoke } = bridge();
    const host = createElectronHost(api);
    expect(host.kind).toBe('electron');
    const text = designText('Shop');
    await host.saveDesign(text, JSON.parse(text), { id: '/d/a.skyplan.json', name: 'a' }, { force: true });
    expect(invoke).toHaveBeenCalledWith(
      'design:save',
      text,
      { id: '/d/a.skyplan.json', name: 'a' },
      { force: true },
    );
  });

  it('maps drafts, exports, printing and window state to their channels', async () => {
    const { api, invoke } = bridge();
    const host = createElectronHost(api);
    const draft = { id: 'd1', file: null, savedAt: '2026-11-22T00:00:00.000Z', text: designText('x') };
    await host.drafts.write(draft);
    await host.drafts.list();
    await host.drafts.discard('d1');
    await host.exportFile({ name: 'a.png', mime: 'image/png', data: 'data:image/png;base64,AA==' });
    await host.printToPdf?.('<html></html>', 'a-review.pdf');
    host.setWindowState({ title: 'a', dirty: true });
    await host.pendingOpenFiles();
    expect(invoke.mock.calls.map(([channel]) => channel)).toEqual([
      'drafts:write',
      'drafts:list',
      'drafts:discard',
      'export:file',
      'export:pdf',
      'window:state',
      'design:pending',
    ]);
  });

  it('delivers native menu commands and unsubscribes', () => {
    const { api, listeners } = bridge();
    const host = createElectronHost(api);
    const seen: string[] = [];
    const off = host.onMenuCommand((command) => seen.push(command));
    listeners.forEach((listener) => listener('export-png'));
    off();
    expect(seen).toEqual(['export-png']);
    expect(listeners).toHaveLength(0);
  });
});

/** @vitest-environment node */
// IPC: only our own windows' top frames are answered, every payload is checked, and the page can
// only write where the user chose.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/host/ipc-contract';
import { createDesignWindow } from '../../electron/windows';
import { BrowserWindow, FakeWebContents, dialog } from './electron-mock';
import { designText } from './fixtures';
import type { Harness } from './harness';
import { createHarness, eventFrom, invoke } from './harness';

vi.mock('electron', () => import('./electron-mock'));

let h: Harness;
let win: BrowserWindow;
beforeEach(async () => {
  h = await createHarness();
  win = (await createDesignWindow(h.ctx)) as unknown as BrowserWindow;
  vi.clearAllMocks();
});
afterEach(async () => {
  await h.dispose();
});

describe('the router', () => {
  it('registers a handler for every channel of the contract, once', () => {
    expect([...h.router.channels].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('rejects senders that are not our design windows', async () => {
    const stranger = {
      sender: new FakeWebContents(),
      senderFrame: { url: 'app://skyplan/index.html', parent: null },
    };
    await expect(invoke('design:recent', stranger)).rejects.toThrow(/sender not trusted/);
    // A window we created for printing has no design session: not trusted either.
    const printer = new BrowserWindow({});
    await expect(invoke('design:recent', eventFrom(printer))).rejects.toThrow(/sender not trusted/);
  });

  it('rejects subframes and pages that are not ours, even inside our window', async () => {
    await expect(invoke('design:recent', eventFrom(win, 'https://evil.example/'))).rejects.toThrow(
      /not trusted/,
    );
    await expect(invoke('design:recent', eventFrom(win, 'file:///etc/passwd'))).rejects.toThrow(
      /not trusted/,
    );
    await expect(invoke('design:recent', eventFrom(win, 'app://skyplan/index.html', {}))).rejects.toThrow(
      /not trusted/,
    );
    await expect(invoke('design:recent', eventFrom(win))).resolves.toEqual([]);
  });

  it.each([
    ['design:save', [42, null, undefined]],
    ['design:save', [designText('x'), { id: 7, name: 'x' }, undefined]],
    ['design:save', [designText('x'), null, { saveAs: 'yes' }]],
    ['design:save', [designText('x'), null, { saveAs: true, writeTo: '/etc' }]],
    ['design:open-file', [{ id: '', name: 'x' }]],
    ['design:open-file', [{ id: '/a.skyplan.json', name: 'a' }, 'extra']],
    ['export:file', [{ name: '../../.bashrc', mime: 'text/plain', data: 'x' }]],
    ['export:file', [{ name: 'a.png', mime: 'image/png', data: 12 }]],
    ['export:pdf', ['<html></html>', 'sub/dir.pdf']],
    ['drafts:write', [{ id: 'w1', file: null, savedAt: 'now', text: designText('x') }]],
    [
      'drafts:write',
      [{ id: 'w1', file: null, savedAt: '2026-11-22T00:00:00Z', text: '{"format":"skyplan"}' }],
    ],
    ['drafts:discard', ['../../etc/passwd']],
    ['window:state', [{ title: 3, dirty: false }]],
    ['window:state', [{ title: 'x', dirty: 'yes' }]],
  ])('rejects a bad %s payload', async (channel, args) => {
    await expect(invoke(channel, eventFrom(win), ...args)).rejects.toThrow(/invalid payload/);
  });
});

describe('files over IPC', () => {
  it('refuses to save a design that does not validate, with a clear message', async () => {
    const broken = designText('Broken').replace('"vpc"', '"spaceship"');
    const result = await invoke('design:save', eventFrom(win), broken, null, undefined);
    expect(result).toMatchObject({ ok: false, cancelled: false });
    expect((result as { error: string }).error).toMatch(/^Not saved: the design does not validate/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('asks where to save when the page names a path the user never chose', async () => {
    const result = await invoke(
      'design:save',
      eventFrom(win),
      designText('x'),
      { id: '/etc/cron.d/x', name: 'x' },
      {},
    );
    expect(dialog.showSaveDialog).toHaveBeenCalledOnce();
    expect(result).toEqual({ ok: false, cancelled: true });
    const open = await invoke('design:open-file', eventFrom(win), { id: '/etc/passwd', name: 'passwd' });
    expect(open).toMatchObject({
      ok: false,
      error: expect.stringContaining('was not opened in this window'),
    });
  });

  it('opens, saves in place, keeps a .bak and reports a change on disk as a conflict', async () => {
    const path = join(h.folder, 'shop.skyplan.json');
    await writeFile(path, designText('Shop'));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    const opened = await invoke('design:open', eventFrom(win));
    expect(opened).toEqual({
      ok: true,
      file: { id: path, name: 'shop.skyplan.json' },
      text: designText('Shop'),
    });

    const saved = await invoke(
      'design:save',
      eventFrom(win),
      designText('Shop 2'),
      { id: path, name: 'x' },
      {},
    );
    expect(saved).toEqual({ ok: true, file: { id: path, name: 'shop.skyplan.json' } });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(await readFile(path + '.bak', 'utf8')).toBe(designText('Shop'));

    await writeFile(path, designText('Changed by a sync tool'));
    const conflict = await invoke(
      'design:save',
      eventFrom(win),
      designText('Shop 3'),
      { id: path, name: 'x' },
      {},
    );
    expect(conflict).toMatchObject({ ok: false, cancelled: false, conflict: true });
    expect(await readFile(path, 'utf8')).toBe(designText('Changed by a sync tool'));
    const forced = await invoke(
      'design:save',
      eventFrom(win),
      designText('Shop 3'),
      { id: path, name: 'x' },
      {
        force: true,
      },
    );
    expect(forced).toMatchObject({ ok: true });
    expect(await invoke('design:recent', eventFrom(win))).toMatchObject([
      { id: path, name: 'shop.skyplan.json' },
    ]);
  });

  it('opening a bad file returns an error and nothing else', async () => {
    const path = join(h.folder, 'bad.skyplan.json');
    await writeFile(path, '{ "format": "skyplan", ');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    const result = await invoke('design:open', eventFrom(win));
    expect(result).toMatchObject({ ok: false, cancelled: false });
    expect((result as { error: string }).error).toMatch(/bad\.skyplan\.json is not a valid Skyplan design/);
    expect(await invoke('design:recent', eventFrom(win))).toEqual([]);
  });

  it('hands launch files to the window once', async () => {
    const launched = (await createDesignWindow(h.ctx, [
      { id: '/x/a.skyplan.json', name: 'a.skyplan.json' },
    ])) as unknown as BrowserWindow;
    expect(await invoke('design:pending', eventFrom(launched))).toEqual([
      { id: '/x/a.skyplan.json', name: 'a.skyplan.json' },
    ]);
    expect(await invoke('design:pending', eventFrom(launched))).toEqual([]);
  });
});

describe('drafts and closing', () => {
  it('writes drafts to user data and drops them when the window closes with nothing unsaved', async () => {
    const draft = { id: 'w1', file: null, savedAt: '2026-11-22T00:00:00.000Z', text: designText('Draft') };
    await invoke('drafts:write', eventFrom(win), draft);
    expect(await invoke('drafts:list', eventFrom(win))).toEqual([draft]);
    expect(await readdir(join(h.folder, 'user-data', 'drafts'))).toEqual(['w1.draft.json']);
    win.close();
    await vi.waitFor(async () => expect(await readdir(join(h.folder, 'user-data', 'drafts'))).toEqual([]));
  });

  it('asks before closing with unsaved changes: cancel keeps the window and the draft', async () => {
    const draft = { id: 'w2', file: null, savedAt: '2026-11-22T00:00:00.000Z', text: designText('Draft') };
    await invoke('drafts:write', eventFrom(win), draft);
    await invoke('window:state', eventFrom(win), { title: 'shop.skyplan.json', dirty: true });
    expect(win.title).toBe('● shop.skyplan.json — Skyplan');
    dialog.showMessageBoxSync.mockReturnValueOnce(2);
    win.close();
    expect(win.destroyed).toBe(false);
    expect(await invoke('drafts:list', eventFrom(win))).toEqual([draft]);
  });

  it('save in the close prompt saves first, then closes once the page is clean', async () => {
    await invoke('window:state', eventFrom(win), { title: 'shop.skyplan.json', dirty: true });
    dialog.showMessageBoxSync.mockReturnValueOnce(0);
    win.close();
    expect(win.destroyed).toBe(false);
    expect(win.webContents.sent).toEqual([{ channel: 'menu:command', payload: 'save' }]);
    await invoke('window:state', eventFrom(win), { title: 'shop.skyplan.json', dirty: false });
    expect(win.destroyed).toBe(true);
  });

  it('a cancelled save cancels the close: a later save does not close the window', async () => {
    await invoke('window:state', eventFrom(win), { title: 'Untitled', dirty: true });
    dialog.showMessageBoxSync.mockReturnValueOnce(0);
    win.close();
    // The page's save asks where; the user cancels.
    expect(await invoke('design:save', eventFrom(win), designText('x'), null, undefined)).toEqual({
      ok: false,
      cancelled: true,
    });
    const path = join(h.folder, 'later.skyplan.json');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
    await invoke('design:save', eventFrom(win), designText('x'), null, undefined);
    await invoke('window:state', eventFrom(win), { title: 'later.skyplan.json', dirty: false });
    expect(win.destroyed).toBe(false);
  });

  it("don't save closes without saving", async () => {
    await invoke('window:state', eventFrom(win), { title: 'x', dirty: true });
    dialog.showMessageBoxSync.mockReturnValueOnce(1);
    win.close();
    expect(win.destroyed).toBe(true);
  });
});

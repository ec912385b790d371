import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../../../shared/model/serialize';
import type { Design } from '../../../shared/model/types';
import type { BrowserFiles, PickedFile, WritableFileHandle } from '../../../renderer/host/browserFiles';
import {
  createBrowserHost,
  fileNameFor,
  MAX_OPEN_BYTES,
  windowTitle,
} from '../../../renderer/host/browserHost';
import { MemoryStorage, RECENT_KEY } from '../../../renderer/host/browserStorage';

const design: Design = {
  format: 'skyplan',
  version: 1,
  name: 'Shop',
  region: 'us-east-1',
  resources: [{ id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16' } }],
  connections: [],
};
const text = serializeDesign(design);

function picked(name: string, content: string, size = content.length): PickedFile {
  return { name, size, text: async () => content };
}

/** Files whose picker returns queued answers and whose writes are recorded. */
function fakeFiles(answers: (PickedFile | null)[] = []) {
  const writes: { name: string; body: string; handle: boolean }[] = [];
  let nextSave: 'download' | 'picker' | 'cancel' | 'fail' = 'download';
  const files: BrowserFiles = {
    async pick() {
      return answers.shift() ?? null;
    },
    async write(data, suggestedName, handle) {
      const body = await data.text();
      if (handle) {
        writes.push({ name: handle.name, body, handle: true });
        return { name: handle.name, handle };
      }
      if (nextSave === 'cancel') return null;
      if (nextSave === 'fail') throw new Error('disk full');
      if (nextSave === 'picker') {
        const chosen: WritableFileHandle = {
          name: `chosen-${suggestedName}`,
          createWritable: async () => ({ write: async () => undefined, close: async () => undefined }),
        };
        writes.push({ name: chosen.name, body, handle: false });
        return { name: chosen.name, handle: chosen };
      }
      writes.push({ name: suggestedName, body, handle: false });
      return { name: suggestedName };
    },
    async print() {},
  };
  return {
    files,
    writes,
    setNextSave(mode: typeof nextSave) {
      nextSave = mode;
    },
  };
}

function makeHost(
  options: { storage?: MemoryStorage; answers?: (PickedFile | null)[]; minutes?: number[] } = {},
) {
  const storage = options.storage ?? new MemoryStorage();
  const fake = fakeFiles(options.answers);
  const titles: string[] = [];
  const minutes = options.minutes ?? [];
  let tick = 0;
  const host = createBrowserHost({
    storage,
    files: fake.files,
    locale: () => 'en',
    now: () => new Date(Date.UTC(2026, 10, 22, 12, minutes[tick] ?? tick++)),
    setTitle: (title) => titles.push(title),
  });
  return { host, storage, titles, ...fake };
}

describe('browser host: opening', () => {
  it('returns the picked file text and remembers it as recent', async () => {
    const { host } = makeHost({ answers: [picked('shop.skyplan.json', text)] });
    const result = await host.openDesign();
    expect(result).toEqual({ ok: true, file: { id: 'shop.skyplan.json', name: 'shop.skyplan.json' }, text });
    expect((await host.recentFiles()).map((file) => file.name)).toEqual(['shop.skyplan.json']);
  });

  it('reports a closed picker as cancelled', async () => {
    const { host } = makeHost({ answers: [null] });
    expect(await host.openDesign()).toEqual({ ok: false, cancelled: true });
  });

  it('keeps a file that is not a design out of the recent list, but still returns its text', async () => {
    const { host } = makeHost({ answers: [picked('broken.json', '{ "format": ')] });
    const result = await host.openDesign();
    expect(result.ok).toBe(true);
    expect(await host.recentFiles()).toEqual([]);
  });

  it('refuses a file larger than the limit with a message naming it', async () => {
    const { host } = makeHost({ answers: [picked('huge.json', '{}', MAX_OPEN_BYTES + 1)] });
    const result = await host.openDesign();
    expect(result).toMatchObject({ ok: false, cancelled: false });
    if (!result.ok && !result.cancelled) expect(result.error).toContain('huge.json');
  });

  it('reopens a recent design from its stored copy', async () => {
    const { host } = makeHost({ answers: [picked('shop.skyplan.json', text)] });
    await host.openDesign();
    const [recent] = await host.recentFiles();
    if (!recent) throw new Error('no recent file');
    expect(await host.openFile(recent)).toEqual({ ok: true, file: recent, text });
  });

  it('says clearly when the browser no longer has the recent copy', async () => {
    const { host } = makeHost();
    const result = await host.openFile({ id: 'gone.skyplan.json', name: 'gone.skyplan.json' });
    expect(result).toMatchObject({ ok: false, cancelled: false });
    if (!result.ok && !result.cancelled) expect(result.error).toMatch(/gone\.skyplan\.json.*Open a file/);
  });
});

describe('browser host: saving', () => {
  it('downloads a never-saved design as NAME.skyplan.json', async () => {
    const { host, writes } = makeHost();
    const result = await host.saveDesign(text, design, null);
    expect(result).toEqual({ ok: true, file: { id: 'Shop.skyplan.json', name: 'Shop.skyplan.json' } });
    expect(writes).toEqual([{ name: 'Shop.skyplan.json', body: text, handle: false }]);
    expect((await host.recentFiles()).map((file) => file.name)).toEqual(['Shop.skyplan.json']);
  });

  it('writes again to the file chosen in the save picker without asking', async () => {
    const { host, writes, setNextSave } = makeHost();
    setNextSave('picker');
    const first = await host.saveDesign(text, design, null);
    if (!first.ok) throw new Error('first save failed');
    setNextSave('cancel');
    const second = await host.saveDesign(text, design, first.file);
    expect(second).toEqual(first);
    expect(writes.map((write) => write.handle)).toEqual([false, true]);
  });

  it('asks again on Save as, and reports a cancelled picker', async () => {
    const { host, setNextSave } = makeHost();
    setNextSave('picker');
    const first = await host.saveDesign(text, design, null);
    if (!first.ok) throw new Error('first save failed');
    setNextSave('cancel');
    expect(await host.saveDesign(text, design, first.file, { saveAs: true })).toEqual({
      ok: false,
      cancelled: true,
    });
  });

  it('turns a failed write into an error naming the file', async () => {
    const { host, setNextSave } = makeHost();
    setNextSave('fail');
    const result = await host.saveDesign(text, design, null);
    expect(result).toMatchObject({ ok: false, cancelled: false });
    if (!result.ok && !result.cancelled) expect(result.error).toMatch(/Shop\.skyplan\.json.*disk full/);
  });

  it('exports data: URLs as their bytes', async () => {
    const { host, writes } = makeHost();
    await host.exportFile({ name: 'cost.csv', mime: 'text/csv', data: 'data:text/csv;base64,YSxiCjEsMgo=' });
    expect(writes).toEqual([{ name: 'cost.csv', body: 'a,b\n1,2\n', handle: false }]);
  });
});

describe('browser host: recent files', () => {
  it('lists the most recent first, once per file, at most eight', async () => {
    const answers = Array.from({ length: 10 }, (_, i) => picked(`d${i}.skyplan.json`, text));
    answers.push(picked('d3.skyplan.json', text));
    const { host, storage } = makeHost({ answers });
    for (let i = 0; i < 11; i++) await host.openDesign();
    const names = (await host.recentFiles()).map((file) => file.name);
    expect(names).toEqual(['d3', 'd9', 'd8', 'd7', 'd6', 'd5', 'd4', 'd2'].map((n) => `${n}.skyplan.json`));
    // The texts of dropped entries are removed too.
    expect(storage.getItem('skyplan.recent.text.d0.skyplan.json')).toBeNull();
  });

  it('ignores a recent list damaged by hand', async () => {
    const storage = new MemoryStorage();
    storage.setItem(
      RECENT_KEY,
      '[{"id": 3}, "x", {"id": "a", "name": "a.json", "openedAt": "2026-01-01T00:00:00Z"}]',
    );
    const { host } = makeHost({ storage });
    expect(await host.recentFiles()).toEqual([{ id: 'a', name: 'a.json', openedAt: '2026-01-01T00:00:00Z' }]);
  });

  it('drops older copies when the storage is full rather than failing the open', async () => {
    const big = `${text}${' '.repeat(3000)}`;
    const storage = new MemoryStorage(5000);
    const { host } = makeHost({
      storage,
      answers: [picked('a.skyplan.json', big), picked('b.skyplan.json', big)],
    });
    await host.openDesign();
    const second = await host.openDesign();
    expect(second.ok).toBe(true);
    expect(storage.getItem('skyplan.recent.text.b.skyplan.json')).toBe(big);
    expect(storage.getItem('skyplan.recent.text.a.skyplan.json')).toBeNull();
  });
});

describe('browser host: drafts', () => {
  it('writes, lists newest first and discards drafts', async () => {
    const { host } = makeHost();
    await host.drafts.write({ id: 'one', file: null, savedAt: '2026-11-22T12:00:00.000Z', text });
    await host.drafts.write({
      id: 'two',
      file: { id: 'f', name: 'f.skyplan.json' },
      savedAt: '2026-11-22T12:05:00.000Z',
      text,
    });
    expect((await host.drafts.list()).map((draft) => draft.id)).toEqual(['two', 'one']);
    await host.drafts.discard('two');
    expect((await host.drafts.list()).map((draft) => draft.id)).toEqual(['one']);
  });

  it('survives a reload: a new host on the same storage sees the drafts', async () => {
    const storage = new MemoryStorage();
    await makeHost({ storage }).host.drafts.write({
      id: 'x',
      file: null,
      savedAt: '2026-11-22T12:03:00.000Z',
      text,
    });
    expect(await makeHost({ storage }).host.drafts.list()).toEqual([
      { id: 'x', file: null, savedAt: '2026-11-22T12:03:00.000Z', text },
    ]);
  });

  it('skips an unreadable draft entry instead of failing the list', async () => {
    const storage = new MemoryStorage();
    storage.setItem('skyplan.draft.bad', '{not json');
    storage.setItem('skyplan.draft.half', '{"id": "half"}');
    const { host } = makeHost({ storage });
    await host.drafts.write({ id: 'ok', file: null, savedAt: '2026-11-22T12:00:00.000Z', text });
    expect((await host.drafts.list()).map((draft) => draft.id)).toEqual(['ok']);
  });

  it('rejects a draft write when the storage is full, so autosave can warn', async () => {
    const { host } = makeHost({ storage: new MemoryStorage(100) });
    await expect(
      host.drafts.write({ id: 'x', file: null, savedAt: '2026-11-22T12:00:00.000Z', text }),
    ).rejects.toThrow(/full/);
  });
});

describe('browser host: title and names', () => {
  it('shows the unsaved marker in the title', () => {
    const { host, titles } = makeHost();
    host.setWindowState({ title: 'shop.skyplan.json', dirty: true });
    host.setWindowState({ title: 'shop.skyplan.json', dirty: false });
    expect(titles).toEqual([windowTitle('shop.skyplan.json', true), 'shop.skyplan.json — Skyplan']);
    expect(titles[0]).toBe('● shop.skyplan.json — Skyplan');
  });

  it('makes a file name every system accepts from the design name', () => {
    expect(fileNameFor('Shop: 2 AZs')).toBe('Shop- 2 AZs.skyplan.json');
    expect(fileNameFor('a/b\\c?')).toBe('a-b-c-.skyplan.json');
    expect(fileNameFor('   ')).toBe('design.skyplan.json');
    expect(fileNameFor('..hidden')).toBe('hidden.skyplan.json');
    expect(fileNameFor('서울 리전')).toBe('서울 리전.skyplan.json');
    expect(fileNameFor('x.skyplan.json')).toBe('x.skyplan.json');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeDesign } from '../../../shared/model/serialize';
import type { Design } from '../../../shared/model/types';
import { createFileSession, draftTime, titleOf } from '../../../renderer/files/session';
import type { FileSession } from '../../../renderer/files/session';
import { createEditorStore } from '../../../renderer/store/index';
import type { EditorStore } from '../../../renderer/store/index';
import { fakeHost } from './fake-host';
import type { FakeHost } from './fake-host';

const shop: Design = {
  format: 'skyplan',
  version: 1,
  name: 'Shop',
  region: 'us-east-1',
  resources: [{ id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16' } }],
  connections: [],
};
const shopFile = { id: 'shop', name: 'shop.skyplan.json' };

let store: EditorStore;
let host: FakeHost;
let session: FileSession;
let toasts: string[];

function edit(): void {
  store.apply({ key: 'ui.action.rename' }, (draft) => {
    draft.name = `${draft.name}!`;
  });
}

/** Waits until the session shows a dialog of `kind`, then returns it. */
async function dialogOf<K extends string>(kind: K) {
  await vi.waitFor(() => expect(session.ui.get().dialog?.kind).toBe(kind));
  const dialog = session.ui.get().dialog;
  if (!dialog || dialog.kind !== kind) throw new Error('no dialog');
  return dialog as Extract<NonNullable<typeof dialog>, { kind: K }>;
}

beforeEach(() => {
  store = createEditorStore();
  host = fakeHost();
  toasts = [];
  session = createFileSession({
    store,
    host,
    draftId: 'this-session',
    now: () => new Date('2026-11-22T12:03:00'),
    toast: (message) => toasts.push(message),
  });
});

afterEach(() => {
  session.dispose();
  vi.useRealTimers();
});

describe('opening', () => {
  it('loads a good file and shows its name in the title', async () => {
    host.opens.push({ ok: true, file: shopFile, text: serializeDesign(shop) });
    expect(await session.open()).toBe(true);
    expect(store.getState().design.name).toBe('Shop');
    expect(store.getState().file).toEqual(shopFile);
    expect(host.titles.at(-1)).toEqual({ title: 'shop.skyplan.json', dirty: false });
  });

  it('lists every issue of a bad file with line and column, and leaves the open design alone', async () => {
    store.loadDesign(shop, shopFile);
    edit();
    const before = store.getState().design;
    host.opens.push({
      ok: true,
      file: { id: 'bad', name: 'bad.skyplan.json' },
      text: '{\n  "format": "skyplan",\n  "version": 1,\n  oops\n}',
    });
    const opening = session.open();
    // The design has unsaved changes: the session asks first.
    (await dialogOf('confirm')).answer(true);
    expect(await opening).toBe(false);
    const dialog = await dialogOf('issues');
    expect(dialog.file).toBe('bad.skyplan.json');
    expect(dialog.issues[0]).toMatchObject({ line: 4, column: 3 });
    expect(store.getState().design).toBe(before);
    expect(store.getState().dirty).toBe(true);
  });

  it('reports every schema issue of a file, not only the first', async () => {
    const bad = {
      ...shop,
      resources: [
        { id: 'v', type: 'vpc', props: { cidr: 'nope' } },
        { id: 's', type: 'subnet', props: {} },
      ],
    };
    host.opens.push({
      ok: true,
      file: { id: 'b', name: 'b.skyplan.json' },
      text: JSON.stringify(bad, null, 2),
    });
    await session.open();
    const dialog = await dialogOf('issues');
    expect(dialog.issues.length).toBeGreaterThan(1);
    expect(dialog.issues.every((issue) => issue.line !== undefined)).toBe(true);
  });

  it('keeps the design when the user declines to discard unsaved changes', async () => {
    store.loadDesign(shop, shopFile);
    edit();
    host.opens.push({ ok: true, file: shopFile, text: serializeDesign(shop) });
    const opening = session.open();
    (await dialogOf('confirm')).answer(false);
    expect(await opening).toBe(false);
    expect(store.getState().design.name).toBe('Shop!');
    // The picker was never shown: the scripted answer is still queued.
    expect(host.opens).toHaveLength(1);
  });

  it('shows the host error when a file cannot be read', async () => {
    host.opens.push({ ok: false, cancelled: false, error: 'Could not read x.json: gone' });
    await session.open();
    const dialog = await dialogOf('error');
    expect(dialog.body).toBe('Could not read x.json: gone');
  });
});

describe('saving', () => {
  it('writes the serialized design and marks it saved', async () => {
    store.loadDesign(shop, null);
    edit();
    expect(await session.save()).toBe(true);
    expect(host.saves[0]?.text).toBe(serializeDesign(store.getState().design));
    expect(store.getState().dirty).toBe(false);
    expect(store.getState().file?.name).toBe('Shop!.skyplan.json');
    expect(toasts).toEqual(['Saved Shop!.skyplan.json']);
  });

  it('asks before overwriting a file changed on disk, then forces the save', async () => {
    store.loadDesign(shop, shopFile);
    edit();
    host.saveResults.push({ ok: false, cancelled: false, error: 'changed', conflict: true });
    const saving = session.save();
    (await dialogOf('confirm')).answer(true);
    expect(await saving).toBe(true);
    expect(host.saves.map((save) => save.options?.force)).toEqual([false, true]);
  });

  it('stays dirty when the save is cancelled', async () => {
    store.loadDesign(shop, shopFile);
    edit();
    host.saveResults.push({ ok: false, cancelled: true });
    expect(await session.save()).toBe(false);
    expect(store.getState().dirty).toBe(true);
  });
});

describe('welcome and new designs', () => {
  it('starts from a template as a new, unsaved-file design', async () => {
    store.loadDesign(shop, shopFile);
    session.showWelcome();
    expect(await session.startFrom({ ...shop, name: 'From template' })).toBe(true);
    expect(store.getState().file).toBeNull();
    expect(session.ui.get().welcome).toBe(false);
    expect(host.titles.at(-1)).toEqual({ title: 'From template', dirty: false });
  });

  it('opens a file the app was asked to open at start instead of the welcome screen', async () => {
    host.pendingOpenFiles = async () => [shopFile];
    host.opens.push({ ok: true, file: shopFile, text: serializeDesign(shop) });
    await session.start();
    expect(session.ui.get().welcome).toBe(false);
    expect(store.getState().file).toEqual(shopFile);
  });

  it('shows the welcome screen at start when there is nothing to restore', async () => {
    await session.start();
    expect(session.ui.get().welcome).toBe(true);
    expect(session.ui.get().dialog).toBeNull();
  });
});

describe('autosave and recovery', () => {
  it('writes a draft a moment after an edit, and drops it once saved', async () => {
    vi.useFakeTimers();
    store.loadDesign(shop, shopFile);
    edit();
    expect(host.draftStore.size).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    const draft = host.draftStore.get('this-session');
    expect(draft?.file).toEqual(shopFile);
    expect(draft?.text).toBe(serializeDesign(store.getState().design));
    vi.useRealTimers();
    await session.save();
    await vi.waitFor(() => expect(host.draftStore.size).toBe(0));
  });

  it('flushes a pending draft at once (page hidden or closing)', () => {
    store.loadDesign(shop, shopFile);
    edit();
    session.flush();
    expect(host.draftStore.has('this-session')).toBe(true);
  });

  it('offers a draft left by an earlier session and restores it as unsaved work', async () => {
    const saved = { ...shop, name: 'Lost work' };
    host.draftStore.set('old', {
      id: 'old',
      file: shopFile,
      savedAt: '2026-11-22T12:03:00',
      text: serializeDesign(saved),
    });
    const starting = session.start();
    const offer = await dialogOf('draft');
    expect(offer.name).toBe('shop.skyplan.json');
    offer.answer('restore');
    await starting;
    expect(store.getState().design.name).toBe('Lost work');
    expect(store.getState().file).toEqual(shopFile);
    expect(store.getState().dirty).toBe(true);
    expect(session.ui.get().welcome).toBe(false);
    expect(host.draftStore.has('old')).toBe(false);
    // Restored work stays unsaved even when an edit is undone back to it.
    store.apply({ key: 'ui.action.rename' }, (draft) => {
      draft.name = 'Edited';
    });
    store.undo();
    expect(store.getState().dirty).toBe(true);
  });

  it('discards a draft on request and keeps the current design', async () => {
    host.draftStore.set('old', {
      id: 'old',
      file: null,
      savedAt: '2026-11-22T12:03:00',
      text: serializeDesign(shop),
    });
    const before = store.getState().design;
    const starting = session.start();
    (await dialogOf('draft')).answer('discard');
    await starting;
    expect(store.getState().design).toBe(before);
    expect(host.draftStore.size).toBe(0);
  });

  it('drops a damaged draft with a message instead of offering it forever', async () => {
    host.draftStore.set('bad', { id: 'bad', file: null, savedAt: '2026-11-22T12:03:00', text: '{"format":' });
    await session.start();
    expect((await dialogOf('error')).body).toMatchObject({ key: 'files.draft.unreadable' });
    expect(host.draftStore.size).toBe(0);
  });
});

describe('helpers', () => {
  it('formats the draft time alone today and with the date on another day', () => {
    const now = new Date('2026-11-22T18:00:00');
    expect(draftTime('2026-11-22T12:03:00', 'en', now)).toBe('12:03');
    expect(draftTime('2026-11-20T12:03:00', 'en', now)).toMatch(/20 Nov 2026.*12:03/);
    expect(draftTime('garbage', 'en', now)).toBe('garbage');
  });

  it('titles a design by its file, else its name', () => {
    expect(titleOf(shop, null)).toBe('Shop');
    expect(titleOf(shop, shopFile)).toBe('shop.skyplan.json');
  });
});

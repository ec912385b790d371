// Autosave drafts live in their own folder and never touch the user's file.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftStore } from '../../electron/draft-store';
import { designText } from './fixtures';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'skyplan-drafts-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('DraftStore', () => {
  it('keeps drafts in the user-data folder, never over the user file', async () => {
    const userFolder = join(root, 'documents');
    await mkdir(userFolder);
    const userFile = join(userFolder, 'shop.skyplan.json');
    await writeFile(userFile, designText('Saved version'));
    const store = new DraftStore(join(root, 'user-data', 'drafts'));
    await store.write({
      id: 'w1',
      file: { id: userFile, name: 'shop.skyplan.json' },
      savedAt: '2026-11-22T01:00:00.000Z',
      text: designText('Unsaved edits'),
    });
    expect(await readFile(userFile, 'utf8')).toBe(designText('Saved version'));
    expect(await readdir(userFolder)).toEqual(['shop.skyplan.json']);
    expect(await readdir(join(root, 'user-data', 'drafts'))).toEqual(['w1.draft.json']);
  });

  it('offers drafts back newest first and forgets discarded ones', async () => {
    const store = new DraftStore(join(root, 'drafts'));
    await store.write({
      id: 'old',
      file: null,
      savedAt: '2026-11-20T00:00:00.000Z',
      text: designText('Old'),
    });
    await store.write({
      id: 'new',
      file: null,
      savedAt: '2026-11-21T00:00:00.000Z',
      text: designText('New'),
    });
    expect((await store.list()).map((draft) => draft.id)).toEqual(['new', 'old']);
    await store.discard('old');
    expect((await store.list()).map((draft) => draft.id)).toEqual(['new']);
  });

  it('skips damaged drafts without deleting them', async () => {
    const folder = join(root, 'drafts');
    const store = new DraftStore(folder);
    await mkdir(folder);
    await writeFile(join(folder, 'torn.draft.json'), '{"id":"torn","te');
    await store.write({ id: 'ok', file: null, savedAt: '2026-11-21T00:00:00.000Z', text: designText('Ok') });
    expect((await store.list()).map((draft) => draft.id)).toEqual(['ok']);
    expect((await readdir(folder)).sort()).toEqual(['ok.draft.json', 'torn.draft.json']);
  });

  it('refuses ids that could escape the folder', async () => {
    const store = new DraftStore(join(root, 'drafts'));
    await expect(
      store.write({ id: '../evil', file: null, savedAt: '2026-11-21T00:00:00.000Z', text: designText('x') }),
    ).rejects.toThrow(/invalid draft id/);
    await expect(store.discard('../../x')).rejects.toThrow(/invalid draft id/);
  });

  it('returns no drafts when the folder does not exist yet', async () => {
    expect(await new DraftStore(join(root, 'missing')).list()).toEqual([]);
  });
});

/**
 * Browser drafts are mirrored to a durable store (IndexedDB in the page); after a crash the
 * newest copy of each draft is offered, whichever store kept it (issue 14, defect 14).
 */
import { describe, expect, it } from 'vitest';
import type { DraftMirror } from '../../../renderer/files/draftMirror';
import { indexedDbMirror, withMirror } from '../../../renderer/files/draftMirror';
import type { Draft, Host } from '../../../renderer/host/host';

function memory(
  initial: Draft[] = [],
  failing = false,
): Host['drafts'] & DraftMirror & { all: Map<string, Draft> } {
  const all = new Map(initial.map((draft) => [draft.id, draft]));
  return {
    all,
    async write(draft) {
      if (failing) throw new Error('full');
      all.set(draft.id, draft);
    },
    async discard(id) {
      if (failing) throw new Error('full');
      all.delete(id);
    },
    async list() {
      if (failing) throw new Error('full');
      return [...all.values()];
    },
  };
}

const draft = (id: string, savedAt: string, text = '{}'): Draft => ({ id, file: null, savedAt, text });

describe('draft mirror', () => {
  it('writes and discards in both stores', async () => {
    const primary = memory();
    const mirror = memory();
    const drafts = withMirror(primary, mirror);
    await drafts.write(draft('a', '2026-01-01T00:00:00Z'));
    expect(primary.all.has('a') && mirror.all.has('a')).toBe(true);
    await drafts.discard('a');
    expect(primary.all.size + mirror.all.size).toBe(0);
  });

  it('offers the newest copy of each draft, from either store', async () => {
    // localStorage lost the last write in a crash; IndexedDB kept it.
    const primary = memory([draft('a', '2026-01-01T00:00:01Z', 'old'), draft('b', '2026-01-01T00:00:05Z')]);
    const mirror = memory([draft('a', '2026-01-01T00:00:03Z', 'new'), draft('c', '2026-01-01T00:00:04Z')]);
    const listed = await withMirror(primary, mirror).list();
    expect(listed.map((d) => [d.id, d.text])).toEqual([
      ['b', '{}'],
      ['c', '{}'],
      ['a', 'new'],
    ]);
  });

  it('keeps working when the mirror fails', async () => {
    const primary = memory();
    const drafts = withMirror(primary, memory([], true));
    await drafts.write(draft('a', '2026-01-01T00:00:00Z'));
    expect(await drafts.list()).toHaveLength(1);
  });

  it('is absent where the page has no IndexedDB', () => {
    expect(indexedDbMirror(undefined)).toBeNull();
  });
});

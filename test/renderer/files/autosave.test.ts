import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Design } from '../../../shared/model/types';
import { startAutosave } from '../../../renderer/files/autosave';
import type { Autosave } from '../../../renderer/files/autosave';
import type { Draft } from '../../../renderer/host/host';
import { createEditorStore } from '../../../renderer/store/index';
import type { EditorStore } from '../../../renderer/store/index';

const design: Design = {
  format: 'skyplan',
  version: 1,
  name: 'A',
  region: 'us-east-1',
  resources: [],
  connections: [],
};

let store: EditorStore;
let writes: Draft[];
let discards: string[];
let failWrites: boolean;
let errors: unknown[];
let autosave: Autosave;

function edit(name: string): void {
  store.apply('Rename', (draft) => {
    draft.name = name;
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  store = createEditorStore(design);
  writes = [];
  discards = [];
  failWrites = false;
  errors = [];
  autosave = startAutosave({
    store,
    draftId: 'd1',
    delayMs: 2000,
    maxWaitMs: 10_000,
    now: () => new Date('2026-11-22T12:03:00Z'),
    onError: (error) => errors.push(error),
    drafts: {
      async write(draft) {
        if (failWrites) throw new DOMException('full', 'QuotaExceededError');
        writes.push(draft);
      },
      async list() {
        return writes;
      },
      async discard(id) {
        discards.push(id);
      },
    },
  });
});

afterEach(() => {
  autosave.dispose();
  vi.useRealTimers();
});

describe('autosave', () => {
  it('writes once, two seconds after the last of several quick edits', async () => {
    edit('B');
    await vi.advanceTimersByTimeAsync(1500);
    edit('C');
    await vi.advanceTimersByTimeAsync(1500);
    expect(writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(writes.map((draft) => JSON.parse(draft.text).name)).toEqual(['C']);
    expect(writes[0]).toMatchObject({ id: 'd1', file: null, savedAt: '2026-11-22T12:03:00.000Z' });
  });

  it('still writes during a long run of edits, at most ten seconds after the first', async () => {
    for (let i = 0; i < 12; i++) {
      edit(`n${i}`);
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(writes.length).toBeGreaterThanOrEqual(1);
  });

  it('writes nothing for a design without unsaved changes', async () => {
    store.loadDesign({ ...design, name: 'Other' }, null);
    autosave.flush();
    await vi.advanceTimersByTimeAsync(5000);
    expect(writes).toHaveLength(0);
  });

  it('discards its draft when the design is saved, and only then', async () => {
    edit('B');
    autosave.flush();
    expect(discards).toEqual([]);
    store.markSaved({ id: 'f', name: 'f.skyplan.json' });
    await vi.advanceTimersByTimeAsync(0);
    expect(discards).toEqual(['d1']);
  });

  it('does not write the same design twice', async () => {
    edit('B');
    autosave.flush();
    autosave.flush();
    await vi.advanceTimersByTimeAsync(5000);
    expect(writes).toHaveLength(1);
  });

  it('reports a failing storage once per run of failures', async () => {
    failWrites = true;
    edit('B');
    autosave.flush();
    edit('C');
    autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
  });
});

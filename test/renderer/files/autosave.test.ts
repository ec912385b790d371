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
/** Idle callbacks waiting to run: the test decides when the page is idle. */
let idleQueue: (() => void)[];

function goIdle(): void {
  const due = idleQueue;
  idleQueue = [];
  for (const callback of due) callback();
}

function edit(name: string): void {
  store.apply({ key: 'ui.action.rename' }, (draft) => {
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
  idleQueue = [];
  autosave = startAutosave({
    store,
    draftId: 'd1',
    idle: (callback) => {
      idleQueue.push(callback);
      return () => {
        idleQueue = idleQueue.filter((queued) => queued !== callback);
      };
    },
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
  it('writes the draft at the next idle moment after an edit (issue 14, defect 14)', () => {
    edit('B');
    expect(writes).toHaveLength(0);
    goIdle();
    expect(writes.map((draft) => JSON.parse(draft.text).name)).toEqual(['B']);
    expect(writes[0]).toMatchObject({ id: 'd1', file: null, savedAt: '2026-11-22T12:03:00.000Z' });
  });

  it('coalesces edits made before the page is idle into one write, then writes each later edit', () => {
    edit('B');
    edit('C');
    edit('D');
    expect(idleQueue).toHaveLength(1);
    goIdle();
    edit('E');
    goIdle();
    expect(writes.map((draft) => JSON.parse(draft.text).name)).toEqual(['D', 'E']);
  });

  it('does not wait for a timer: no write is pending once idle has run', async () => {
    edit('B');
    goIdle();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(writes).toHaveLength(1);
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

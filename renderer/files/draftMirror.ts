/**
 * A durable second copy of browser drafts, in IndexedDB. The browser host keeps drafts in
 * localStorage, which Chromium writes to disk only every few seconds: a browser killed within
 * that window (measured: 0/2 drafts survived a kill 3 s after the edit) loses work the page had
 * already stored. An IndexedDB transaction is on disk when it completes, so the page writes each
 * draft to both and, after a crash, offers the newest copy of each (`withMirror`).
 *
 * The desktop host needs no mirror: its drafts are files written and synced by main.
 */
import type { Draft, Host } from '../host/host';

export interface DraftMirror {
  write(draft: Draft): Promise<void>;
  discard(id: string): Promise<void>;
  list(): Promise<Draft[]>;
}

const DATABASE = 'skyplan-drafts';
const STORE = 'drafts';

function request<T>(make: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = make();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The IndexedDB mirror, or null where the page has no IndexedDB (or it is disabled). */
export function indexedDbMirror(factory: IDBFactory | undefined = globalThis.indexedDB): DraftMirror | null {
  if (!factory) return null;
  let opened: Promise<IDBDatabase> | null = null;
  const database = (): Promise<IDBDatabase> =>
    (opened ??= new Promise((resolve, reject) => {
      const open = factory.open(DATABASE, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB unavailable'));
    }));
  /** Runs one change in its own transaction; resolves once the transaction has committed. */
  const change = async (apply: (store: IDBObjectStore) => void): Promise<void> => {
    const db = await database();
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(STORE, 'readwrite');
      apply(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
    });
  };
  return {
    write: (draft) => change((store) => store.put({ ...draft })),
    discard: (id) => change((store) => store.delete(id)),
    async list() {
      const db = await database();
      const all = await request(() => db.transaction(STORE, 'readonly').objectStore(STORE).getAll());
      return (all as Draft[]).filter(
        (draft) =>
          typeof draft?.id === 'string' &&
          typeof draft.text === 'string' &&
          typeof draft.savedAt === 'string',
      );
    },
  };
}

/**
 * The host's drafts with the mirror beside them: writes and discards go to both (the host's
 * result decides success; the mirror is best effort), and `list` gives the newest copy of each
 * draft found in either.
 */
export function withMirror(drafts: Host['drafts'], mirror: DraftMirror | null): Host['drafts'] {
  if (!mirror) return drafts;
  return {
    async write(draft) {
      const mirrored = mirror.write(draft).catch(() => undefined);
      await drafts.write(draft);
      await mirrored;
    },
    async discard(id) {
      const mirrored = mirror.discard(id).catch(() => undefined);
      await drafts.discard(id);
      await mirrored;
    },
    async list() {
      const [primary, copies] = await Promise.all([drafts.list(), mirror.list().catch(() => [])]);
      const newest = new Map<string, Draft>();
      for (const draft of [...primary, ...copies]) {
        const known = newest.get(draft.id);
        if (!known || known.savedAt < draft.savedAt) newest.set(draft.id, draft);
      }
      return [...newest.values()].sort((a, b) =>
        a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0,
      );
    },
  };
}

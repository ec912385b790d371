/**
 * What the browser host keeps in localStorage: recent designs and unsaved drafts. Kept apart
 * from the host so the storage format can be tested with a fake Storage and read in one place.
 *
 * A browser page cannot reopen a file by name later (it only ever sees files the user picks),
 * so a recent entry keeps the text as it was last opened or saved: "Recent designs" reopens
 * that copy. Every read checks the shape of what it finds, because localStorage is shared with
 * older builds and with people poking at it in the developer tools.
 */
import type { Draft, FileRef, RecentFile } from './host';

/** The part of the DOM Storage interface we use; a Map-backed fake implements it in tests. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const RECENT_KEY = 'skyplan.recent';
export const RECENT_TEXT_PREFIX = 'skyplan.recent.text.';
export const DRAFT_PREFIX = 'skyplan.draft.';
/** Enough to find last week's work; few enough to stay well inside the 5 MB localStorage quota. */
export const MAX_RECENT = 8;

function readJson(storage: KeyValueStorage, key: string): unknown {
  const raw = storage.getItem(key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asRecent(value: unknown): RecentFile | null {
  if (!isRecord(value)) return null;
  const { id, name, openedAt } = value;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof openedAt !== 'string') return null;
  return { id, name, openedAt };
}

function asFileRef(value: unknown): FileRef | null {
  if (!isRecord(value)) return null;
  return typeof value.id === 'string' && typeof value.name === 'string'
    ? { id: value.id, name: value.name }
    : null;
}

function asDraft(value: unknown): Draft | null {
  if (!isRecord(value)) return null;
  const { id, savedAt, text } = value;
  if (typeof id !== 'string' || typeof savedAt !== 'string' || typeof text !== 'string') return null;
  return { id, savedAt, text, file: value.file === null ? null : asFileRef(value.file) };
}

/** Newest first. */
export function readRecent(storage: KeyValueStorage): RecentFile[] {
  const list = readJson(storage, RECENT_KEY);
  if (!Array.isArray(list)) return [];
  return list
    .map(asRecent)
    .filter((entry): entry is RecentFile => entry !== null)
    .sort((a, b) => (a.openedAt < b.openedAt ? 1 : a.openedAt > b.openedAt ? -1 : 0));
}

export function readRecentText(storage: KeyValueStorage, id: string): string | null {
  return storage.getItem(RECENT_TEXT_PREFIX + id);
}

/**
 * Puts `file` at the top of the recent list with its text, dropping the oldest entries past
 * MAX_RECENT. When the quota is full, older entries are dropped one by one until the new text
 * fits; if even alone it does not fit, the entry is kept without text (reopening then says so).
 */
export function rememberRecent(storage: KeyValueStorage, file: FileRef, text: string, now: Date): void {
  const entry: RecentFile = { id: file.id, name: file.name, openedAt: now.toISOString() };
  const list = [entry, ...readRecent(storage).filter((other) => other.id !== file.id)];
  const kept = list.slice(0, MAX_RECENT);
  for (const dropped of list.slice(MAX_RECENT)) storage.removeItem(RECENT_TEXT_PREFIX + dropped.id);
  for (;;) {
    try {
      storage.setItem(RECENT_TEXT_PREFIX + file.id, text);
      break;
    } catch {
      const oldest = kept.length > 1 ? kept.pop() : undefined;
      if (!oldest) break;
      storage.removeItem(RECENT_TEXT_PREFIX + oldest.id);
    }
  }
  storage.setItem(RECENT_KEY, JSON.stringify(kept));
}

/** Every key of the storage, read before any change so that removing keys does not skip any. */
function keys(storage: KeyValueStorage): string[] {
  const out: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key !== null) out.push(key);
  }
  return out;
}

/** Newest first; unreadable entries are skipped rather than failing the whole list. */
export function readDrafts(storage: KeyValueStorage): Draft[] {
  return keys(storage)
    .filter((key) => key.startsWith(DRAFT_PREFIX))
    .map((key) => asDraft(readJson(storage, key)))
    .filter((draft): draft is Draft => draft !== null)
    .sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** Throws the storage's own error (QuotaExceededError) so the caller can tell the user. */
export function writeDraft(storage: KeyValueStorage, draft: Draft): void {
  storage.setItem(DRAFT_PREFIX + draft.id, JSON.stringify(draft));
}

export function removeDraft(storage: KeyValueStorage, id: string): void {
  storage.removeItem(DRAFT_PREFIX + id);
}

/**
 * A Storage kept in memory: used when localStorage is unavailable (disabled by policy, or a
 * privacy mode that throws on access), so the editor still works, only without recovery across
 * reloads. Also the unit tests' fake, with an optional quota to exercise "storage full".
 */
export class MemoryStorage implements KeyValueStorage {
  private readonly items = new Map<string, string>();

  constructor(private readonly quotaChars = Infinity) {}

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    let used = key.length + value.length;
    for (const [other, text] of this.items) if (other !== key) used += other.length + text.length;
    if (used > this.quotaChars) throw new DOMException('storage is full', 'QuotaExceededError');
    this.items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** window.localStorage when it works, else a MemoryStorage (reading it can throw). */
export function pageStorage(win: Window): KeyValueStorage {
  try {
    const storage = win.localStorage;
    const probe = 'skyplan.probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return new MemoryStorage();
  }
}

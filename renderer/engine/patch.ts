/**
 * Design patches: what the page sends the engine worker after an edit instead of the whole
 * document. The editor never changes a design in place (immer), so what an edit left alone is
 * still the same object: a resource, connection or top-level field that is `===` to the one in
 * the previous document did not change. The patch carries only what is not, and the worker
 * rebuilds the new document from its copy of the previous one, keeping its unchanged objects, so
 * its own caches (shared/rules/utils/incremental.ts) can tell what changed by identity too.
 *
 * A 1,000-resource design is ~1 MB to structured-clone on each side; a one-resource edit's patch
 * is a few hundred bytes. Pure: the page (engineClient.ts) and the worker (engine.worker.ts) both
 * use it, and the property test (test/property/incremental-validation.test.ts) runs it.
 */
import { replacedInPlace } from '../../shared/model/replaced';
import type { Connection, Design, Resource } from '../../shared/model/types';

/** Changes to a list of records with ids, by identity. */
export interface ListPatch<T extends { id: string }> {
  /** Records that are new or not the same object as before (order irrelevant). */
  changed: T[];
  /** The ids in their new order; left out when the order of ids is the same as before. */
  order?: string[];
}

export interface DesignPatch {
  /** Top-level fields (but resources and connections) that are not the same value as before. */
  fields: Record<string, unknown>;
  /** Top-level fields the new document no longer has. */
  removed: string[];
  resources?: ListPatch<Resource>;
  connections?: ListPatch<Connection>;
}

/** Ids of a list in order, or null when an id repeats (a patch by id could not say which). */
function uniqueIds<T extends { id: string }>(items: readonly T[]): Map<string, T> | null {
  const byId = new Map<string, T>();
  for (const item of items) byId.set(item.id, item);
  return byId.size === items.length ? byId : null;
}

// Lists whose ids are known to be unique. An edit that replaces records in place keeps every id
// where it was, so its list is unique when the one it replaced was: checked once per document,
// not with a map of every id on every edit (a few hundred kilobytes of garbage at 1,000 resources).
const uniqueLists = new WeakMap<readonly { id: string }[], true>();

function knownUnique<T extends { id: string }>(items: readonly T[]): boolean {
  if (uniqueLists.has(items)) return true;
  if (!uniqueIds(items)) return false;
  uniqueLists.set(items, true);
  return true;
}

function diffList<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): ListPatch<T> | undefined | null {
  if (before === after) return undefined;
  if (knownUnique(before)) {
    const replaced = replacedInPlace(before, after);
    if (replaced) {
      uniqueLists.set(after, true);
      return { changed: replaced.map(({ now }) => now) };
    }
  }
  const old = uniqueIds(before);
  if (!old || !uniqueIds(after)) return null;
  const changed = after.filter((item) => old.get(item.id) !== item);
  const sameOrder = before.length === after.length && after.every((item, i) => before[i]?.id === item.id);
  return sameOrder ? { changed } : { changed, order: after.map((item) => item.id) };
}

export function diffDesign(before: Design, after: Design): DesignPatch | null {
  if (!Array.isArray(after.resources) || !Array.isArray(after.connections)) return null;
  if (!Array.isArray(before.resources) || !Array.isArray(before.connections)) return null;
  const resources = diffList(before.resources, after.resources);
  const connections = diffList(before.connections, after.connections);
  if (resources === null || connections === null) return null;
  const fields: Record<string, unknown> = {};
  const removed: string[] = [];
  for (const key of Object.keys(after)) {
    if (key !== 'resources' && key !== 'connections' && before[key] !== after[key]) fields[key] = after[key];
  }
  for (const key of Object.keys(before)) if (!(key in after)) removed.push(key);
  const patch: DesignPatch = { fields, removed };
  if (resources) patch.resources = resources;
  if (connections) patch.connections = connections;
  return patch;
}

function applyList<T extends { id: string }>(before: T[], patch: ListPatch<T> | undefined): T[] {
  if (!patch) return before;
  const byId = new Map<string, T>();
  for (const item of before) byId.set(item.id, item);
  for (const item of patch.changed) byId.set(item.id, item);
  const order = patch.order ?? before.map((item) => item.id);
  return order.map((id) => {
    const item = byId.get(id);
    if (!item) throw new Error(`design patch names ${id}, which neither document has`);
    return item;
  });
}

/**
 * The document `diffDesign(before, after)` was made from: equal to `after`, sharing every
 * unchanged object with `before` (which is left as it was).
 */
export function applyDesignPatch(before: Design, patch: DesignPatch): Design {
  const next: Design = { ...before, ...patch.fields } as Design;
  for (const key of patch.removed) delete next[key];
  next.resources = applyList(before.resources, patch.resources);
  next.connections = applyList(before.connections, patch.connections);
  return next;
}

/**
 * The one cache for everything derived from the document (findings, cost, public subnets,
 * simulations, lesson grades). A derived value depends on the design's content: every
 * top-level field except `layout`, which the engines never read. Dragging a node gives a new
 * design object on every frame but keeps all the other fields (immer shares what did not
 * change), so comparing them by identity keeps rules, pricing and tracing out of the drag,
 * while any real edit (a prop, a connection, the region, an assumption, a scenario) recomputes.
 *
 * Entries are held in a WeakMap on the resources array, so an old document's results go with it.
 */
import type { Design } from '../../shared/model/types';

/** Top-level fields that are presentation only: changing them never changes a derived value. */
const PRESENTATION_ONLY: ReadonlySet<string> = new Set(['layout']);

/** True when two designs have the same content by identity (cheap: one comparison per field). */
export function sameContent(a: Design, b: Design): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!PRESENTATION_ONLY.has(key) && a[key] !== b[key]) return false;
  }
  return true;
}

interface Entry<R> {
  design: Design;
  byKey: Map<string, R>;
}

export interface ContentMemo<A extends unknown[], R> {
  (design: Design, ...args: A): R;
  /** True when the value for this content (and these arguments) is already known. */
  has(design: Design, ...args: A): boolean;
  /** Stores a value computed elsewhere (the engine worker) for this content. */
  prime(result: R, design: Design, ...args: A): void;
}

/**
 * Wraps `compute(design, ...args)` so that it runs once per design content and per `keyOf(args)`.
 * `keyOf` turns the other arguments into a string (leave it out when there are none); objects
 * without a natural key can use `identityKey`.
 */
export function memoOnContent<A extends unknown[], R>(
  compute: (design: Design, ...args: A) => R,
  keyOf: (...args: A) => string = () => '',
): ContentMemo<A, R> {
  const cache = new WeakMap<Design['resources'], Entry<R>>();
  const entryOf = (design: Design): Entry<R> => {
    let entry = cache.get(design.resources);
    if (!entry || !sameContent(entry.design, design)) {
      entry = { design, byKey: new Map() };
      cache.set(design.resources, entry);
    }
    return entry;
  };
  const memo = (design: Design, ...args: A): R => {
    const entry = entryOf(design);
    const key = keyOf(...args);
    if (entry.byKey.has(key)) return entry.byKey.get(key) as R;
    const result = compute(design, ...args);
    entry.byKey.set(key, result);
    return result;
  };
  memo.has = (design: Design, ...args: A) => entryOf(design).byKey.has(keyOf(...args));
  memo.prime = (result: R, design: Design, ...args: A) => {
    entryOf(design).byKey.set(keyOf(...args), result);
  };
  return memo;
}

const ids = new WeakMap<object, number>();
let nextId = 1;

/** A stable key for an object's identity (a lesson opened from a file is not a bundled one). */
export function identityKey(value: object): string {
  let id = ids.get(value);
  if (id === undefined) {
    id = nextId++;
    ids.set(value, id);
  }
  return String(id);
}

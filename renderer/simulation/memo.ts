/**
 * Memoises an engine question on the design's content. Dragging a node gives a new design
 * object on every frame but keeps the resources and connections arrays (immer shares what did
 * not change), so keying on those arrays keeps tracing and grading out of the drag.
 */
import type { Design } from '../../shared/model/types';

interface Entry<R> {
  connections: Design['connections'];
  region: string;
  assumptions: Design['assumptions'];
  byKey: Map<string, R>;
}

export function memoOnContent<A extends unknown[], R>(
  compute: (design: Design, ...args: A) => R,
  keyOf: (...args: A) => string,
): (design: Design, ...args: A) => R {
  const cache = new WeakMap<Design['resources'], Entry<R>>();
  return (design, ...args) => {
    let entry = cache.get(design.resources);
    if (
      !entry ||
      entry.connections !== design.connections ||
      entry.region !== design.region ||
      entry.assumptions !== design.assumptions
    ) {
      entry = {
        connections: design.connections,
        region: design.region,
        assumptions: design.assumptions,
        byKey: new Map(),
      };
      cache.set(design.resources, entry);
    }
    const key = keyOf(...args);
    if (entry.byKey.has(key)) return entry.byKey.get(key) as R;
    const result = compute(design, ...args);
    entry.byKey.set(key, result);
    return result;
  };
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

/**
 * What a shape shows (its node's `data`: the resource, its chips, badges, cost tag, shading),
 * changed without telling React Flow's store.
 *
 * Every write to React Flow's store runs the store selector of every mounted shape: about 4 ms
 * at 1,000 shapes, 20 ms at 5,000, for an edit that restyles two subnets or an engine answer
 * that changes three badges. When only the data of a few nodes changed (same place, size,
 * stacking and selection), nodeHandoff.ts puts the new nodes into React Flow's lookups and
 * tells them here instead, by id; each shape reads its data through `useShapeData`, so it
 * follows both ways: React Flow's (a full adoption re-renders its wrapper with the new node)
 * and this one. Whatever draws from the lookups as a whole (the far-out picture) listens to
 * every change.
 */
import { useStoreApi } from '@xyflow/react';
import { useCallback, useSyncExternalStore } from 'react';

export interface ShapeDataChanges {
  /** Calls `listener` when the data of node `id` changed outside React Flow's store. */
  subscribe(id: string, listener: () => void): () => void;
  /** Calls `listener` after every such change, whichever nodes it touched. */
  subscribeAll(listener: () => void): () => void;
  /** Tells the listeners of `ids`, then those of every change. */
  notify(ids: readonly string[]): void;
}

function createShapeDataChanges(): ShapeDataChanges {
  const byId = new Map<string, Set<() => void>>();
  const all = new Set<() => void>();
  return {
    subscribe(id, listener) {
      let listeners = byId.get(id);
      if (!listeners) byId.set(id, (listeners = new Set()));
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && byId.get(id) === listeners) byId.delete(id);
      };
    },
    subscribeAll(listener) {
      all.add(listener);
      return () => all.delete(listener);
    },
    notify(ids) {
      for (const id of ids) for (const listener of [...(byId.get(id) ?? [])]) listener();
      for (const listener of [...all]) listener();
    },
  };
}

// One per React Flow store (a canvas), found from the store: the handoff and the shapes both
// hold it. Keyed by its `getState`, the one part every holder shares: `useStoreApi()` gives each
// component its own wrapper object around the same store.
const changesByStore = new WeakMap<object, ShapeDataChanges>();

/** The data changes of the canvas whose React Flow store (`useStoreApi()`) is `store`. */
export function shapeDataChanges(store: { getState: object }): ShapeDataChanges {
  let changes = changesByStore.get(store.getState);
  if (!changes) changesByStore.set(store.getState, (changes = createShapeDataChanges()));
  return changes;
}

/**
 * The data of node `id` as React Flow's lookup holds it now; `data` (what React Flow rendered
 * the shape with) until the node is in the lookup. Re-renders the shape when the handoff
 * changes its data in place.
 */
export function useShapeData<D>(id: string, data: D): D {
  const flow = useStoreApi();
  const subscribe = useCallback(
    (listener: () => void) => shapeDataChanges(flow).subscribe(id, listener),
    [flow, id],
  );
  const read = () => (flow.getState().nodeLookup.get(id)?.data as D | undefined) ?? data;
  return useSyncExternalStore(subscribe, read, read);
}

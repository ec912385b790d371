/**
 * React Flow re-measures only the nodes whose size changed.
 *
 * React Flow watches every node it mounts with one ResizeObserver, and a ResizeObserver reports
 * each element once when it starts watching it. React Flow takes every report as a forced
 * measurement: it reads the node's size, box and handles from the page (a forced layout, then
 * two queries and a rectangle per handle), puts a new internal node into its lookup, and tells
 * its store, so every mounted node's wrapper renders again. Opening a large design far out
 * mounts every shape at once: at 5,000 shapes that pass was about two thirds of the first frame
 * after the open (Chrome trace: about 270 ms measuring, 270 ms re-rendering the node wrappers),
 * and it learns nothing, since each node already carries its size and its handles from the
 * layout (flow.ts, nodeHandles.ts).
 *
 * So the canvas hands React Flow's store a filter in front of its `updateNodeInternals`: a
 * report about a node whose declared handles React Flow already holds and whose size on the
 * page is the size it has is dropped; anything else (a node resized, one without declared
 * handles, an explicit `useUpdateNodeInternals` request) goes through unchanged.
 */
import type { InternalNode, Node, ReactFlowState } from '@xyflow/react';

type Update = Parameters<ReactFlowState['updateNodeInternals']>[0] extends Map<string, infer U> ? U : never;
type Updates = Map<string, Update>;
type UpdateNodeInternals = ReactFlowState['updateNodeInternals'];

/** The part of a node element React Flow measures its size from (`getDimensions`). */
interface Sized {
  offsetWidth: number;
  offsetHeight: number;
}

/**
 * The reports that may change something: nodes not in `lookup`, without declared handles or
 * handle bounds, or whose element's size differs from the size React Flow has for them.
 */
export function changedOnly<N extends Node>(
  updates: ReadonlyMap<string, { nodeElement: Sized }>,
  lookup: ReadonlyMap<string, InternalNode<N>>,
): string[] {
  const kept: string[] = [];
  for (const [id, update] of updates) {
    const node = lookup.get(id);
    const same =
      !!node?.handles &&
      !!node.internals.handleBounds &&
      node.measured.width === update.nodeElement.offsetWidth &&
      node.measured.height === update.nodeElement.offsetHeight;
    if (!same) kept.push(id);
  }
  return kept;
}

/** The part of React Flow's store (`useStoreApi()`) the filter needs. */
export interface MeasureStore {
  getState(): Pick<ReactFlowState, 'updateNodeInternals' | 'nodeLookup'>;
  setState(partial: Pick<ReactFlowState, 'updateNodeInternals'>): void;
}

const filtered = new WeakSet<UpdateNodeInternals>();

/**
 * Puts the filter in front of the store's `updateNodeInternals` (once per store). Call it before
 * React Flow's node layer first renders: its ResizeObserver keeps the function it found then.
 */
export function measureChangesOnly(store: MeasureStore): void {
  const measure = store.getState().updateNodeInternals;
  if (filtered.has(measure)) return;
  const filter: UpdateNodeInternals = (updates, params) => {
    // An explicit request (useUpdateNodeInternals passes params) is always measured.
    if (params) return measure(updates, params);
    const kept = changedOnly(updates, store.getState().nodeLookup);
    if (kept.length === updates.size) return measure(updates);
    if (kept.length === 0) return;
    const rest: Updates = new Map();
    for (const id of kept) rest.set(id, updates.get(id)!);
    measure(rest);
  };
  filtered.add(filter);
  store.setState({ updateNodeInternals: filter });
}

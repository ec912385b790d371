/**
 * Handing React Flow the nodes after a change that moves nothing: a click that selects a shape.
 *
 * A new `nodes` array makes React Flow re-adopt every node (`setNodes`: a new lookup, every
 * child re-placed under its parent): about 5 ms of a 5,000-resource click, for the two or three
 * shapes whose flag flipped. When the new array holds the same nodes in the same places and
 * only a few of them are new objects that keep their geometry (the selection patch of
 * flowSelection.ts, a badge), the canvas keeps handing React Flow the array it already has
 * and this module puts the new objects into React Flow's lookups itself, as `setNodes` would
 * have adopted them (the selected flag raises a shape and what it holds, as React Flow's
 * elevate-on-select does), then tells its store once. When only their data changed (an edit's
 * new chips, an engine answer's badges), not even that: the shapes concerned are told through
 * shapeData.ts. Anything else (a move, a resize, shapes added or removed) goes the ordinary
 * way: the new array, adopted in full.
 */
import type { ReactFlowState } from '@xyflow/react';
import { useStoreApi } from '@xyflow/react';
import { useLayoutEffect, useState } from 'react';
import type { FlowNode } from './flowTypes';
import { putNode, replaceInside } from './flowLookups';
import type { Internal, Lookup, Parents } from './flowLookups';
import { shapeDataChanges } from './shapeData';

type HandoffState = Pick<
  ReactFlowState<FlowNode>,
  | 'nodes'
  | 'nodeLookup'
  | 'parentLookup'
  | 'elevateNodesOnSelect'
  | 'zIndexMode'
  | 'nodesSelectionActive'
  | 'setNodes'
>;

/** The part of React Flow's store (`useStoreApi()`) the handoff uses. */
export interface HandoffStore {
  getState(): HandoffState;
  setState(partial: Partial<HandoffState>): void;
}

/** More changed nodes than this are adopted in full (then the per-node work is no saving). */
export const MAX_IN_PLACE = 64;
/** What React Flow adds to a selected node's z (SELECTED_NODE_Z in @xyflow/system). */
const SELECTED_Z = 1000;

/** Whether `b` is `a` in a new object that keeps everything React Flow places and stacks by. */
function samePlace(a: FlowNode, b: FlowNode): boolean {
  return (
    a.id === b.id &&
    a.type === b.type &&
    a.parentId === b.parentId &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.measured?.width === b.measured?.width &&
    a.measured?.height === b.measured?.height &&
    a.zIndex === b.zIndex &&
    a.hidden === b.hidden &&
    a.extent === b.extent &&
    a.origin === b.origin &&
    a.handles === b.handles
  );
}

/** A node of the new array and the one it replaces. */
export interface Replaced {
  before: FlowNode;
  after: FlowNode;
}

/**
 * The nodes of `next` that are new objects in place of those of `previous` (same ids, same
 * order, same geometry); null when the change is anything else or touches too many nodes.
 */
export function changedInPlace(previous: readonly FlowNode[], next: readonly FlowNode[]): Replaced[] | null {
  if (previous.length !== next.length) return null;
  const changed: Replaced[] = [];
  for (let i = 0; i < next.length; i++) {
    const before = previous[i]!;
    const after = next[i]!;
    if (before === after) continue;
    if (changed.length >= MAX_IN_PLACE || !samePlace(before, after)) return null;
    changed.push({ before, after });
  }
  return changed;
}

/** React Flow's stacking ('basic' mode): own z, raised when selected, above its parent. */
function zOf(
  node: { zIndex?: number; selected?: boolean },
  parent: Internal | undefined,
  elevate: number,
): number {
  const own = (typeof node.zIndex === 'number' ? node.zIndex : 0) + (node.selected ? elevate : 0);
  if (!parent) return own;
  const parentZ = parent.internals.z ?? 0;
  return parentZ >= own ? parentZ + 1 : own;
}

/** New z for everything drawn inside `id` (any depth) whose stacking follows its parent's. */
function restackInside(lookup: Lookup, parents: Parents, id: string, elevate: number): void {
  replaceInside(lookup, parents, id, (child, parent) => {
    const z = zOf(child, parent, elevate);
    return z === child.internals.z ? null : { ...child, internals: { ...child.internals, z } };
  });
}

/** Whether React Flow holds, for every change, the node it adopted from `before`. */
function adoptedFromBefore(lookup: Lookup, changed: readonly Replaced[]): boolean {
  return changed.every(({ before }) => lookup.get(before.id)?.internals.userNode === before);
}

/**
 * React Flow's `node` holding `user` instead, stacked at `z`. `measured` and the other internals
 * stay: the geometry did not change. `userNode` is the new object, so a later full adoption
 * keeps this node as it is.
 */
function adoptedAs(node: Internal, user: FlowNode, z: number): Internal {
  return { ...node, ...user, measured: node.measured, internals: { ...node.internals, userNode: user, z } };
}

/**
 * Puts `changed` (new objects of nodes React Flow holds, same geometry) into React Flow's
 * lookups as its `setNodes(nodes)` would, and stores `nodes` as its node array. Returns false,
 * having changed nothing, when React Flow's node is not the one adopted from `before` (then
 * adopt in full): a node missing, or one a drag left at its drop point (liveDrag.ts marks
 * those so that the next adoption puts them where the document says).
 */
export function adoptInPlace(flow: HandoffStore, changed: readonly Replaced[], nodes: FlowNode[]): boolean {
  const state = flow.getState();
  const { nodeLookup, parentLookup } = state;
  // 'auto' stacking numbers root groups in array order: only a full adoption gets that right.
  if (state.zIndexMode === 'auto') return false;
  if (!adoptedFromBefore(nodeLookup, changed)) return false;
  const elevate = state.elevateNodesOnSelect && state.zIndexMode !== 'manual' ? SELECTED_Z : 0;
  // Parents come before their children in `nodes`, so a parent's new z is in place first.
  for (const { after: user } of changed) {
    const node = nodeLookup.get(user.id)!;
    const parent = user.parentId ? nodeLookup.get(user.parentId) : undefined;
    const z = zOf(user, parent, elevate);
    putNode(nodeLookup, parentLookup, adoptedAs(node, user, z));
    if (z !== node.internals.z) restackInside(nodeLookup, parentLookup, user.id, elevate);
  }
  flow.setState({
    nodes,
    // As setNodes: the box around a selection goes when nothing is selected any more.
    nodesSelectionActive: state.nodesSelectionActive && nodes.some((node) => node.selected),
  });
  return true;
}

/**
 * Whether `after` differs from `before` in its data alone: React Flow places, sizes, stacks,
 * styles and selects it as before, so nothing React Flow itself draws from the node changed.
 */
function onlyDataChanged({ before, after }: Replaced): boolean {
  return (
    before.selected === after.selected &&
    before.className === after.className &&
    before.style === after.style &&
    before.draggable === after.draggable &&
    before.selectable === after.selectable &&
    before.connectable === after.connectable
  );
}

/**
 * Puts `changed` (new objects of nodes React Flow holds, differing in their data alone) into
 * React Flow's lookups and `nodes` as the node array, without a store update: that would run
 * the store selector of every mounted shape to re-render the few whose data changed. Those are
 * told through shapeData.ts instead. Returns false, having changed nothing, where adoptInPlace
 * would (a node missing, or left by a drag).
 */
export function adoptDataInPlace(
  flow: HandoffStore,
  changed: readonly Replaced[],
  nodes: FlowNode[],
): boolean {
  const state = flow.getState();
  const { nodeLookup, parentLookup } = state;
  if (!adoptedFromBefore(nodeLookup, changed)) return false;
  for (const { after: user } of changed) {
    const node = nodeLookup.get(user.id)!;
    putNode(nodeLookup, parentLookup, adoptedAs(node, user, node.internals.z));
  }
  // What setNodes would leave as the node array (getNodes() and a later full adoption read
  // it), set without notifying: React Flow's lookups are mutable and its readers take the
  // state as they find it.
  state.nodes = nodes;
  shapeDataChanges(flow).notify(changed.map(({ after }) => after.id));
  return true;
}

export interface NodeHandoff {
  /** The node array to hand React Flow for the model's `nodes` (called while rendering). */
  view(nodes: FlowNode[]): FlowNode[];
  /** After the render: puts the nodes React Flow was not handed into its store. */
  flush(flow: HandoffStore): void;
}

export function createNodeHandoff(): NodeHandoff {
  // The array React Flow's `nodes` prop holds, and the model's latest (what it should show).
  let handed: FlowNode[] | null = null;
  let latest: FlowNode[] | null = null;
  return {
    view(nodes) {
      if (nodes === latest) return handed ?? nodes;
      const inPlace = handed !== null && latest !== null && changedInPlace(latest, nodes) !== null;
      latest = nodes;
      if (!inPlace) handed = nodes;
      return handed ?? nodes;
    },
    flush(flow) {
      const state = flow.getState();
      // Handed over as the prop: React Flow's own effect adopts it right after this one.
      if (latest === null || latest === handed || state.nodes === latest) return;
      const changed = changedInPlace(state.nodes, latest);
      if (changed?.every(onlyDataChanged) && adoptDataInPlace(flow, changed, latest)) return;
      if (!changed || !adoptInPlace(flow, changed, latest)) state.setNodes(latest);
    },
  };
}

/**
 * The handoff for the canvas (inside the React Flow provider): give `view` the model's nodes
 * on every render and hand React Flow what it returns.
 */
export function useNodeHandoff(): NodeHandoff['view'] {
  const flow = useStoreApi<FlowNode>();
  const [handoff] = useState(createNodeHandoff);
  // A layout effect: React Flow's own store updater runs later (a passive effect).
  useLayoutEffect(() => handoff.flush(flow));
  return handoff.view;
}

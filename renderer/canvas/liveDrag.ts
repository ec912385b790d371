/**
 * A running drag, kept inside React Flow's own store until the drop.
 *
 * The canvas's nodes are controlled (derived from the document, useFlowModel.ts). Handing React
 * Flow a new node array on every pointer move would make it re-adopt every node (at 5,000
 * resources that costs more than a frame). Instead each move replaces, in React Flow's
 * `nodeLookup`, only the dragged nodes and the nodes drawn inside them (their absolute position
 * follows the parent), then notifies its store once: shapes, lines (edges read the lookup),
 * the minimap and culling follow; nothing of ours re-renders and the document is untouched.
 *
 * The drop commits the gesture to the document (commitDrag.ts). `end()` marks the replaced
 * nodes so that React Flow adopts them afresh from the next nodes it is given (the committed
 * document); `restore()` hands it the current nodes again when the drop changed nothing that
 * re-renders the canvas (a refused or cancelled drop), which snaps the shapes back.
 *
 * Assumes what Canvas.tsx sets: node origin [0, 0] and no node extent, so a node's absolute
 * position is its parent's plus its own.
 */
import type { ReactFlowState } from '@xyflow/react';
import type { FlowNode } from './flow';
import { putNode, replaceInside } from './flowLookups';
import type { Internal, Lookup, Parents } from './flowLookups';

export interface XY {
  x: number;
  y: number;
}

type FlowState = Pick<ReactFlowState<FlowNode>, 'nodes' | 'nodeLookup' | 'parentLookup' | 'setNodes'>;

/** The part of React Flow's store (`useStoreApi()`) a drag uses. */
export interface FlowStore {
  getState(): FlowState;
  setState(partial: Partial<FlowState>): void;
  subscribe(listener: (state: FlowState, previous: FlowState) => void): () => void;
}

/** The node copies a drag made, and the ids it replaced. */
interface Made {
  copies: WeakSet<Internal>;
  touched: Set<string>;
}

/** A node copy made by this drag, noted so that the drop can hand its ids back to React Flow. */
function madeBy(made: Made, next: Internal): Internal {
  made.copies.add(next);
  made.touched.add(next.id);
  return next;
}

function replace(lookup: Lookup, parents: Parents, made: Made, next: Internal): void {
  putNode(lookup, parents, madeBy(made, next));
}

/** New objects, at new absolute positions, for everything drawn inside `id` (any depth). */
function placeInside(lookup: Lookup, parents: Parents, made: Made, id: string): void {
  replaceInside(lookup, parents, id, (child, parent) => {
    const origin = parent.internals.positionAbsolute;
    const at = { x: origin.x + child.position.x, y: origin.y + child.position.y };
    return madeBy(made, { ...child, internals: { ...child.internals, positionAbsolute: at } });
  });
}

/**
 * Puts the nodes of `moves` (parent-relative positions) where they are in React Flow's lookups,
 * with what they hold. A node already placed there by this drag is left as it is. Returns
 * whether anything changed (then React Flow's store must be told).
 */
export function placeNodes(
  lookup: Lookup,
  parents: Parents,
  moves: ReadonlyMap<string, XY>,
  made: Made,
): boolean {
  let changed = false;
  for (const [id, at] of moves) {
    const node = lookup.get(id);
    if (!node) continue;
    if (made.copies.has(node) && node.position.x === at.x && node.position.y === at.y) continue;
    const parent = node.parentId ? lookup.get(node.parentId) : undefined;
    const origin = parent?.internals.positionAbsolute ?? { x: 0, y: 0 };
    replace(lookup, parents, made, {
      ...node,
      position: { x: at.x, y: at.y },
      dragging: true,
      internals: { ...node.internals, positionAbsolute: { x: origin.x + at.x, y: origin.y + at.y } },
    });
    placeInside(lookup, parents, made, id);
    changed = true;
  }
  return changed;
}

export class LiveDrag {
  private readonly moves = new Map<string, XY>();
  private readonly made: Made = { copies: new WeakSet(), touched: new Set() };
  private readonly unsubscribe: () => void;

  constructor(private readonly flow: FlowStore) {
    // New nodes handed to React Flow mid-drag (the selection the drag made, the engine worker
    // answering) are adopted from the document: put the dragged ones back before they draw.
    this.unsubscribe = flow.subscribe((state, previous) => {
      if (
        state.nodes !== previous.nodes &&
        placeNodes(state.nodeLookup, state.parentLookup, this.moves, this.made)
      )
        flow.setState({});
    });
  }

  /** Where the dragged nodes are now (parent-relative), by node id. */
  get positions(): ReadonlyMap<string, XY> {
    return this.moves;
  }

  /** A pointer move: these nodes are now at these positions. */
  move(moves: readonly { key: string; x: number; y: number }[]): void {
    const step = new Map<string, XY>();
    for (const move of moves) {
      const at = { x: move.x, y: move.y };
      this.moves.set(move.key, at);
      step.set(move.key, at);
    }
    const { nodeLookup, parentLookup } = this.flow.getState();
    if (placeNodes(nodeLookup, parentLookup, step, this.made)) this.flow.setState({});
  }

  /**
   * The drop: stops following. The nodes this drag replaced no longer count as the document's
   * (their `userNode` is a copy), so React Flow adopts them again from the next nodes it gets.
   */
  end(): void {
    this.unsubscribe();
    const { nodeLookup } = this.flow.getState();
    for (const id of this.made.touched) {
      const node = nodeLookup.get(id);
      // Only our own copies: their `internals` object is ours to change.
      if (node && this.made.copies.has(node)) node.internals.userNode = { ...node.internals.userNode };
    }
  }

  /**
   * After the drop has rendered: when no new nodes replaced the dragged ones, re-adopts the
   * current nodes (a drop that changed nothing snaps back).
   */
  restore(): void {
    const state = this.flow.getState();
    for (const id of this.made.touched) {
      const node = state.nodeLookup.get(id);
      if (node && this.made.copies.has(node)) {
        state.setNodes(state.nodes);
        return;
      }
    }
  }
}

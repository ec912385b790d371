/**
 * Writing nodes into React Flow's own lookups, for the canvas's two ways around a full
 * re-adoption: a running drag (liveDrag.ts) and a click or badge change (nodeHandoff.ts).
 * React Flow keeps each node twice: in `nodeLookup` by id, and in its parent's child map in
 * `parentLookup` (read for groups); both must hold the same object.
 */
import type { InternalNode, ReactFlowState } from '@xyflow/react';
import type { FlowNode } from './flowTypes';

export type Lookup = ReactFlowState<FlowNode>['nodeLookup'];
export type Parents = ReactFlowState<FlowNode>['parentLookup'];
export type Internal = InternalNode<FlowNode>;

/** Puts `node` in place of the node of its id, in both lookups. */
export function putNode(lookup: Lookup, parents: Parents, node: Internal): void {
  lookup.set(node.id, node);
  if (node.parentId) parents.get(node.parentId)?.set(node.id, node);
}

/**
 * Walks what is drawn inside `id`, parents first, to any depth: `next(child, parent)` returns a
 * child's new node, which is put in the lookups (and what it holds is walked next with it as
 * the parent), or null to leave the child and what it holds as they are.
 */
export function replaceInside(
  lookup: Lookup,
  parents: Parents,
  id: string,
  next: (child: Internal, parent: Internal) => Internal | null,
): void {
  const stack = [id];
  for (let parentId = stack.pop(); parentId !== undefined; parentId = stack.pop()) {
    const parent = lookup.get(parentId);
    const children = parents.get(parentId);
    if (!parent || !children) continue;
    // The ids only: a child map may hold an older object of a child than the lookup does.
    for (const childId of [...children.keys()]) {
      const child = lookup.get(childId);
      const replaced = child && next(child, parent);
      if (!replaced) continue;
      putNode(lookup, parents, replaced);
      stack.push(childId);
    }
  }
}

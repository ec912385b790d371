/**
 * What the user does to nodes: select, drag, resize, nudge with the arrow keys.
 *
 * A drag never touches the document while it runs. Pointer moves go to a small overlay of
 * positions (`drag.positions`) that the view model lays over the derived nodes, so a move costs
 * one new node object and no store update: no history merge, no panel re-render, no autosave,
 * no re-derivation of the other 4,999 nodes. The drop commits the whole gesture at once
 * (commitDrag.ts: one history entry, one document change, one re-validation); a refused drop
 * snaps back with a toast saying why.
 */
import type { NodeChange, OnNodeDrag, SelectionDragHandler } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import { moveShapes, translateMessage } from '../../shared/edit/index';
import { commitDrag } from './commitDrag';
import { endSubnetChipDrop, watchSubnetChipDrop } from './subnetChipDrop';
import { showToast } from '../app/toast';
import { useT } from '../i18n';
import { useEditorStore } from '../store/index';
import { resourceIdOfNode } from './flow';
import type { FlowNode } from './flow';

export type DragPositions = ReadonlyMap<string, { x: number; y: number }>;

const NO_POSITIONS: DragPositions = new Map();

/** The selection after React Flow's select changes (nodes or edges). */
export function applySelection(
  current: readonly string[],
  changes: { id: string; selected: boolean }[],
): string[] {
  const next = new Set(current);
  for (const change of changes) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  return [...next];
}

export interface NodeGestures {
  /** Where the nodes being dragged are now (empty when no drag runs). */
  positions: DragPositions;
  onNodesChange(changes: NodeChange<FlowNode>[]): void;
  onNodeDragStart: OnNodeDrag<FlowNode>;
  onNodeDragStop: OnNodeDrag<FlowNode>;
  onSelectionDragStart: SelectionDragHandler<FlowNode>;
  onSelectionDragStop: SelectionDragHandler<FlowNode>;
}

export function useNodeGestures(): NodeGestures {
  const store = useEditorStore();
  const t = useT();
  // The ref is the truth during a drag (changes can arrive twice before a render); the state
  // only makes React draw it.
  const live = useRef<Map<string, { x: number; y: number }> | null>(null);
  const [positions, setPositions] = useState<DragPositions>(NO_POSITIONS);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const selects: { id: string; selected: boolean }[] = [];
      const moves: { key: string; x: number; y: number }[] = [];
      const sizes: { key: string; w: number; h: number }[] = [];
      for (const change of changes) {
        // AZ groups are derived from the subnets; they are never selected, moved or resized.
        if ('id' in change && change.id.startsWith('az:')) continue;
        // Selecting a replica shape selects its resource (one inspector for every shape).
        if (change.type === 'select')
          selects.push({ id: resourceIdOfNode(change.id), selected: change.selected });
        else if (change.type === 'position' && change.position)
          moves.push({ key: change.id, x: Math.round(change.position.x), y: Math.round(change.position.y) });
        else if (change.type === 'dimensions' && change.resizing !== undefined && change.dimensions)
          sizes.push({
            key: change.id,
            w: Math.round(change.dimensions.width),
            h: Math.round(change.dimensions.height),
          });
      }
      if (selects.length > 0) store.select(applySelection(store.getState().selection, selects));
      const dragging = live.current;
      if (dragging && sizes.length === 0) {
        if (moves.length === 0) return;
        const next = new Map(dragging);
        for (const move of moves) next.set(move.key, { x: move.x, y: move.y });
        live.current = next;
        setPositions(next);
        return;
      }
      // Arrow-key nudges and resizes (a resize is a store gesture, see nodes.tsx) edit at once.
      if (moves.length > 0 || sizes.length > 0) store.perform(moveShapes, { moves, sizes });
    },
    [store],
  );

  const start = useCallback(() => {
    live.current = new Map();
  }, []);

  const finish = useCallback(
    (altKey: boolean, dragged: readonly FlowNode[]) => {
      const moves = live.current;
      if (!moves) return;
      live.current = null;
      // Cleared in the same batch as the commit, so the drop draws once, where it landed.
      setPositions(NO_POSITIONS);
      // A subnet released on another subnet's table chip is associated instead (subnetChipDrop.ts).
      const onChip = endSubnetChipDrop(store);
      const refusal = onChip
        ? onChip.refusal
        : commitDrag(store, { moves, dragged: dragged.map((node) => node.id), extend: altKey });
      if (refusal) showToast(translateMessage(t, refusal), 'error');
    },
    [store, t],
  );

  // A drag of one node and a drag of a box selection are the same gesture.
  const onNodeDragStart: OnNodeDrag<FlowNode> = useCallback(
    (_event, _node, dragged) => {
      start();
      watchSubnetChipDrop(
        store,
        t,
        dragged.map((node) => node.id),
      );
    },
    [start, store, t],
  );
  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback(
    (event, _node, dragged) => finish(event.altKey, dragged),
    [finish],
  );
  const onSelectionDragStart: SelectionDragHandler<FlowNode> = start;
  const onSelectionDragStop: SelectionDragHandler<FlowNode> = useCallback(
    (event, dragged) => finish(event.altKey, dragged),
    [finish],
  );

  return {
    positions,
    onNodesChange,
    onNodeDragStart,
    onNodeDragStop,
    onSelectionDragStart,
    onSelectionDragStop,
  };
}

/**
 * What the user does to nodes: select, drag, resize, nudge with the arrow keys.
 *
 * A drag never touches the document while it runs. Pointer moves stay inside React Flow's own
 * store (liveDrag.ts): the dragged nodes and what they hold get new objects there, nothing else
 * does, and no React state of ours changes: no history merge, no panel re-render, no autosave,
 * no new node array for React Flow to re-adopt. The drop commits the whole gesture at once
 * (commitDrag.ts: one history entry, one document change, one re-validation); a refused drop
 * snaps back with a toast saying why.
 */
import type { NodeChange, OnNodeDrag, SelectionDragHandler } from '@xyflow/react';
import { useStoreApi } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { moveShapes, translateMessage } from '../../shared/edit/index';
import { commitDrag } from './commitDrag';
import { LiveDrag } from './liveDrag';
import { endSubnetChipDrop, watchSubnetChipDrop } from './subnetChipDrop';
import { showToast } from '../app/toast';
import { useT } from '../i18n';
import { useEditorStore } from '../store/index';
import { resourceIdOfNode } from './flow';
import type { FlowNode } from './flow';

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
  onNodesChange(changes: NodeChange<FlowNode>[]): void;
  onNodeDragStart: OnNodeDrag<FlowNode>;
  onNodeDragStop: OnNodeDrag<FlowNode>;
  onSelectionDragStart: SelectionDragHandler<FlowNode>;
  onSelectionDragStop: SelectionDragHandler<FlowNode>;
}

export function useNodeGestures(): NodeGestures {
  const store = useEditorStore();
  const t = useT();
  const flow = useStoreApi<FlowNode>();
  // The running drag (null between drags), and the last one until its drop has rendered.
  const live = useRef<LiveDrag | null>(null);
  const settling = useRef<{ drag: LiveDrag; frame: number } | null>(null);

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
        if (moves.length > 0) dragging.move(moves);
        return;
      }
      // Arrow-key nudges and resizes (a resize is a store gesture, see nodes.tsx) edit at once.
      if (moves.length > 0 || sizes.length > 0) store.perform(moveShapes, { moves, sizes });
    },
    [store],
  );

  /** Snaps back what the last drop left in React Flow's store, if its render did not replace it. */
  const settle = useCallback(() => {
    const last = settling.current;
    if (!last) return;
    settling.current = null;
    cancelAnimationFrame(last.frame);
    last.drag.restore();
  }, []);

  const start = useCallback(() => {
    settle();
    live.current?.end();
    live.current = new LiveDrag(flow);
  }, [flow, settle]);

  const finish = useCallback(
    (altKey: boolean, dragged: readonly FlowNode[]) => {
      const drag = live.current;
      if (!drag) return;
      live.current = null;
      drag.end();
      // A subnet released on another subnet's table chip is associated instead (subnetChipDrop.ts).
      const onChip = endSubnetChipDrop(store);
      const refusal = onChip
        ? onChip.refusal
        : commitDrag(store, {
            moves: drag.positions,
            dragged: dragged.map((node) => node.id),
            extend: altKey,
          });
      if (refusal) showToast(translateMessage(t, refusal), 'error');
      // The commit's render hands React Flow the document's nodes (the drop draws once, where it
      // landed); a drop that changed nothing renders nothing, so the next frame snaps it back.
      settling.current = { drag, frame: requestAnimationFrame(settle) };
    },
    [store, t, settle],
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
    onNodesChange,
    onNodeDragStart,
    onNodeDragStop,
    onSelectionDragStart,
    onSelectionDragStop,
  };
}

/**
 * The canvas: React Flow over the document. Nodes and edges are derived from the store (see
 * flow.ts); user gestures become store actions: a drag is one gesture (one undo entry), a drop
 * adds a resource where the catalog allows it, drawing between handles adds a connection.
 */
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  SelectionMode,
  useReactFlow,
} from '@xyflow/react';
import type {
  Connection as FlowConnection,
  EdgeChange,
  NodeChange,
  OnNodeDrag,
  Viewport,
} from '@xyflow/react';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { canPlace, isResourceType } from '../../shared/catalog/index';
import type { Design } from '../../shared/model/types';
import { showToast } from '../app/toast';
import { costByResource, findingsByResource, publicSubnetsOf, useCost } from '../engine/index';
import { useT } from '../i18n';
import { freshId, reparent } from '../store/edits';
import { useEditor, useEditorStore } from '../store/index';
import { computeLayout, mergeLayout, missingLayout } from '../../shared/diagram/layout';
import { defaultConnection, duplicateOf } from './connect';
import { DRAG_TYPE } from './dnd';
import { edgeTypes } from './edges';
import { createFlowMapper } from './flow';
import type { ResourceFlowNode } from './flow';
import {
  absolutePosition,
  containerAt,
  GRID,
  indexResources,
  sizeOf,
  withDescendants,
} from '../../shared/diagram/geometry';
import { nodeTypes } from './nodes';
import { refusalMessage } from './placement';
import { useAddResource } from './useAddResource';

const SNAP: [number, number] = [GRID, GRID];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
/** Below this zoom, text on the canvas is hidden (see farOut). */
const FAR_ZOOM = 0.35;

// MiniMap: containers as outlines (a filled VPC would hide everything in it), resources as dots.
function miniMapColor(node: ResourceFlowNode): string {
  return node.type === 'container' ? 'transparent' : 'var(--accent)';
}
function miniMapStroke(node: ResourceFlowNode): string {
  return node.type === 'container' ? 'var(--vpc-border)' : 'transparent';
}

function applySelection(current: readonly string[], changes: { id: string; selected: boolean }[]): string[] {
  const next = new Set(current);
  for (const change of changes) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  return [...next];
}

/** Runs ELK once per loaded document that lacks layout; the result is part of loading, not an edit. */
function useAutoLayoutOnLoad(): void {
  const store = useEditorStore();
  const loadCount = useEditor((s) => s.loadCount);
  const flow = useReactFlow();
  useEffect(() => {
    const design = store.getState().design;
    if (missingLayout(design).length === 0) return;
    let cancelled = false;
    void computeLayout(design).then((boxes) => {
      if (cancelled || store.getState().loadCount !== loadCount) return;
      store.amendLoaded((draft) => mergeLayout(design, boxes, draft));
      requestAnimationFrame(() => void flow.fitView({ padding: 0.1 }));
    });
    return () => {
      cancelled = true;
    };
  }, [store, loadCount, flow]);
}

export function Canvas() {
  const store = useEditorStore();
  const t = useT();
  const flow = useReactFlow();
  const design = useEditor((s) => s.design);
  const selection = useEditor((s) => s.selection);
  const simulation = useEditor((s) => s.simulation);
  const theme = useEditor((s) => s.theme);
  const loadCount = useEditor((s) => s.loadCount);
  const [mapper] = useState(createFlowMapper);
  const { addAtScreen } = useAddResource();
  const dragging = useRef(false);
  // Level of detail: far out, names, types, cost tags and edge labels are unreadable anyway;
  // hiding them (a class on the wrapper, flipped only when crossing the threshold) keeps
  // panning a 1,000-resource overview smooth.
  const [farOut, setFarOut] = useState(false);
  const onMove = useCallback((_event: unknown, viewport: Viewport) => {
    setFarOut(viewport.zoom < FAR_ZOOM);
  }, []);

  useAutoLayoutOnLoad();

  // Geometry follows the document at once; what the engine says follows a render later.
  const derived = useDeferredValue(design);
  const findings = findingsByResource(derived);
  const publicSubnets = publicSubnetsOf(derived);
  const costs = costByResource(useCost());
  const { nodes, edges } = useMemo(
    () => mapper({ design, selection, findings, publicSubnets, costs, simulation }),
    [mapper, design, selection, findings, publicSubnets, costs, simulation],
  );

  // A newly loaded document is framed once. Never for an empty one: React Flow queues a fit
  // until nodes exist, and the view would then jump under the user's first drop.
  useEffect(() => {
    if (loadCount === 0 || store.getState().design.resources.length === 0) return;
    const frame = requestAnimationFrame(() => void flow.fitView({ padding: 0.1 }));
    return () => cancelAnimationFrame(frame);
  }, [loadCount, flow, store]);

  const onNodesChange = useCallback(
    (changes: NodeChange<ResourceFlowNode>[]) => {
      const selects: { id: string; selected: boolean }[] = [];
      const moves: { id: string; x: number; y: number }[] = [];
      const sizes: { id: string; w: number; h: number }[] = [];
      for (const change of changes) {
        if (change.type === 'select') selects.push({ id: change.id, selected: change.selected });
        else if (change.type === 'position' && change.position)
          moves.push({ id: change.id, x: Math.round(change.position.x), y: Math.round(change.position.y) });
        else if (change.type === 'dimensions' && change.resizing !== undefined && change.dimensions)
          sizes.push({
            id: change.id,
            w: Math.round(change.dimensions.width),
            h: Math.round(change.dimensions.height),
          });
      }
      if (selects.length > 0) store.select(applySelection(store.getState().selection, selects));
      if (moves.length > 0 || sizes.length > 0) {
        store.apply(t(sizes.length > 0 ? 'ui.action.resize' : 'ui.action.move'), (draft) => {
          draft.layout ??= {};
          for (const move of moves) {
            const box = draft.layout[move.id];
            if (box) {
              box.x = move.x;
              box.y = move.y;
            } else draft.layout[move.id] = { x: move.x, y: move.y };
          }
          for (const size of sizes) {
            const box = draft.layout[size.id] ?? (draft.layout[size.id] = { x: 0, y: 0 });
            box.w = size.w;
            box.h = size.h;
          }
        });
      }
    },
    [store, t],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const selects = changes.flatMap((c) =>
        c.type === 'select' ? [{ id: c.id, selected: c.selected }] : [],
      );
      if (selects.length > 0) store.select(applySelection(store.getState().selection, selects));
    },
    [store],
  );

  const onNodeDragStart: OnNodeDrag<ResourceFlowNode> = useCallback(() => {
    dragging.current = true;
    store.beginGesture(t('ui.action.move'));
  }, [store, t]);

  // At the end of a drag, a node whose centre landed in another container moves into it, if
  // the catalog allows; otherwise the whole drag is undone (the node snaps back) with a toast.
  const onNodeDragStop: OnNodeDrag<ResourceFlowNode> = useCallback(
    (_event, _node, dragged) => {
      if (!dragging.current) return;
      dragging.current = false;
      const design: Design = store.getState().design;
      const index = indexResources(design);
      const draggedIds = new Set(dragged.map((n) => n.id));
      const moves: { id: string; parent: string | undefined; at: { x: number; y: number } }[] = [];
      for (const node of dragged) {
        const resource = index.get(node.id);
        if (!resource || (resource.parent && draggedIds.has(resource.parent))) continue;
        const at = absolutePosition(design, resource.id, index);
        const size = sizeOf(resource, design.layout?.[resource.id]);
        const centre = { x: at.x + size.w / 2, y: at.y + size.h / 2 };
        const target = containerAt(design, centre, withDescendants(design, [resource.id]));
        if (target?.id === resource.parent) continue;
        if (!canPlace(resource.type, target?.type)) {
          store.cancelGesture();
          showToast(refusalMessage(t, resource.type, target?.type, 'ui.move.refused'), 'error');
          return;
        }
        moves.push({ id: resource.id, parent: target?.id, at });
      }
      if (moves.length > 0) {
        store.apply(t('ui.action.move'), (draft) => {
          for (const move of moves) reparent(draft, move.id, move.parent, move.at);
        });
      }
      store.endGesture();
    },
    [store, t],
  );

  const onConnect = useCallback(
    (params: FlowConnection) => {
      const design = store.getState().design;
      const index = indexResources(design);
      const from = index.get(params.source);
      const to = index.get(params.target);
      if (!from || !to) return;
      if (from.id === to.id) {
        showToast(t('ui.connect.self'), 'error');
        return;
      }
      const candidate = defaultConnection(from, to);
      if (duplicateOf(design, candidate)) {
        showToast(t('ui.connect.duplicate'), 'error');
        return;
      }
      let id = '';
      store.apply(t('ui.action.connect'), (draft) => {
        id = freshId(draft, 'c');
        draft.connections.push({ id, ...candidate });
      });
      store.select([id]);
    },
    [store, t],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(DRAG_TYPE)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(DRAG_TYPE);
      if (!isResourceType(type)) return;
      event.preventDefault();
      addAtScreen(type, { x: event.clientX, y: event.clientY });
    },
    [addAtScreen],
  );

  const onPaneClick = useCallback(() => store.select([]), [store]);

  // Frame a design the store started with. (Not the `fitView` prop: that also fires when the
  // first node of an empty design appears, and the view would jump under the user's drop.)
  const onInit = useCallback(() => {
    if (store.getState().design.resources.length > 0) void flow.fitView({ padding: 0.1 });
  }, [store, flow]);

  return (
    <div
      className={farOut ? 'canvas far-out' : 'canvas'}
      onDragOver={onDragOver}
      onDrop={onDrop}
      data-testid="canvas"
    >
      <ReactFlow<ResourceFlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onPaneClick={onPaneClick}
        colorMode={theme}
        snapToGrid
        snapGrid={SNAP}
        onlyRenderVisibleElements
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode="Shift"
        selectionMode={SelectionMode.Partial}
        minZoom={0.05}
        maxZoom={2.5}
        onInit={onInit}
        onMove={onMove}
        proOptions={PRO_OPTIONS}
        aria-label={t('ui.canvas.label')}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID} size={1} />
        <MiniMap
          pannable
          zoomable
          nodeStrokeWidth={3}
          nodeColor={miniMapColor}
          nodeStrokeColor={miniMapStroke}
        />
        <Controls />
      </ReactFlow>
      {design.resources.length === 0 && <div className="canvas-empty">{t('ui.canvas.empty')}</div>}
    </div>
  );
}

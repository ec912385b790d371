/**
 * The canvas: React Flow over the document. Nodes and edges are derived from the store (see
 * flow.ts); user gestures become store actions: a drag is one gesture (one undo entry), a drop
 * adds a resource where the catalog allows it, drawing between handles adds a connection.
 */
import {
  Background,
  BackgroundVariant,
  Controls,
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
import { isResourceType } from '../../shared/catalog/index';
import {
  associate,
  associationAt,
  connect,
  dropShapes,
  moveShapes,
  normalizePlacement,
  shapePosition,
  translateMessage,
} from '../../shared/edit/index';
import { produce } from 'immer';
import { showToast } from '../app/toast';
import { costByResource, findingsByResource, publicSubnetsOf, useCost } from '../engine/index';
import { useT } from '../i18n';
import { useEditor, useEditorStore } from '../store/index';
import { computeLayout, mergeLayout, missingLayout } from '../../shared/diagram/layout';
import { DRAG_TYPE } from './dnd';
import { EdgeMarkers, edgeTypes } from './edges';
import { createFlowMapper, resourceIdOfNode } from './flow';
import type { FlowNode } from './flow';
import { useRoutes } from './useRoutes';
import { useNetworkDetails } from './viewOptions';
import { CanvasMinimap } from '../app/CanvasMinimap';
import { GRID } from '../../shared/diagram/geometry';
import { nodeTypes } from './nodes';
import { useAddResource } from './useAddResource';

const SNAP: [number, number] = [GRID, GRID];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
/** Below this zoom, text on the canvas is hidden (see farOut). */
const FAR_ZOOM = 0.35;

// MiniMap: containers as outlines (a filled VPC would hide everything in it), resources as dots.
function miniMapColor(node: FlowNode): string {
  return node.type === 'resource' ? 'var(--accent)' : 'transparent';
}
function miniMapStroke(node: FlowNode): string {
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

/**
 * Opening a document: old designs get the placement normaliser (a multi-subnet resource's home
 * shape moves into its first subnet), and a document without any layout gets the whole
 * automatic layout; one with a few boxes missing gets only those. Part of loading, not an edit.
 */
function useAutoLayoutOnLoad(): void {
  const store = useEditorStore();
  const loadCount = useEditor((s) => s.loadCount);
  const flow = useReactFlow();
  useEffect(() => {
    const loaded = store.getState().design;
    const design = produce(loaded, (draft) => normalizePlacement(draft));
    const missing = missingLayout(design).length;
    if (design === loaded && missing === 0) return;
    if (missing === 0) {
      store.amendLoaded((draft) => normalizePlacement(draft));
      return;
    }
    const bare = Object.keys(loaded.layout ?? {}).length === 0;
    let cancelled = false;
    void computeLayout(design).then((boxes) => {
      if (cancelled || store.getState().loadCount !== loadCount) return;
      store.amendLoaded((draft) => {
        normalizePlacement(draft);
        if (bare) draft.layout = boxes;
        else mergeLayout(design, boxes, draft);
      });
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
  const networkDetails = useNetworkDetails();
  const routes = useRoutes(design);
  const { nodes, edges } = useMemo(() => {
    const model = mapper({
      design,
      selection,
      findings,
      publicSubnets,
      costs,
      simulation,
      networkDetails,
      routes,
    });
    return {
      nodes: model.nodes,
      edges: model.details.length ? [...model.edges, ...model.details] : model.edges,
    };
  }, [mapper, design, selection, findings, publicSubnets, costs, simulation, networkDetails, routes]);

  // A newly loaded document is framed once. Never for an empty one: React Flow queues a fit
  // until nodes exist, and the view would then jump under the user's first drop.
  useEffect(() => {
    if (loadCount === 0 || store.getState().design.resources.length === 0) return;
    const frame = requestAnimationFrame(() => void flow.fitView({ padding: 0.1 }));
    return () => cancelAnimationFrame(frame);
  }, [loadCount, flow, store]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const selects: { id: string; selected: boolean }[] = [];
      const moves: { id: string; x: number; y: number }[] = [];
      const sizes: { id: string; w: number; h: number }[] = [];
      for (const change of changes) {
        // AZ groups are derived from the subnets; they are never selected, moved or resized.
        if ('id' in change && change.id.startsWith('az:')) continue;
        // Selecting a replica shape selects its resource (one inspector for every shape).
        if (change.type === 'select')
          selects.push({ id: resourceIdOfNode(change.id), selected: change.selected });
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
        store.perform(moveShapes, {
          moves: moves.map((m) => ({ key: m.id, x: m.x, y: m.y })),
          sizes: sizes.map((m) => ({ key: m.id, w: m.w, h: m.h })),
        });
      }
    },
    [store],
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

  const onNodeDragStart: OnNodeDrag<FlowNode> = useCallback(() => {
    dragging.current = true;
    store.beginGesture({ key: 'ui.action.move' });
  }, [store]);

  // At the end of a drag, a shape whose centre landed in another container moves into it (with
  // Alt, a multi-subnet resource extends to that subnet instead); a refused drop undoes the
  // whole drag (the shape snaps back) and a toast says why and where it can go.
  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback(
    (event, _node, dragged) => {
      if (!dragging.current) return;
      dragging.current = false;
      const design = store.getState().design;
      const items = dragged
        .filter((node) => !node.id.startsWith('az:'))
        .map((node) => ({ key: node.id, at: shapePosition(design, node.id) }));
      // A security group dropped on a resource, or a table on a subnet: associate them, and the
      // shape goes back where it was.
      const pair =
        items.length === 1 && items[0] ? associationAt(design, items[0].key, items[0].at) : undefined;
      if (pair) {
        store.cancelGesture();
        const associated = store.perform(associate, pair);
        if (!associated.ok) showToast(translateMessage(t, associated.refusal), 'error');
        return;
      }
      const extend = event.altKey;
      // Extending leaves the dragged shape where it was: undo the drag, then add the placement.
      if (extend) store.cancelGesture();
      const result = store.perform(dropShapes, { items, extend });
      if (!result.ok) {
        if (!extend) store.cancelGesture();
        showToast(translateMessage(t, result.refusal), 'error');
        return;
      }
      if (!extend) store.endGesture();
    },
    [store, t],
  );

  // A line drawn between two shapes becomes what it means: traffic, a route, an association or
  // an attachment (shared/edit connect); a pair that means nothing is refused with the reason.
  const onConnect = useCallback(
    (params: FlowConnection) => {
      const result = store.perform(connect, {
        from: resourceIdOfNode(params.source),
        to: resourceIdOfNode(params.target),
      });
      if (!result.ok) {
        showToast(translateMessage(t, result.refusal), 'error');
        return;
      }
      store.select([result.value.select]);
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
      <EdgeMarkers />
      <ReactFlow<FlowNode>
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
        <CanvasMinimap nodeStrokeWidth={3} nodeColor={miniMapColor} nodeStrokeColor={miniMapStroke} />
        <Controls />
      </ReactFlow>
      {design.resources.length === 0 && <div className="canvas-empty">{t('ui.canvas.empty')}</div>}
    </div>
  );
}

/**
 * The canvas: React Flow over the document. Each part has its own file: the view model
 * (useFlowModel: nodes and edges derived from the store), node gestures (useNodeGestures:
 * select, drag kept in React Flow's store and committed once per gesture, resize), the other
 * edits (useCanvasEdits: connect, drop from the palette, edge selection), and the layout a
 * document gets on open (useAutoLayoutOnLoad). This file wires them to <ReactFlow>.
 */
import {
  Background,
  BackgroundVariant,
  Controls,
  ReactFlow,
  SelectionMode,
  useReactFlow,
  useStore,
  useStoreApi,
} from '@xyflow/react';
import type { ReactFlowInstance, ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { useT } from '../i18n';
import { useEditor, useEditorStore } from '../store/index';
import { createValueStore, useValue } from '../store/valueStore';
import { CanvasMinimap } from '../app/CanvasMinimap';
import { GRID } from '../../shared/diagram/geometry';
import { ConnectionPreview } from './ConnectionPreview';
import { isLowDetail, LowDetailContext, MIN_ZOOM } from './detail';
import { EdgeMarkers, edgeTypes } from './edges';
import { FarOutCanvas } from './FarOutCanvas';
import { measureChangesOnly } from './measureChanges';
import type { FlowNode } from './flow';
import { nodeTypes } from './nodes';
import { useAutoLayoutOnLoad } from './useAutoLayoutOnLoad';
import { useCanvasEdits } from './useCanvasEdits';
import { useFlowModel } from './useFlowModel';
import { useNodeGestures } from './useNodeGestures';
import './canvas.css';

const SNAP: [number, number] = [GRID, GRID];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
/** Far out the lines are drawn in the far-out picture (FarOutCanvas.tsx), not by React Flow. */
const NO_EDGES: never[] = [];
/** Level of detail (detail.ts): a boolean, so the canvas re-renders only when crossing it. */
const lowDetailOf = (s: ReactFlowState) => isLowDetail(s.transform[2]);

// MiniMap: containers as outlines (a filled VPC would hide everything in it), resources as dots.
function miniMapColor(node: FlowNode): string {
  return node.type === 'resource' ? 'var(--accent)' : 'transparent';
}
function miniMapStroke(node: FlowNode): string {
  return node.type === 'container' ? 'var(--vpc-border)' : 'transparent';
}

/**
 * A newly loaded document is framed once. Never for an empty one: React Flow queues a fit until
 * nodes exist, and the view would then jump under the user's first drop. (Not the `fitView`
 * prop either: that also fires when the first node of an empty design appears.)
 *
 * Framed at once, before the first frame: React Flow has adopted the new nodes by now (its
 * store updater is an effect of a child, run before this one) and each has its size from the
 * layout, so the view changes in the same task as the open. The shapes then mount once, at the
 * zoom they are seen at (far out: tiles); framed a frame later, a large design mounted first at
 * the previous zoom and then again. `framing` is true from the render that brings a new
 * document until it is framed: the canvas hands React Flow no lines meanwhile, which it would
 * otherwise draw once at the previous zoom, every one, only to drop them when far out.
 */
function useFitOnLoad(): { onInit: () => void; framing: boolean } {
  const store = useEditorStore();
  const flow = useReactFlow();
  const loadCount = useEditor((s) => s.loadCount);
  // Read through useSyncExternalStore: set in the effect below, it re-renders the canvas in the
  // same render as the view change the fit makes (an urgent update, as React Flow's store's).
  const [framed] = useState(() => createValueStore(loadCount));
  const framing = useValue(framed) !== loadCount;
  useEffect(() => {
    if (loadCount === 0 || store.getState().design.resources.length === 0 || fitNow(flow)) {
      framed.set(loadCount);
      return;
    }
    const frame = requestAnimationFrame(() => {
      void flow.fitView({ padding: 0.1 });
      framed.set(loadCount);
    });
    return () => cancelAnimationFrame(frame);
  }, [loadCount, flow, store, framed]);
  // onInit: frame a design the store started with.
  const onInit = useCallback(() => {
    if (store.getState().design.resources.length > 0) void flow.fitView({ padding: 0.1 });
  }, [store, flow]);
  return { onInit, framing };
}

/** Frames every node React Flow holds now, as `fitView` would; false when it holds none yet. */
function fitNow(flow: ReactFlowInstance): boolean {
  const nodes = flow.getNodes();
  if (nodes.length === 0) return false;
  const bounds = flow.getNodesBounds(nodes);
  if (bounds.width <= 0 || bounds.height <= 0) return false;
  void flow.fitBounds(bounds, { padding: 0.1 });
  return true;
}

/**
 * `moving` on the canvas while the view pans or zooms: the viewport then gets its own
 * compositor layer (canvas.css), so a frame of the gesture moves pixels already drawn instead
 * of painting every shape again. Only during the gesture: a layer kept at one scale would blur
 * the text after a zoom. Set on the element, not in React state, so a gesture renders nothing.
 */
function useMovingClass() {
  const [element, attach] = useState<HTMLDivElement | null>(null);
  // Counts the ends of pan and zoom gestures, for the far-out picture (FarOutCanvas.tsx).
  const [moveEnds] = useState(() => createValueStore(0));
  const onMoveStart = useCallback(() => element?.classList.add('moving'), [element]);
  const onMoveEnd = useCallback(() => {
    element?.classList.remove('moving');
    moveEnds.set(moveEnds.get() + 1);
  }, [element, moveEnds]);
  return { attach, onMoveStart, onMoveEnd, moveEnds };
}

export function Canvas() {
  const t = useT();
  const theme = useEditor((s) => s.theme);
  const empty = useEditor((s) => s.design.resources.length === 0);
  // Level of detail: far out, shapes draw as tiles and bare boxes (the nodes and edges read
  // the context; `far-out` on the wrapper hides what other parts draw on the canvas).
  const lowDetail = useStore(lowDetailOf);
  const { attach, onMoveStart, onMoveEnd, moveEnds } = useMovingClass();
  // Before <ReactFlow> first renders: its ResizeObserver keeps the store's function it finds.
  const flowStore = useStoreApi();
  useState(() => measureChangesOnly(flowStore));

  const layingOut = useAutoLayoutOnLoad();
  const { onInit, framing } = useFitOnLoad();
  const gestures = useNodeGestures();
  const edits = useCanvasEdits();
  const { nodes, edges } = useFlowModel();

  return (
    <div
      ref={attach}
      className={lowDetail ? 'canvas far-out' : 'canvas'}
      onDragOver={edits.onDragOver}
      onDrop={edits.onDrop}
      data-testid="canvas"
    >
      <EdgeMarkers />
      <LowDetailContext.Provider value={lowDetail}>
        <ReactFlow<FlowNode>
          nodes={nodes}
          edges={lowDetail || framing ? NO_EDGES : edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={gestures.onNodesChange}
          onEdgesChange={edits.onEdgesChange}
          onNodeDragStart={gestures.onNodeDragStart}
          onNodeDragStop={gestures.onNodeDragStop}
          onSelectionDragStart={gestures.onSelectionDragStart}
          onSelectionDragStop={gestures.onSelectionDragStop}
          onConnect={edits.onConnect}
          connectionLineComponent={ConnectionPreview}
          onPaneClick={edits.onPaneClick}
          colorMode={theme}
          snapToGrid
          snapGrid={SNAP}
          // Zoomed in, only what is on screen is mounted. Far out, every shape stays mounted:
          // culling would mount and measure shapes at the edge on every frame of a pan or zoom,
          // while a low-detail shape costs almost nothing to keep (and Fit shows them all anyway).
          onlyRenderVisibleElements={!lowDetail}
          deleteKeyCode={null}
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          selectionKeyCode="Shift"
          selectionMode={SelectionMode.Partial}
          minZoom={MIN_ZOOM}
          maxZoom={2.5}
          onInit={onInit}
          onMoveStart={onMoveStart}
          onMoveEnd={onMoveEnd}
          proOptions={PRO_OPTIONS}
          aria-label={t('ui.canvas.label')}
        >
          {/* Far out the dots would be a pixel apart: a grey haze repainted on every frame. */}
          {!lowDetail && <Background variant={BackgroundVariant.Dots} gap={GRID} size={1} />}
          {/* Far out: every shape and line in one bitmap; the DOM shapes stay for the pointer. */}
          {lowDetail && <FarOutCanvas edges={edges} theme={theme} moveEnds={moveEnds} />}
          <CanvasMinimap nodeStrokeWidth={3} nodeColor={miniMapColor} nodeStrokeColor={miniMapStroke} />
          <Controls />
        </ReactFlow>
      </LowDetailContext.Provider>
      {empty && <div className="canvas-empty">{t('ui.canvas.empty')}</div>}
      {layingOut > 0 && (
        <div className="canvas-progress" role="status" data-testid="layout-progress">
          <span className="canvas-progress-bar" aria-hidden="true" />
          <strong>{t('scale.layout.running', { count: layingOut })}</strong>
          <span>{t('scale.layout.hint')}</span>
        </div>
      )}
    </div>
  );
}

/**
 * The canvas: React Flow over the document. Each part has its own file: the view model
 * (useFlowModel: nodes and edges derived from the store, with a running drag laid over them),
 * node gestures (useNodeGestures: select, drag committed once per gesture, resize), the other
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
} from '@xyflow/react';
import type { Viewport } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { useT } from '../i18n';
import { useEditor, useEditorStore } from '../store/index';
import { CanvasMinimap } from '../app/CanvasMinimap';
import { GRID } from '../../shared/diagram/geometry';
import { ConnectionPreview } from './ConnectionPreview';
import { EdgeMarkers, edgeTypes } from './edges';
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
/** Below this zoom, text on the canvas is hidden (see farOut). */
const FAR_ZOOM = 0.35;

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
 */
function useFitOnLoad(): () => void {
  const store = useEditorStore();
  const flow = useReactFlow();
  const loadCount = useEditor((s) => s.loadCount);
  useEffect(() => {
    if (loadCount === 0 || store.getState().design.resources.length === 0) return;
    const frame = requestAnimationFrame(() => void flow.fitView({ padding: 0.1 }));
    return () => cancelAnimationFrame(frame);
  }, [loadCount, flow, store]);
  // onInit: frame a design the store started with.
  return useCallback(() => {
    if (store.getState().design.resources.length > 0) void flow.fitView({ padding: 0.1 });
  }, [store, flow]);
}

export function Canvas() {
  const t = useT();
  const theme = useEditor((s) => s.theme);
  const empty = useEditor((s) => s.design.resources.length === 0);
  // Level of detail: far out, names, types, cost tags and edge labels are unreadable anyway;
  // hiding them (a class on the wrapper, flipped only when crossing the threshold) keeps
  // panning a 1,000-resource overview smooth.
  const [farOut, setFarOut] = useState(false);
  const onMove = useCallback((_event: unknown, viewport: Viewport) => {
    setFarOut(viewport.zoom < FAR_ZOOM);
  }, []);

  const layingOut = useAutoLayoutOnLoad();
  const onInit = useFitOnLoad();
  const gestures = useNodeGestures();
  const edits = useCanvasEdits();
  const { nodes, edges } = useFlowModel(gestures.positions);

  return (
    <div
      className={farOut ? 'canvas far-out' : 'canvas'}
      onDragOver={edits.onDragOver}
      onDrop={edits.onDrop}
      data-testid="canvas"
    >
      <EdgeMarkers />
      <ReactFlow<FlowNode>
        nodes={nodes}
        edges={edges}
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

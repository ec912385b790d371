/**
 * The canvas minimap, shown only when it helps: when part of the design is out of view. With the
 * whole design on screen it would only cover a corner of it (a container's resize handle, the hop
 * a simulation is pointing at), so it steps aside. View > Minimap (Shift+M) hides it altogether.
 * Rendered inside <ReactFlow> by the canvas, which passes the colours.
 */
import { MiniMap, useStore } from '@xyflow/react';
import type { MiniMapProps, Node, ReactFlowState } from '@xyflow/react';
import { MINIMAP_SIZE, useMinimapVisible } from './minimap';

/** True when every node lies inside the visible part of the canvas (a primitive: re-renders only on change). */
function everythingInView(s: ReactFlowState): boolean {
  const [tx, ty, zoom] = s.transform;
  if (!s.width || !s.height || zoom <= 0) return true;
  const left = -tx / zoom;
  const top = -ty / zoom;
  const right = left + s.width / zoom;
  const bottom = top + s.height / zoom;
  for (const node of s.nodeLookup.values()) {
    if (node.hidden) continue;
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? 0;
    const height = node.measured.height ?? 0;
    if (x < left || y < top || x + width > right || y + height > bottom) return false;
  }
  return true;
}

export function CanvasMinimap<N extends Node>(
  props: Pick<MiniMapProps<N>, 'nodeColor' | 'nodeStrokeColor' | 'nodeStrokeWidth'>,
) {
  const wanted = useMinimapVisible();
  const allInView = useStore(everythingInView);
  if (!wanted || allInView) return null;
  return <MiniMap<N> {...props} className="canvas-minimap" style={MINIMAP_SIZE} pannable zoomable />;
}

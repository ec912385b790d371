/**
 * The canvas minimap, shown only when it helps: when part of the design is out of view. With the
 * whole design on screen it would only cover a corner of it, so it steps aside. It never covers
 * what the app is pointing at: the resource a simulation step highlights, or the resize corners
 * of a selected container. When one of those is under its corner (bottom right) it moves to the
 * top right, and hides when that corner is taken too.
 * Zoomed far out (renderer/canvas/detail.ts) it steps aside too: the canvas is then itself an
 * overview, and a minimap of thousands of shapes would repaint on every frame of a pan or zoom.
 * View > Minimap (Shift+M) hides it altogether. Rendered inside <ReactFlow> by the canvas, which
 * passes the colours. The picture itself is MinimapDrawing.tsx (one canvas, not one SVG element
 * per shape: cheap at thousands of shapes).
 */
import { useStore } from '@xyflow/react';
import type { Node, ReactFlowState } from '@xyflow/react';
import { MinimapDrawing } from './MinimapDrawing';
import type { MinimapDrawingProps } from './MinimapDrawing';
import { useEditor } from '../store/index';
import { isLowDetail } from '../canvas/detail';
import { MINIMAP_MARGIN, MINIMAP_SIZE, useMinimapVisible } from './minimap';

type Corner = 'bottom-right' | 'top-right';
type Rect = { x: number; y: number; w: number; h: number };

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

const farOutOf = (s: ReactFlowState) => isLowDetail(s.transform[2]);

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The minimap's box in screen pixels of the pane, at a corner. */
function cornerBox(s: ReactFlowState, corner: Corner): Rect {
  const w = MINIMAP_SIZE.width;
  const h = MINIMAP_SIZE.height;
  const x = s.width - MINIMAP_MARGIN - w;
  const y = corner === 'bottom-right' ? s.height - MINIMAP_MARGIN - h : MINIMAP_MARGIN;
  return { x, y, w, h };
}

/**
 * Where the minimap may go without covering `pointed` (node ids drawn in full) or the resize
 * corner of `corners` (selected containers), or null when both corners are taken.
 */
export function minimapCorner(
  s: ReactFlowState,
  pointed: readonly string[],
  corners: readonly string[],
): Corner | null {
  const [tx, ty, zoom] = s.transform;
  const onScreen = (id: string): Rect | null => {
    const node = s.nodeLookup.get(id);
    if (!node || node.hidden) return null;
    const { x, y } = node.internals.positionAbsolute;
    return {
      x: x * zoom + tx,
      y: y * zoom + ty,
      w: (node.measured.width ?? 0) * zoom,
      h: (node.measured.height ?? 0) * zoom,
    };
  };
  // A resize handle is a small square on each corner; keep some room around it for the pointer.
  const handles = (r: Rect): Rect[] =>
    [r.x, r.x + r.w].flatMap((x) => [r.y, r.y + r.h].map((y) => ({ x: x - 16, y: y - 16, w: 32, h: 32 })));
  const keepClear = [
    ...pointed.map(onScreen).filter((r): r is Rect => r !== null),
    ...corners
      .filter((id) => s.nodeLookup.get(id)?.type === 'container')
      .map(onScreen)
      .filter((r): r is Rect => r !== null)
      .flatMap(handles),
  ];
  for (const corner of ['bottom-right', 'top-right'] as const) {
    const box = cornerBox(s, corner);
    if (!keepClear.some((r) => overlaps(r, box))) return corner;
  }
  return null;
}

export function CanvasMinimap<N extends Node>(
  props: Pick<MinimapDrawingProps<N>, 'nodeColor' | 'nodeStrokeColor' | 'nodeStrokeWidth'>,
) {
  const wanted = useMinimapVisible();
  const farOut = useStore(farOutOf);
  // Far out it is hidden anyway: skip the walk over every node on each frame of a gesture.
  const allInView = useStore((s) => farOutOf(s) || everythingInView(s));
  const focus = useEditor((state) => state.simulation.focus);
  const selection = useEditor((state) => state.selection);
  const pointed = focus?.resource ? [focus.resource] : [];
  const corner = useStore((s) => minimapCorner(s, pointed, selection));
  if (!wanted || allInView || farOut || corner === null) return null;
  return <MinimapDrawing<N> {...props} className="canvas-minimap" corner={corner} size={MINIMAP_SIZE} />;
}

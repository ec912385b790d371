/**
 * The minimap drawn as one picture: every shape painted into a single <canvas>, the visible part
 * of the canvas shown by an SVG mask on top of it. React Flow's <MiniMap> mounts one SVG element
 * with its own store subscription per node, so each store update (every pointer move of a drag,
 * every click) ran thousands of selectors; here one subscription marks the picture stale and it
 * is repainted at most once per animation frame, only when what it shows changed. The shapes'
 * extent is measured in that same frame, not in a store selector: a selector runs on every store
 * update, and walking 5,000 nodes there cost a click up to 7 ms.
 * Panning by dragging it and zooming with the wheel go through React Flow's own minimap handler
 * (XYMinimap from @xyflow/system), wired as React Flow wires it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Panel, useStore, useStoreApi } from '@xyflow/react';
import type { InternalNode, Node, ReactFlowState } from '@xyflow/react';
import { XYMinimap } from '@xyflow/system';
import type { XYMinimapInstance } from '@xyflow/system';
import { frameMinimap, projectBox, unionRect } from './minimapProjection';
import type { FlowRect, MinimapFrame } from './minimapProjection';

type Size = { readonly width: number; readonly height: number };

export type MinimapDrawingProps<N extends Node> = {
  className: string;
  corner: 'bottom-right' | 'top-right';
  size: Size;
  /** Fill of a node (a colour or `var(--name)`); 'transparent' for none. */
  nodeColor: (node: N) => string;
  /** Outline of a node, likewise. */
  nodeStrokeColor: (node: N) => string;
  /** Outline width in flow units (at least one pixel is drawn). */
  nodeStrokeWidth: number;
};

/** The visible part of the canvas, in flow coordinates. */
function viewOf(s: ReactFlowState): FlowRect {
  const [tx, ty, zoom] = s.transform;
  return { x: -tx / zoom, y: -ty / zoom, width: s.width / zoom, height: s.height / zoom };
}

/**
 * One walk over the nodes: the extent of the shapes (null for none) and a cheap fingerprint of
 * every box (a drag replaces entries inside the same lookup map, so its identity says nothing).
 */
function measureShapes(s: ReactFlowState): { extent: FlowRect | null; signature: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let signature = 0;
  for (const node of s.nodeLookup.values()) {
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? 0;
    const height = node.measured.height ?? 0;
    signature = (signature * 31 + x * 7 + y * 13 + width + height * 3 + (node.hidden ? 1 : 0)) % 1e9;
    if (node.hidden) continue;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + width);
    maxY = Math.max(maxY, y + height);
  }
  const extent = minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  return { extent, signature };
}

/** Shapes and view together: what the minimap frames. */
const framed = (extent: FlowRect | null, view: FlowRect) => (extent ? unionRect(extent, view) : view);

const sameRect = (a: FlowRect, b: FlowRect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const sameExtent = (a: FlowRect | null, b: FlowRect | null) => (a && b ? sameRect(a, b) : a === b);

/** Resolves `var(--name)` against the element (dark mode changes the variables). */
function resolveColour(el: Element, colour: string, cache: Map<string, string>): string {
  const known = cache.get(colour);
  if (known !== undefined) return known;
  const match = /^var\((--[\w-]+)\)$/.exec(colour.trim());
  const value = match ? getComputedStyle(el).getPropertyValue(match[1]!).trim() || 'transparent' : colour;
  cache.set(colour, value);
  return value;
}

function paint<N extends Node>(
  canvas: HTMLCanvasElement,
  nodes: Iterable<InternalNode>,
  frame: MinimapFrame,
  props: MinimapDrawingProps<N>,
): void {
  const { size } = props;
  const ratio = window.devicePixelRatio || 1;
  const pixelWidth = Math.round(size.width * ratio);
  const pixelHeight = Math.round(size.height * ratio);
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, size.width, size.height);
  const colours = new Map<string, string>();
  const k = size.width / frame.view.width;
  // One path per colour, filled or stroked once: thousands of separate fill calls cost far more.
  const fills = new Map<string, Path2D>();
  const strokes = new Map<string, Path2D>();
  const pathFor = (paths: Map<string, Path2D>, colour: string) => {
    let path = paths.get(colour);
    if (!path) paths.set(colour, (path = new Path2D()));
    return path;
  };
  for (const node of nodes) {
    if (node.hidden || !node.measured.width || !node.measured.height) continue;
    // The canvas's store holds the canvas's nodes.
    const user = node.internals.userNode as N;
    const { x, y } = node.internals.positionAbsolute;
    const box = projectBox(frame, size, { x, y, width: node.measured.width, height: node.measured.height });
    const fill = resolveColour(canvas, props.nodeColor(user), colours);
    // A shape smaller than a pixel still shows as a dot.
    if (fill !== 'transparent')
      pathFor(fills, fill).rect(box.x, box.y, Math.max(1, box.width), Math.max(1, box.height));
    const stroke = resolveColour(canvas, props.nodeStrokeColor(user), colours);
    if (stroke !== 'transparent') pathFor(strokes, stroke).rect(box.x, box.y, box.width, box.height);
  }
  for (const [colour, path] of fills) {
    ctx.fillStyle = colour;
    ctx.fill(path);
  }
  ctx.lineWidth = Math.max(1, props.nodeStrokeWidth * Math.min(k, size.height / frame.view.height));
  for (const [colour, path] of strokes) {
    ctx.strokeStyle = colour;
    ctx.stroke(path);
  }
}

export function MinimapDrawing<N extends Node>(props: MinimapDrawingProps<N>) {
  const { size, corner, className } = props;
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  // The view from the store (React re-renders only when it moves); the shapes' extent from the
  // painting frame below.
  const seen = useStore(viewOf, sameRect);
  const label = useStore((s) => s.ariaLabelConfig['minimap.ariaLabel']);
  const [extent, setExtent] = useState<FlowRect | null>(null);
  const panZoom = useStore((s) => s.panZoom);
  const flowWidth = useStore((s) => s.width);
  const flowHeight = useStore((s) => s.height);
  const translateExtent = useStore((s) => s.translateExtent);
  const frame = frameMinimap(framed(extent, seen), size);
  const viewScale = useRef(frame.viewScale);
  const propsRef = useRef(props);
  useLayoutEffect(() => {
    viewScale.current = frame.viewScale;
    propsRef.current = props;
  });

  // The picture: repainted on the next frame after any store change that moved a shape or the
  // framing (a pan that keeps the framing only moves the mask, which React draws).
  useEffect(() => {
    let pending = 0;
    let lastLookup: unknown = null;
    let lastFrame: MinimapFrame | null = null;
    let lastSignature = NaN;
    const draw = () => {
      pending = 0;
      const el = canvas.current;
      if (!el) return;
      const s = store.getState();
      const { extent: shapes, signature } = measureShapes(s);
      setExtent((known) => (sameExtent(known, shapes) ? known : shapes));
      const current = frameMinimap(framed(shapes, viewOf(s)), propsRef.current.size);
      if (
        s.nodeLookup === lastLookup &&
        signature === lastSignature &&
        lastFrame &&
        sameRect(lastFrame.view, current.view)
      )
        return;
      lastLookup = s.nodeLookup;
      lastSignature = signature;
      lastFrame = current;
      paint(el, s.nodeLookup.values(), current, propsRef.current);
    };
    const schedule = () => {
      if (!pending) pending = requestAnimationFrame(draw);
    };
    schedule();
    const unsubscribe = store.subscribe(schedule);
    // Dark mode swaps the colour variables without a store change.
    const themeWatch = new MutationObserver(() => {
      lastFrame = null;
      schedule();
    });
    themeWatch.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['class', 'data-theme', 'style'],
    });
    themeWatch.observe(document.body, {
      attributes: true,
      attributeFilter: ['class', 'data-theme', 'style'],
    });
    return () => {
      unsubscribe();
      themeWatch.disconnect();
      if (pending) cancelAnimationFrame(pending);
    };
  }, [store]);

  // Pan by dragging, zoom with the wheel: React Flow's own minimap handler.
  const handler = useRef<XYMinimapInstance | null>(null);
  useEffect(() => {
    if (!svg.current || !panZoom) return;
    handler.current = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => viewScale.current,
    });
    return () => {
      handler.current?.destroy();
      handler.current = null;
    };
  }, [panZoom, store]);
  useEffect(() => {
    handler.current?.update({
      translateExtent,
      width: flowWidth,
      height: flowHeight,
      pannable: true,
      zoomable: true,
    });
  }, [panZoom, translateExtent, flowWidth, flowHeight]);

  const { view } = frame;
  const pad = MASK_PAD * frame.viewScale;
  const mask =
    `M${view.x - pad},${view.y - pad}h${view.width + pad * 2}v${view.height + pad * 2}h${-view.width - pad * 2}z ` +
    `M${seen.x},${seen.y}h${seen.width}v${seen.height}h${-seen.width}z`;
  return (
    <Panel
      position={corner}
      className={`react-flow__minimap ${className}`}
      data-corner={corner}
      data-testid="rf__minimap"
      style={size}
    >
      <canvas
        ref={canvas}
        style={{
          position: 'absolute',
          inset: 0,
          width: size.width,
          height: size.height,
          pointerEvents: 'none',
        }}
      />
      <svg
        ref={svg}
        width={size.width}
        height={size.height}
        viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label={label}
        style={{ position: 'relative' }}
      >
        <title>{label}</title>
        <path className="react-flow__minimap-mask" d={mask} fillRule="evenodd" pointerEvents="none" />
      </svg>
    </Panel>
  );
}

/** How far past the framed area the mask's outer edge reaches, in minimap pixels. */
const MASK_PAD = 5;

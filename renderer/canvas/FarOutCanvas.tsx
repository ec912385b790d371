/**
 * The far-out picture: every shape and line drawn into ONE <canvas> inside React Flow's viewport
 * (detail.ts says when). The DOM nodes stay mounted but paint nothing (canvas.css), so clicks,
 * drags, box selection, tooltips and menus work as before, while a frame of a pan or a zoom is
 * a transform of one bitmap: no per-shape paint, layerization or raster.
 *
 * The bitmap is redrawn (farOutDraw.ts) in the next animation frame after React Flow's nodes
 * change (a drag, a selection, findings, a new document: read from its node lookup, so a running
 * drag shows where React Flow has it), when the connections or the theme change, and when a pan
 * or zoom has settled somewhere the bitmap does not cover or at a scale it no longer suits.
 * Nothing here renders React during a gesture: it listens to React Flow's store directly.
 * A redraw rebuilds only the nodes and edges whose objects changed (updateScene keeps the rest),
 * and paints only when something drawn changed: an edit or an engine answer at 1,000 resources
 * costs a few milliseconds here, not a full rebuild. During a pan or zoom far out the shapes
 * themselves are skipped (canvas.css, `moving`), so a frame is the viewport's transform.
 */
import { useStoreApi, ViewportPortal } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import type { Theme } from '../store/types';
import type { ValueStore } from '../store/valueStore';
import { chooseRaster, drawScene, needsRaster } from './farOutDraw';
import type { Raster } from './farOutDraw';
import { createSceneCache, updateScene } from './farOutScene';
import type { Palette, Scene, SceneCache, SceneEdge } from './farOutScene';
import { shapeDataChanges } from './shapeData';

/** The theme's colours from app.css's variables (the canvas inherits them from <html>). */
export function paletteOf(element: Element, dark: boolean): Palette {
  const style = getComputedStyle(element);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    surface: v('--surface', dark ? '#1e2228' : '#ffffff'),
    accent: v('--accent', '#2962ff'),
    error: v('--error', '#d13212'),
    warning: v('--warning', '#b7791f'),
    focus: v('--focus', '#ff9900'),
    edge: v('--edge-stroke', '#545b64'),
    muted: v('--muted', '#5f6b7a'),
    vpcBorder: v('--vpc-border', '#8c4fff'),
    publicBorder: v('--public-border', '#7aa116'),
    publicBg: v('--public-bg', '#f2f6e8'),
    privateBorder: v('--private-border', '#00a4a6'),
    privateBg: v('--private-bg', '#e6f6f7'),
    unknownBorder: v('--unknown-border', '#7d8998'),
    unknownBg: v('--unknown-bg', 'rgba(125, 137, 152, 0.06)'),
    azBorder: v('--az-border', '#147eba'),
    sgBorder: v('--sg-border', '#dd3522'),
    dark,
  };
}

function viewOf(s: ReactFlowState) {
  const [tx, ty, zoom] = s.transform;
  return { x: -tx / zoom, y: -ty / zoom, w: s.width / zoom, h: s.height / zoom };
}

/** After the last viewport change of a gesture, how long to wait before drawing a sharper bitmap. */
const SETTLE_MS = 150;

export interface FarOutCanvasProps {
  edges: readonly SceneEdge[];
  theme: Theme;
  /** Changes at the end of every pan or zoom of the view (the canvas's onMoveEnd). */
  moveEnds: ValueStore<number>;
}

export function FarOutCanvas({ edges, theme, moveEnds }: FarOutCanvasProps) {
  const store = useStoreApi();
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const checkRef = useRef<(() => void) | null>(null);
  const scheduleRef = useRef<(() => void) | null>(null);
  // Kept across renders: an edit or an engine answer rebuilds only the nodes and edges whose
  // objects changed (farOutScene.ts updateScene), not the whole scene.
  const [cache] = useState<SceneCache>(createSceneCache);
  const edgesRef = useRef(edges);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The end of a pan or zoom (React Flow debounces the wheel): check the bitmap a moment later,
  // so a zoom in several wheel steps draws once. Told by the canvas's onMoveEnd, not through
  // useOnViewportChange: that writes React Flow's store three times when this mounts, and
  // every write runs the store selectors of every shape (about 25 ms each at 5,000 shapes,
  // on the open of a large design).
  useEffect(() => {
    const unsubscribe = moveEnds.subscribe(() => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => checkRef.current?.(), SETTLE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer.current);
    };
  }, [moveEnds]);
  // New connections (a new array on every model change): redraw in the next frame.
  useEffect(() => {
    edgesRef.current = edges;
    scheduleRef.current?.();
  }, [edges]);

  useEffect(() => {
    if (!canvas) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    let palette: Palette | null = null;
    let painted: Scene | null = null;
    let raster: Raster | null = null;
    let frame = 0;
    const draw = () => {
      frame = 0;
      const s = store.getState();
      // Read once per theme, in a frame (not in the effect: the theme's class may not be set yet).
      palette ??= paletteOf(canvas, theme === 'dark');
      const scene = updateScene(cache, s.nodeLookup.values(), edgesRef.current, palette);
      const next = scene.bounds
        ? chooseRaster(scene.bounds, viewOf(s), s.transform[2], window.devicePixelRatio || 1)
        : null;
      if (!next) {
        canvas.width = 0;
        canvas.height = 0;
        raster = null;
        painted = scene;
        return;
      }
      // Nothing drawn changed (a store update that moved nothing) and the bitmap still serves.
      if (scene === painted && raster && !needsRaster(raster, next, viewOf(s))) return;
      const width = Math.ceil(next.region.w * next.scale);
      const height = Math.ceil(next.region.h * next.scale);
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
      // Placed in flow units: the viewport's transform scales it with everything else.
      canvas.style.left = `${next.region.x}px`;
      canvas.style.top = `${next.region.y}px`;
      canvas.style.width = `${width / next.scale}px`;
      canvas.style.height = `${height / next.scale}px`;
      drawScene(ctx, scene, next);
      raster = next;
      painted = scene;
      canvas.dataset.scale = next.scale.toFixed(4);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(draw);
    };
    // Any store update that is not the view moving may have moved or restyled a node: new nodes
    // from the document, or a running drag, which replaces nodes inside React Flow's lookup and
    // only notifies (liveDrag.ts). A pan or zoom frame is one comparison here, no React render;
    // so is a move of the box-selection rectangle (what it selects arrives as new nodes).
    const unsubscribe = store.subscribe((s, prev) => {
      if (
        s.nodes !== prev.nodes ||
        s.nodeLookup !== prev.nodeLookup ||
        (s.transform === prev.transform && s.userSelectionRect === prev.userSelectionRect)
      )
        schedule();
    });
    // Data changed in place (a badge, a chip: shapeData.ts) reaches the lookups without a store update.
    const unsubscribeData = shapeDataChanges(store).subscribeAll(schedule);
    const check = () => {
      const s = store.getState();
      const bounds = cache.scene?.bounds;
      if (!bounds) return;
      const next = chooseRaster(bounds, viewOf(s), s.transform[2], window.devicePixelRatio || 1);
      if (needsRaster(raster, next, viewOf(s))) {
        // Drawn again at the new place and scale even if the scene is unchanged.
        painted = null;
        schedule();
      }
    };
    checkRef.current = check;
    scheduleRef.current = schedule;
    schedule();
    return () => {
      unsubscribe();
      unsubscribeData();
      checkRef.current = null;
      scheduleRef.current = null;
      if (frame) cancelAnimationFrame(frame);
    };
  }, [canvas, store, theme, cache]);

  return (
    <ViewportPortal>
      <canvas ref={setCanvas} className="far-out-picture" data-testid="far-out-canvas" aria-hidden="true" />
    </ViewportPortal>
  );
}

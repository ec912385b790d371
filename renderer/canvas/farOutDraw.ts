/**
 * Painting the far-out scene (farOutScene.ts) into one 2D canvas, and choosing that canvas's
 * region and resolution. Pure apart from the context it is given, so tests can record the calls.
 *
 * The bitmap lives inside React Flow's viewport, so a pan or a zoom only moves or scales pixels
 * already drawn (the compositor's work, no paint); it is drawn again when the scene changes or a
 * zoom settles at a scale the bitmap no longer suits (`needsRaster`).
 */
import type { Item, Scene } from './farOutScene';
import { MIN_STROKE_PX } from './farOutScene';

type Rect = { x: number; y: number; w: number; h: number };

/** Bitmap limits: a 2D canvas this size costs ~64 MB and a few ms to composite in software. */
export const MAX_RASTER_SIDE = 8192;
export const MAX_RASTER_PIXELS = 16_000_000;

/** Where the bitmap sits (flow coordinates) and how many device pixels one flow unit gets. */
export interface Raster {
  region: Rect;
  scale: number;
}

/** Zoom steps the bitmap is drawn at: scales between them share one drawing (fewer redraws). */
const STEP = Math.SQRT2;

function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.w, b.x + b.w);
  const bottom = Math.min(a.y + a.h, b.y + b.h);
  return right > x && bottom > y ? { x, y, w: right - x, h: bottom - y } : null;
}

/**
 * The bitmap for a view: the drawing's bounds cut to the view grown by one view's size on each
 * side (so a pan shows pixels already drawn), at the zoom times the device pixel ratio rounded
 * up to a step of √2, capped so the bitmap stays within MAX_RASTER_SIDE / MAX_RASTER_PIXELS (it
 * is then drawn coarser and scaled up: still sharper than the old tiles at those sizes).
 */
export function chooseRaster(bounds: Rect, view: Rect, zoom: number, dpr: number): Raster | null {
  const pad = 8;
  const grown = { x: view.x - view.w, y: view.y - view.h, w: view.w * 3, h: view.h * 3 };
  const region = intersect(
    { x: bounds.x - pad, y: bounds.y - pad, w: bounds.w + pad * 2, h: bounds.h + pad * 2 },
    grown,
  );
  if (!region) return null;
  const wanted = STEP ** Math.ceil(Math.log(Math.max(zoom * dpr, 1e-4)) / Math.log(STEP) - 1e-9);
  const cap = Math.min(
    MAX_RASTER_SIDE / region.w,
    MAX_RASTER_SIDE / region.h,
    Math.sqrt(MAX_RASTER_PIXELS / (region.w * region.h)),
  );
  return { region, scale: Math.min(wanted, cap) };
}

/**
 * Whether the bitmap drawn as `current` no longer serves `next`: the view left the part it
 * covers, or it is drawn much coarser than the screen needs (zoomed in) or much finer (zoomed
 * out: wasted memory and compositing).
 */
export function needsRaster(current: Raster | null, next: Raster | null, view: Rect): boolean {
  if (!next) return current !== null;
  if (!current) return true;
  const seen = intersect(view, next.region);
  const c = current.region;
  const covered =
    !seen || (seen.x >= c.x && seen.y >= c.y && seen.x + seen.w <= c.x + c.w && seen.y + seen.h <= c.y + c.h);
  const ratio = next.scale / current.scale;
  return !covered || ratio > 1.01 || ratio < 0.49;
}

/** The 2D context calls the painter makes (CanvasRenderingContext2D has them all). */
export type Painter = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'rect'
  | 'roundRect'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'fill'
  | 'stroke'
  | 'setLineDash'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'globalAlpha'
  | 'lineJoin'
>;

/**
 * Paints `scene` for `raster` onto a bitmap of `raster.region` × `raster.scale` pixels. Items of
 * one colour are batched into one path (thousands of tiles share seven colours: the scene's
 * `batches`), which is most of what keeps a 5,000-resource redraw in a few milliseconds.
 */
export function drawScene(ctx: Painter, scene: Scene, raster: Raster): void {
  const { region, scale } = raster;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, Math.ceil(region.w * scale), Math.ceil(region.h * scale));
  ctx.setTransform(scale, 0, 0, scale, -region.x * scale, -region.y * scale);
  ctx.lineJoin = 'round';
  const px = 1 / scale;
  for (const item of scene.boxes) paintBox(ctx, item, px);
  for (const group of scene.batches.lines) paintBatch(ctx, group, px);
  for (const group of scene.batches.tiles) paintBatch(ctx, group, px);
  for (const item of scene.marks) paintMark(ctx, item, px);
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

function paintBox(ctx: Painter, item: Item, px: number): void {
  if (item.kind !== 'box') return;
  const { rect } = item;
  ctx.globalAlpha = item.alpha;
  if (item.fill) {
    ctx.fillStyle = item.fill;
    ctx.beginPath();
    ctx.rect(rect.x, rect.y, rect.w, rect.h);
    ctx.fill();
  }
  const width = Math.max(item.width, MIN_STROKE_PX.box * px);
  ctx.setLineDash(item.dash ? [width * 4, width * 3] : []);
  ctx.strokeStyle = item.stroke;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.rect(rect.x, rect.y, rect.w, rect.h);
  ctx.stroke();
  ctx.globalAlpha = 1;
}

/** Lines or tiles of one look (farOutScene.ts batches them), painted as one path. */
function paintBatch(ctx: Painter, group: readonly Item[], px: number): void {
  const first = group[0];
  if (!first) return;
  ctx.beginPath();
  if (first.kind === 'line') {
    for (const item of group) {
      if (item.kind !== 'line') continue;
      const { points } = item;
      for (let i = 0; i < points.length; i++) {
        const p = points[i]!;
        if (i === 0) ctx.moveTo(p.x, p.y);
        else ctx.lineTo(p.x, p.y);
      }
    }
    const width = Math.max(first.width, MIN_STROKE_PX.line * px);
    ctx.setLineDash(first.dash ? [width * 4, width * 3] : []);
    ctx.strokeStyle = first.stroke;
    ctx.lineWidth = width;
    ctx.stroke();
    ctx.setLineDash([]);
  } else if (first.kind === 'tile') {
    for (const item of group) {
      if (item.kind !== 'tile') continue;
      const r = item.rect;
      // Rounded corners under a pixel are not seen: plain rectangles paint faster.
      if (item.radius * 2 > px) ctx.roundRect(r.x, r.y, r.w, r.h, item.radius);
      else ctx.rect(r.x, r.y, r.w, r.h);
    }
    ctx.globalAlpha = first.alpha;
    ctx.fillStyle = first.fill;
    ctx.fill();
    ctx.globalAlpha = 1;
  }
}

function paintMark(ctx: Painter, item: Item, px: number): void {
  if (item.kind === 'outline') {
    ctx.strokeStyle = item.stroke;
    ctx.lineWidth = Math.max(item.width, 2 * px);
    ctx.beginPath();
    ctx.roundRect(item.rect.x, item.rect.y, item.rect.w, item.rect.h, item.radius);
    ctx.stroke();
  } else if (item.kind === 'dot') {
    // A dot at least three pixels across, so a warning never disappears however far out.
    const r = Math.max(item.r, 3 * px);
    ctx.fillStyle = item.ring;
    ctx.beginPath();
    ctx.arc(item.x, item.y, r + item.ringWidth * (r / item.r), 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = item.fill;
    ctx.beginPath();
    ctx.arc(item.x, item.y, r, 0, Math.PI * 2);
    ctx.fill();
  }
}

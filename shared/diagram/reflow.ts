/**
 * Re-flowing a large top level into rows. ELK's layered layout of a top level with many loosely
 * joined VPCs (a whole company, a generated 5,000-resource design) comes back as one column or
 * one row: at 53 VPCs, 1,590 x 171,602 px, so Fit shows a thin strip with every shape a pixel
 * wide. Trying the arrangement three ways, as a screenful of shapes is (layout.ts), costs a
 * whole ELK run each (31 s at that size), so instead the shapes ELK placed are packed into rows
 * as wide as a screen-shaped area holds, in ELK's reading order (layer by layer, top to bottom
 * within a layer), which keeps what flows into what near each other.
 */
import type { LayoutBox } from '../model/types';

/** Space between re-flowed top-level shapes: wide enough for a line and its arrowhead. */
export const REFLOW_GAP = 80;

interface Placed {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Width over height of the bounding box of `shapes` (1 for none). */
export function aspectOf(shapes: readonly Placed[]): number {
  if (shapes.length === 0) return 1;
  const w = Math.max(...shapes.map((s) => s.x + s.w)) - Math.min(...shapes.map((s) => s.x));
  const h = Math.max(...shapes.map((s) => s.y + s.h)) - Math.min(...shapes.map((s) => s.y));
  return h > 0 ? w / h : 1;
}

/** True when a top level this shaped would be fitted to `screenAspect` as a strip. */
export function needsReflow(shapes: readonly Placed[], screenAspect: number): boolean {
  const aspect = aspectOf(shapes);
  return aspect > screenAspect * 3 || aspect < screenAspect / 3;
}

/**
 * Packs `shapes` into rows (left to right, then down) in ELK's reading order, each row at most
 * as wide as a `screenAspect`-shaped area holding all of them (or the widest shape); returns the
 * new top-left corner of each.
 */
export function reflowRows(
  shapes: readonly Placed[],
  screenAspect: number,
  gap = REFLOW_GAP,
): Record<string, Pick<LayoutBox, 'x' | 'y'>> {
  const ordered = [...shapes].sort((a, b) => a.x - b.x || a.y - b.y);
  const area = ordered.reduce((sum, s) => sum + (s.w + gap) * (s.h + gap), 0);
  const widest = Math.max(0, ...ordered.map((s) => s.w));
  const rowWidth = Math.max(widest, Math.sqrt(area * screenAspect));
  const placed: Record<string, Pick<LayoutBox, 'x' | 'y'>> = {};
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const shape of ordered) {
    if (x > 0 && x + shape.w > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    placed[shape.id] = { x, y };
    x += shape.w + gap;
    rowHeight = Math.max(rowHeight, shape.h);
  }
  return placed;
}

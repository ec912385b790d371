/**
 * Where each connection's label goes on its route: on a straight segment (longest first,
 * middle first), at the first spot where the label box touches no shape, no group header (a
 * group's name, CIDR and chips) and no label already placed. Canvas and exports read the result
 * from the route (`EdgeRoute.label`), so both put a label in the same place.
 */
import type { Rect } from './avoid';
import { labelWidth } from './labels';
import type { EdgeRoute, Point } from './routes';

/** Label box height at the edge-label font, with its background padding. */
export const LABEL_HEIGHT = 16;
/** Keep a label this far from a route's ends (the arrowhead). */
const END_CLEARANCE = 10;
/** Spots along a segment are tried every this many units, outwards from its middle. */
const STEP = 4;

/** Fractions along a segment of this length, the middle first, then alternately either side. */
function along(length: number): number[] {
  const out = [0.5];
  for (let d = STEP; d < length / 2; d += STEP) out.push(0.5 - d / length, 0.5 + d / length);
  return out;
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The boxes within a label's reach of a route's bounding box. */
function nearby(points: readonly Point[], w: number, h: number, boxes: readonly Rect[]): Rect[] {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const reach = {
    x: Math.min(...xs) - w - 8,
    y: Math.min(...ys) - h - 8,
    w: Math.max(...xs) - Math.min(...xs) + 2 * w + 16,
    h: Math.max(...ys) - Math.min(...ys) + 2 * h + 16,
  };
  return boxes.filter((r) => overlaps(r, reach));
}

function segmentsLongestFirst(points: readonly Point[]): [Point, Point][] {
  const segments: [Point, Point][] = [];
  for (let i = 1; i < points.length; i++) segments.push([points[i - 1] as Point, points[i] as Point]);
  const length = ([a, b]: [Point, Point]) => Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
  return segments.sort((s, t) => length(t) - length(s));
}

/**
 * Label centres on segment a–b that put the label (w×h) right against an edge of a box the
 * segment passes: just after a box's far side and just before its near side.
 */
function snugCentres(a: Point, b: Point, w: number, h: number, boxes: readonly Rect[]): Point[] {
  const out: Point[] = [];
  const vertical = a.x === b.x;
  const [lo, hi] = vertical
    ? [Math.min(a.y, b.y), Math.max(a.y, b.y)]
    : [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const half = vertical ? h / 2 : w / 2;
  for (const r of boxes) {
    const across = vertical
      ? a.x > r.x - w / 2 && a.x < r.x + r.w + w / 2
      : a.y > r.y - h / 2 && a.y < r.y + r.h + h / 2;
    if (!across) continue;
    const [start, end] = vertical ? [r.y, r.y + r.h] : [r.x, r.x + r.w];
    for (const c of [end + half, start - half]) {
      if (c - half >= lo && c + half <= hi) out.push(vertical ? { x: a.x, y: c } : { x: c, y: a.y });
    }
  }
  return out;
}

/**
 * Sets `label` on every route with a text in `texts`, in the order of `texts`' keys (stable:
 * the document's connection order). `blocked`: boxes a label must not touch.
 */
export function placeLabels(
  routes: Record<string, EdgeRoute>,
  texts: ReadonlyMap<string, string>,
  blocked: readonly Rect[],
): void {
  const placed: Rect[] = [];
  for (const [id, text] of texts) {
    const route = routes[id];
    if (!route || route.points.length < 2) continue;
    const w = labelWidth(text);
    const h = LABEL_HEIGHT;
    const first = route.points[0] as Point;
    const last = route.points[route.points.length - 1] as Point;
    const around = (p: Point): Rect => ({
      x: p.x - END_CLEARANCE,
      y: p.y - END_CLEARANCE,
      w: 2 * END_CLEARANCE,
      h: 2 * END_CLEARANCE,
    });
    const ends = [around(first), around(last)];
    // Only the boxes near this route can clash with its label.
    const near = nearby(route.points, w, h, [...blocked, ...placed]);
    // On the line first (also snug against the edges of whatever the line passes, where a
    // narrow gap between two groups fits the label exactly but no regular step lands on it);
    // then beside it (right of / above the line).
    const candidates: Rect[] = [];
    const segments = segmentsLongestFirst(route.points);
    for (const beside of [false, true]) {
      for (const [a, b] of segments) {
        const vertical = a.x === b.x;
        const centres = along(Math.abs(b.x - a.x) + Math.abs(b.y - a.y)).map((t) => ({
          x: a.x + (b.x - a.x) * t,
          y: a.y + (b.y - a.y) * t,
        }));
        if (!beside) centres.push(...snugCentres(a, b, w, h, near));
        for (const centre of centres) {
          if (beside && vertical) centre.x += w / 2 + 4;
          else if (beside) centre.y -= h / 2 + 3;
          candidates.push({ x: centre.x - w / 2, y: centre.y - h / 2, w, h });
        }
      }
    }
    let chosen: Rect | undefined;
    let fewest = Infinity;
    for (const box of candidates) {
      // The first clear spot wins; failing that, the one touching the fewest things.
      let clashes = ends.some((r) => overlaps(box, r)) ? 1 : 0;
      for (const r of near) {
        if (clashes >= fewest) break;
        if (overlaps(box, r)) clashes++;
      }
      if (clashes < fewest) {
        chosen = box;
        fewest = clashes;
        if (clashes === 0) break;
      }
    }
    if (!chosen) continue;
    route.label = {
      x: Math.round(chosen.x),
      y: Math.round(chosen.y),
      w: chosen.w,
      h: chosen.h,
    };
    placed.push(chosen);
  }
}

// Helpers shared by the routing tests: points along a routed polyline, and the bundled designs.
import { readdirSync } from 'node:fs';
import type { Rect } from '../../../shared/diagram/avoid';
import type { Point } from '../../../shared/diagram/routes';

/** Every bundled template and example file, by path from the repository root. */
export const BUNDLED_DESIGN_FILES = ['assets/templates', 'assets/examples'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.skyplan.json'))
    .map((name) => `${dir}/${name}`),
);

/** Points every 2 units along a polyline, so a test can ask where a line passes. */
export function samples(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2));
    for (let s = 0; s <= steps; s++)
      out.push({ x: a.x + ((b.x - a.x) * s) / steps, y: a.y + ((b.y - a.y) * s) / steps });
  }
  return out;
}

/** Strictly inside, by more than a unit (a line along the outline does not count). */
export const strictlyInside = (p: Point, r: Rect): boolean =>
  p.x > r.x + 1 && p.x < r.x + r.w - 1 && p.y > r.y + 1 && p.y < r.y + r.h - 1;

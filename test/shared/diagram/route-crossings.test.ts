// On every bundled template and example, no two routed lines (connections and dead-letter
// links) cross: the router counts a crossing as a cost on diagrams of that size (avoid.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Point } from '../../../shared/diagram/routes';
import { exportLayout } from '../../../shared/diagram/svg-layout';
import type { Design } from '../../../shared/model/types';
import { BUNDLED_DESIGN_FILES } from './route-helpers';

const FILES = BUNDLED_DESIGN_FILES;

type Segment = [Point, Point];

function segments(points: readonly Point[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < points.length; i++) out.push([points[i - 1] as Point, points[i] as Point]);
  return out;
}

/** A vertical and a horizontal segment that cross strictly inside both (touching does not count). */
function cross(a: Segment, b: Segment): boolean {
  const aVertical = a[0].x === a[1].x;
  if (aVertical === (b[0].x === b[1].x)) return false;
  const [v, h] = aVertical ? [a, b] : [b, a];
  const within = (t: number, u: number, w: number) => t > Math.min(u, w) + 0.5 && t < Math.max(u, w) - 0.5;
  return within(v[0].x, h[0].x, h[1].x) && within(h[0].y, v[0].y, v[1].y);
}

describe('routes do not cross', () => {
  it('spots a crossing', () => {
    const horizontal: Segment = [
      { x: 0, y: 10 },
      { x: 20, y: 10 },
    ];
    const vertical: Segment = [
      { x: 10, y: 0 },
      { x: 10, y: 20 },
    ];
    expect(cross(horizontal, vertical)).toBe(true);
    expect(
      cross(horizontal, [
        { x: 20, y: 10 },
        { x: 20, y: 30 },
      ]),
    ).toBe(false);
  });

  it.each(FILES)('%s: no two routed lines cross', async (file) => {
    const design = JSON.parse(readFileSync(file, 'utf8')) as Design;
    const { routes } = await exportLayout(design);
    const lines = Object.entries(routes).map(([id, route]) => ({ id, segments: segments(route.points) }));
    const crossings: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i]!;
        const b = lines[j]!;
        if (a.segments.some((s) => b.segments.some((t) => cross(s, t)))) crossings.push(`${a.id} × ${b.id}`);
      }
    }
    expect(crossings).toEqual([]);
  });
});

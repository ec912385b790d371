// Dead-letter links (a queue → its dead-letter queue) are routed like connections, around every
// shape, and the draw.io export carries them as thin dotted edges along those routes, as the SVG
// export draws them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { absoluteShapeBoxes } from '../../../shared/diagram/connection-routes';
import { deadLetterLinks } from '../../../shared/diagram/dead-letters';
import { renderDrawio } from '../../../shared/diagram/drawio';
import type { Point } from '../../../shared/diagram/routes';
import { exportLayout } from '../../../shared/diagram/svg-layout';
import type { Design } from '../../../shared/model/types';
import { samples } from './route-helpers';

const fanOut = () =>
  JSON.parse(readFileSync('assets/templates/sns-sqs-fan-out.skyplan.json', 'utf8')) as Design;

describe('dead-letter links', () => {
  it('are routed orthogonally around every shape that is not one of their ends', async () => {
    const design = fanOut();
    const links = deadLetterLinks(design);
    expect(links.length).toBe(2);
    const { boxes, routes } = await exportLayout(design);
    const shapes = absoluteShapeBoxes(design, boxes);
    for (const link of links) {
      const points = routes[link.id]?.points ?? [];
      expect(points.length, link.id).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < points.length; i++) {
        const a = points[i - 1] as Point;
        const b = points[i] as Point;
        expect(a.x === b.x || a.y === b.y).toBe(true);
      }
      for (const [key, r] of shapes) {
        if (r.container || key === link.from || key === link.to) continue;
        const hit = samples(points).find(
          (p) => p.x > r.x + 1 && p.x < r.x + r.w - 1 && p.y > r.y + 1 && p.y < r.y + r.h - 1,
        );
        expect(hit, `${link.id} through ${key}`).toBeUndefined();
      }
    }
  });

  it('are in the draw.io file as dotted edges along their routes', async () => {
    const design = fanOut();
    const { boxes, routes } = await exportLayout(design);
    const xml = renderDrawio(design, { layout: boxes, routes });
    for (const link of deadLetterLinks(design)) {
      const cell = new RegExp(`<mxCell id="link:${link.id}"[^>]*>.*?</mxCell>`).exec(xml)?.[0];
      expect(cell, link.id).toBeDefined();
      expect(cell).toContain(`source="${link.from}"`);
      expect(cell).toContain(`target="${link.to}"`);
      expect(cell).toMatch(/style="[^"]*dashed=1;dashPattern=3 3;/);
      expect(cell).toContain('value="dead letters"');
      const inner = (routes[link.id]?.points ?? []).slice(1, -1);
      const waypoints = [...(cell ?? '').matchAll(/<mxPoint x="(-?\d+)" y="(-?\d+)"\/>/g)].map((m) => ({
        x: Number(m[1]),
        y: Number(m[2]),
      }));
      expect(waypoints).toEqual(inner.map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) })));
    }
  });
});

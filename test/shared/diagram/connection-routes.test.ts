// Connection routing by the libavoid router (shared/diagram/avoid.ts, connection-routes.ts) and
// label placement (label-place.ts): routes are orthogonal, go around every shape that is not one
// of their ends, and labels sit clear of shapes, group headers and each other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRouter, routeAround } from '../../../shared/diagram/avoid';
import { absoluteShapeBoxes, routeConnections } from '../../../shared/diagram/connection-routes';
import { placeLabels } from '../../../shared/diagram/label-place';
import type { EdgeRoute, Point } from '../../../shared/diagram/routes';
import type { Design } from '../../../shared/model/types';
import { samples, strictlyInside } from './route-helpers';

type Box = { x: number; y: number; w: number; h: number };

function template(name: string): Design {
  return JSON.parse(readFileSync(`assets/templates/${name}.skyplan.json`, 'utf8')) as Design;
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('connection routes', () => {
  it('go around a shape standing between the two ends, orthogonally', async () => {
    const avoid = await loadRouter();
    expect(avoid).toBeDefined();
    const obstacles = new Map([
      ['a', { x: 0, y: 0, w: 100, h: 100 }],
      ['wall', { x: 200, y: -40, w: 100, h: 180 }],
      ['b', { x: 400, y: 0, w: 100, h: 100 }],
    ]);
    const routes = routeAround(avoid!, obstacles, [{ id: 'c', from: 'a', to: 'b' }]);
    const points = routes.c?.points ?? [];
    expect(points.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1] as Point;
      const b = points[i] as Point;
      expect(a.x === b.x || a.y === b.y).toBe(true);
    }
    expect(samples(points).some((p) => strictlyInside(p, obstacles.get('wall')!))).toBe(false);
    expect(routes.c?.from).toEqual({ x: 0, y: 0 });
    expect(routes.c?.to).toEqual({ x: 400, y: 0 });
  });

  it('on every template, pass through no resource that is not one of their ends', async () => {
    for (const name of ['two-tier-web-app', 'private-subnets-nat', 'ecs-rolling-update', 'sns-sqs-fan-out']) {
      const design = template(name);
      const routes = await routeConnections(design);
      const boxes = absoluteShapeBoxes(design, design.layout ?? {});
      for (const connection of design.connections) {
        const route = routes[connection.id];
        expect(route, `${name} ${connection.id}`).toBeDefined();
        for (const [key, box] of boxes) {
          const id = key.split('@')[0];
          if (box.container || id === connection.from || id === connection.to) continue;
          const hit = samples(route!.points).some((p) => strictlyInside(p, box));
          expect(hit, `${name}: ${connection.id} through ${key}`).toBe(false);
        }
      }
    }
  });

  it('route a dead-letter link from a queue to its dead-letter queue', async () => {
    const design = template('sns-sqs-fan-out');
    const queue = design.resources.find((r) => (r.props as Record<string, unknown>)?.deadLetterTarget);
    expect(queue).toBeDefined();
    const routes = await routeConnections(design);
    expect(routes[`dlq:${queue!.id}`]?.points.length).toBeGreaterThanOrEqual(2);
  });
});

describe('label placement', () => {
  const route = (points: Point[]): EdgeRoute => ({ points, from: { x: 0, y: 0 }, to: { x: 0, y: 0 } });

  it('puts a label in the middle of the longest segment when that is clear', () => {
    const routes = {
      c: route([
        { x: 0, y: 0 },
        { x: 0, y: 20 },
        { x: 300, y: 20 },
      ]),
    };
    placeLabels(routes, new Map([['c', 'tcp/443']]), []);
    const label = routes.c.label!;
    expect(label.x + label.w / 2).toBeCloseTo(150, 0);
    expect(label.y + label.h / 2).toBeCloseTo(20, 0);
  });

  it('moves a label off a group header, and two labels off each other', () => {
    const header = { x: 100, y: 0, w: 100, h: 40 };
    const routes = {
      a: route([
        { x: 0, y: 20 },
        { x: 300, y: 20 },
      ]),
      b: route([
        { x: 0, y: 26 },
        { x: 300, y: 26 },
      ]),
    };
    placeLabels(
      routes,
      new Map([
        ['a', 'tcp/443'],
        ['b', 'tcp/8080'],
      ]),
      [header],
    );
    expect(overlap(routes.a.label!, header)).toBe(false);
    expect(overlap(routes.b.label!, header)).toBe(false);
    expect(overlap(routes.a.label!, routes.b.label!)).toBe(false);
  });

  it('fits a label exactly into a narrow gap between two groups that a line crosses', () => {
    // A line from a shape's bottom (with margin, ends at 258) down through a 16-unit gap into a
    // subnet whose header starts at 274: the only clear spot is 258–274, off the regular steps.
    const above = { x: 300, y: 100, w: 140, h: 158 };
    const header = { x: 300, y: 274, w: 280, h: 40 };
    const routes = {
      c: route([
        { x: 416, y: 248 },
        { x: 416, y: 322 },
      ]),
    };
    placeLabels(routes, new Map([['c', 'tcp/8080']]), [above, header]);
    const label = routes.c.label!;
    expect(overlap(label, above)).toBe(false);
    expect(overlap(label, header)).toBe(false);
    expect(label.y).toBe(258);
  });
});

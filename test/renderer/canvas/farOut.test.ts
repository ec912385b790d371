// The far-out picture (renderer/canvas/farOutScene.ts, farOutDraw.ts): what is drawn where and in
// which colour, how big the bitmap is, when it is drawn again, and that one colour is one path.
import { describe, expect, it } from 'vitest';
import { buildScene, DOT, edgePoints, TILE_INSET } from '../../../renderer/canvas/farOutScene';
import type { Item, Palette, SceneEdge, SceneNode } from '../../../renderer/canvas/farOutScene';
import { chooseRaster, drawScene, MAX_RASTER_PIXELS, needsRaster } from '../../../renderer/canvas/farOutDraw';
import type { Painter } from '../../../renderer/canvas/farOutDraw';
import { CATEGORY_COLOUR } from '../../../shared/diagram/style';
import { LIGHT } from './farOutPalette';

const DARK: Palette = { ...LIGHT, surface: '#1e2228', accent: '#6b8cff', dark: true };

function node(
  id: string,
  type: 'resource' | 'container' | 'az',
  at: { x: number; y: number; w: number; h: number },
  data: Record<string, unknown> = {},
  extra: Partial<SceneNode> = {},
): SceneNode {
  return {
    id,
    type,
    measured: { width: at.w, height: at.h },
    internals: { positionAbsolute: { x: at.x, y: at.y }, z: type === 'resource' ? 2 : 0 },
    data,
    ...extra,
  };
}

const ec2 = (
  id: string,
  x: number,
  y: number,
  data: Record<string, unknown> = {},
  extra: Partial<SceneNode> = {},
) =>
  node(id, 'resource', { x, y, w: 112, h: 104 }, { resource: { id, type: 'ec2-instance' }, ...data }, extra);

describe('far-out scene', () => {
  it('draws a resource as a tile in its category colour, inset in its box', () => {
    const scene = buildScene([ec2('a', 100, 200)], [], LIGHT);
    expect(scene.tiles).toEqual([
      {
        kind: 'tile',
        rect: { x: 100 + TILE_INSET, y: 200 + TILE_INSET, w: 112 - 2 * TILE_INSET, h: 104 - 2 * TILE_INSET },
        fill: CATEGORY_COLOUR.compute,
        radius: expect.any(Number),
        alpha: 1,
      },
    ]);
    expect(scene.marks).toEqual([]);
    expect(scene.bounds).toEqual({ x: 100, y: 200, w: 112, h: 104 });
  });

  it('marks problems with a dot at the top right (error over warning) and the selection with an outline', () => {
    const scene = buildScene(
      [
        ec2('warned', 0, 0, { findings: { errors: 0, warnings: 2, infos: 0 } }),
        ec2('broken', 200, 0, { findings: { errors: 1, warnings: 3, infos: 0 } }, { selected: true }),
      ],
      [],
      LIGHT,
    );
    const dots = scene.marks.filter((m) => m.kind === 'dot');
    expect(dots.map((d) => d.kind === 'dot' && d.fill)).toEqual([LIGHT.warning, LIGHT.error]);
    const first = dots[0] as Extract<Item, { kind: 'dot' }>;
    // In the top-right corner of its shape, ringed in the surface colour.
    expect(first.x).toBeGreaterThan(112 / 2);
    expect(first.y).toBeLessThan(104 / 2);
    expect(first.r).toBe(DOT.resource);
    expect(first.ring).toBe(LIGHT.surface);
    const outlines = scene.marks.filter((m) => m.kind === 'outline');
    expect(outlines).toHaveLength(1);
    expect(outlines[0]).toMatchObject({ stroke: LIGHT.accent });
    expect((outlines[0] as Extract<Item, { kind: 'outline' }>).rect.x).toBeLessThan(200);
  });

  it('follows the theme: dark ring, dark accent, and a light tile for external shapes', () => {
    const internet = node(
      'net',
      'resource',
      { x: 0, y: 0, w: 112, h: 104 },
      {
        resource: { id: 'net', type: 'internet' },
        findings: { errors: 0, warnings: 1, infos: 0 },
      },
    );
    expect(buildScene([internet], [], LIGHT).tiles[0]).toMatchObject({ fill: CATEGORY_COLOUR.external });
    const dark = buildScene([{ ...internet, selected: true }], [], DARK);
    expect(dark.tiles[0]).toMatchObject({ fill: '#d5dbdb' });
    expect(dark.marks.find((m) => m.kind === 'dot')).toMatchObject({ ring: DARK.surface });
    expect(dark.marks.find((m) => m.kind === 'outline')).toMatchObject({ stroke: DARK.accent });
  });

  it('draws containers as boxes by kind, under their children, and AZs as dashed frames', () => {
    const vpc = node(
      'vpc',
      'container',
      { x: 0, y: 0, w: 1000, h: 800 },
      { resource: { id: 'vpc', type: 'vpc' } },
    );
    const pub = node(
      'pub',
      'container',
      { x: 20, y: 40, w: 300, h: 200 },
      { resource: { id: 'pub', type: 'subnet' }, isPublic: true },
      { internals: { positionAbsolute: { x: 20, y: 40 }, z: 1 } },
    );
    const unknown = node(
      'odd',
      'container',
      { x: 400, y: 40, w: 300, h: 200 },
      { resource: { id: 'odd', type: 'subnet' } },
      { internals: { positionAbsolute: { x: 400, y: 40 }, z: 1 } },
    );
    const az = node('az:vpc:a', 'az', { x: 10, y: 30, w: 320, h: 700 }, { az: 'a' });
    // Children first in the lookup: the picture still stacks by depth.
    const scene = buildScene([pub, unknown, az, vpc], [], LIGHT);
    const boxes = scene.boxes as Extract<Item, { kind: 'box' }>[];
    expect(boxes.map((b) => b.stroke).slice(-2)).toEqual([LIGHT.publicBorder, LIGHT.unknownBorder]);
    expect(boxes.find((b) => b.stroke === LIGHT.publicBorder)).toMatchObject({
      fill: LIGHT.publicBg,
      dash: false,
    });
    expect(boxes.find((b) => b.stroke === LIGHT.unknownBorder)).toMatchObject({ dash: true });
    expect(boxes.find((b) => b.stroke === LIGHT.vpcBorder)).toMatchObject({ fill: null });
    expect(boxes.find((b) => b.stroke === LIGHT.azBorder)).toMatchObject({ dash: true, fill: null });
    expect(scene.tiles).toEqual([]);
  });

  it('skips hidden nodes and dims failed ones', () => {
    const scene = buildScene(
      [ec2('gone', 0, 0, {}, { hidden: true }), ec2('down', 200, 0, { failed: true })],
      [],
      LIGHT,
    );
    expect(scene.tiles).toHaveLength(1);
    expect(scene.tiles[0]).toMatchObject({ alpha: 0.45 });
  });

  it('draws a connection along its route while the route fits, else as an elbow between facing sides', () => {
    const a = ec2('a', 0, 0);
    const b = ec2('b', 400, 0);
    const route = {
      points: [
        { x: 112, y: 52 },
        { x: 250, y: 52 },
        { x: 250, y: 60 },
        { x: 400, y: 60 },
      ],
      from: { x: 0, y: 0 },
      to: { x: 400, y: 0 },
    };
    const edge: SceneEdge = { id: 'e', source: 'a', target: 'b', type: 'connection', data: { route } };
    const box = (n: SceneNode) => ({ ...n.internals.positionAbsolute, w: 112, h: 104 });
    expect(edgePoints(edge, box(a), box(b))).toBe(route.points);
    // b has moved (a drag): the route no longer fits.
    const moved = { ...box(b), y: 300 };
    const points = edgePoints(edge, box(a), moved);
    expect(points[0]).toEqual({ x: 112, y: 52 });
    expect(points[points.length - 1]).toEqual({ x: 400, y: 352 });

    const scene = buildScene([a, b], [edge, { id: 'x', source: 'a', target: 'missing' }], LIGHT);
    expect(scene.lines).toEqual([
      { kind: 'line', points: route.points, stroke: LIGHT.edge, width: 1.5, dash: false },
    ]);
    const selected = buildScene([a, b], [{ ...edge, selected: true }], LIGHT);
    expect(selected.lines[0]).toMatchObject({ stroke: LIGHT.accent });
    const failing = buildScene([a, b], [{ ...edge, className: 'connection has-error' }], LIGHT);
    expect(failing.lines[0]).toMatchObject({ stroke: LIGHT.error });
  });
});

describe('far-out bitmap', () => {
  const bounds = { x: 0, y: 0, w: 10_000, h: 8_000 };

  it('covers the whole design at Fit, at the zoom rounded up to a step of √2', () => {
    const raster = chooseRaster(bounds, { x: -500, y: -500, w: 11_000, h: 9_000 }, 0.08, 1);
    expect(raster?.region.x).toBeLessThanOrEqual(0);
    expect(raster?.region.w).toBeGreaterThanOrEqual(10_000);
    expect(raster?.scale).toBeGreaterThanOrEqual(0.08);
    expect(raster?.scale).toBeLessThan(0.08 * Math.SQRT2);
    // A high-density screen gets a finer bitmap.
    expect(
      chooseRaster(bounds, { x: -500, y: -500, w: 11_000, h: 9_000 }, 0.08, 2)?.scale,
    ).toBeGreaterThanOrEqual(0.16);
  });

  it('zoomed in, covers the view and a view around it, and never exceeds the pixel budget', () => {
    const view = { x: 4000, y: 3000, w: 2000, h: 1200 };
    const raster = chooseRaster(bounds, view, 0.3, 1);
    if (!raster) throw new Error('no raster');
    expect(raster.region).toEqual({ x: 2000, y: 1800, w: 6000, h: 3600 });
    const pixels = raster.region.w * raster.scale * raster.region.h * raster.scale;
    expect(pixels).toBeLessThanOrEqual(MAX_RASTER_PIXELS + 1);
    expect(chooseRaster(bounds, { x: 20_000, y: 20_000, w: 100, h: 100 }, 1, 1)).toBeNull();
  });

  it('is drawn again only when the view leaves it or the zoom needs another scale', () => {
    const view = { x: 4000, y: 3000, w: 2000, h: 1200 };
    const drawn = chooseRaster(bounds, view, 0.2, 1);
    expect(needsRaster(drawn, chooseRaster(bounds, view, 0.2, 1), view)).toBe(false);
    // A small zoom out keeps the sharper bitmap; zooming in needs a finer one.
    expect(needsRaster(drawn, chooseRaster(bounds, view, 0.17, 1), view)).toBe(false);
    expect(needsRaster(drawn, chooseRaster(bounds, view, 0.3, 1), view)).toBe(true);
    // Panned beyond what was drawn.
    const far = { x: 7000, y: 5500, w: 2000, h: 1200 };
    expect(needsRaster(drawn, chooseRaster(bounds, far, 0.2, 1), far)).toBe(true);
    expect(needsRaster(null, drawn, view)).toBe(true);
  });

  it('paints one path per colour, layers bottom to top, strokes at least a pixel wide', () => {
    const calls: string[] = [];
    const ctx = new Proxy({} as Record<string, unknown>, {
      get: (target, key: string) =>
        key in target ? target[key] : (...args: unknown[]) => calls.push(`${key}(${args.length})`),
      set: (target, key: string, value) => {
        target[key] = value;
        if (key === 'fillStyle' || key === 'strokeStyle' || key === 'lineWidth')
          calls.push(`${key}=${String(value)}`);
        return true;
      },
    }) as unknown as Painter;
    const vpc = node(
      'vpc',
      'container',
      { x: 0, y: 0, w: 2000, h: 1000 },
      { resource: { id: 'vpc', type: 'vpc' } },
    );
    const tiles = [
      ec2('a', 100, 100),
      ec2('b', 300, 100),
      ec2('c', 500, 100, { findings: { errors: 1, warnings: 0, infos: 0 } }),
    ];
    const scene = buildScene([vpc, ...tiles], [{ id: 'e', source: 'a', target: 'b' }], LIGHT);
    drawScene(ctx, scene, { region: { x: 0, y: 0, w: 2000, h: 1000 }, scale: 0.1 });
    const fills = calls.filter((c) => c.startsWith('fillStyle='));
    // One fill for the three compute tiles, then the error dot's ring and its dot.
    expect(fills).toEqual([
      `fillStyle=${CATEGORY_COLOUR.compute}`,
      `fillStyle=${LIGHT.surface}`,
      `fillStyle=${LIGHT.error}`,
    ]);
    expect(
      calls.filter((c) => c.startsWith('roundRect') || c.startsWith('rect')).length,
    ).toBeGreaterThanOrEqual(4);
    const order = [
      'strokeStyle=' + LIGHT.vpcBorder,
      'strokeStyle=' + LIGHT.edge,
      `fillStyle=${CATEGORY_COLOUR.compute}`,
    ];
    expect(order.map((c) => calls.indexOf(c))).toEqual(
      [...order.map((c) => calls.indexOf(c))].sort((x, y) => x - y),
    );
    // At 10 % a 2-unit VPC border would be 0.2 px: drawn one device pixel wide (10 units) instead.
    expect(calls).toContain('lineWidth=10');
  });
});

/**
 * The routes of a design's connections on a given layout, by the libavoid router (avoid.ts):
 * every drawn resource shape (home shapes and subnet replicas) is an obstacle, containers are
 * not (lines cross group borders freely). The canvas routes the document's current layout after
 * every change; the exports route the layout they draw. A connection whose end has no box, or
 * all of them when the router cannot load, gets no route and is drawn by the caller's fallback.
 */
import type { Design, LayoutBox } from '../model/types';
import { loadRouter, routeAround } from './avoid';
import type { Obstacle, Rect, RouteRequest } from './avoid';
import { attachmentsOf } from './attachments';
import { deadLetterLinks } from './dead-letters';
import { isContainer, sizeOf } from './geometry';
import { placeLabels } from './label-place';
import { connectionLabel } from './labels';
import type { EdgeRoute } from './routes';
import { SIZES } from './style';
import { shapesOf } from './structure';

/**
 * A guarded resource's security-group chip hangs under it: the chip band is part of the
 * obstacle, so a line leaving the bottom starts below the chip and never runs through it.
 * (Side pins stay at the middle of the box: off-centre pins made libavoid 30× slower.)
 */
const CHIP_BAND = 20;
/**
 * Room between a label and a shape: its connection handles stick out a little and its name may
 * be wider than the shape (half the gap to the neighbours on each side).
 */
const LABEL_MARGIN = 10;

/** Absolute boxes of every drawn shape, containers included; shapes without a box are left out. */
export function absoluteShapeBoxes(
  design: Design,
  layout: Readonly<Record<string, LayoutBox>>,
  options: { attachments: boolean } = { attachments: false },
): Map<string, Rect & { container: boolean }> {
  const shapes = shapesOf(design, options);
  const byKey = new Map(shapes.map((shape) => [shape.key, shape]));
  const out = new Map<string, Rect & { container: boolean }>();
  const resolve = (key: string, depth: number): (Rect & { container: boolean }) | undefined => {
    const known = out.get(key);
    if (known) return known;
    const shape = byKey.get(key);
    const box = layout[key];
    if (!shape || !box || depth > 64) return undefined;
    const origin = shape.container ? resolve(shape.container, depth + 1) : { x: 0, y: 0 };
    if (!origin) return undefined;
    const rect = {
      x: origin.x + box.x,
      y: origin.y + box.y,
      ...sizeOf(shape.resource, box),
      container: isContainer(shape.resource.type),
    };
    out.set(key, rect);
    return rect;
  };
  for (const shape of shapes) resolve(shape.key, 0);
  return out;
}

/**
 * Above this many resources the exports do not route (libavoid's time grows faster than the
 * design: ~40 ms at 30 resources, ~170 ms at 60, ~650 ms at 100 on a busy two-core machine;
 * see `npm run bench -- diagram`).
 */
export const MAX_ROUTED_RESOURCES = 300;
/**
 * The canvas routes after every layout change. In its routing worker a long route never holds
 * up the page (edges float until it comes), but past this size the lines would come too late
 * to be of use: seconds after every edit.
 */
export const MAX_ROUTED_IN_WORKER = 300;
/** Where the canvas has no worker it routes on the page's thread, and stops much earlier. */
export const MAX_ROUTED_ON_CANVAS = 60;

/**
 * Routes every connection of the design on `layout` (default: the document's). Resolves to an
 * empty record when there is nothing to route, the design is larger than `max` resources or
 * the router is unavailable.
 */
export async function routeConnections(
  design: Design,
  layout: Readonly<Record<string, LayoutBox>> = design.layout ?? {},
  max: number = MAX_ROUTED_RESOURCES,
): Promise<Record<string, EdgeRoute>> {
  if (design.resources.length > max) return {};
  if (design.connections.length === 0 && deadLetterLinks(design).length === 0) return {};
  const avoid = await loadRouter();
  if (!avoid) return {};
  return routeOnLayout(avoid, design, layout);
}

/** The synchronous part of `routeConnections`, for a router already loaded. */
export function routeOnLayout(
  avoid: NonNullable<Awaited<ReturnType<typeof loadRouter>>>,
  design: Design,
  layout: Readonly<Record<string, LayoutBox>>,
): Record<string, EdgeRoute> {
  const attachments = attachmentsOf(design);
  const boxes = absoluteShapeBoxes(design, layout);
  const deadLetters = deadLetterLinks(design);
  const obstacles = new Map<string, Obstacle>();
  for (const [key, rect] of boxes) {
    if (rect.container) continue;
    const guarded = (attachments.get(key.split('@')[0] ?? key)?.securityGroups.length ?? 0) > 0;
    const h = rect.h + (guarded ? CHIP_BAND : 0);
    obstacles.set(key, { x: rect.x, y: rect.y, w: rect.w, h });
  }
  // Dead-letter links are routed too (the canvas and the exports draw them along these routes).
  const requests: RouteRequest[] = [
    ...design.connections.map((c) => ({ id: c.id, from: c.from, to: c.to })),
    ...deadLetters,
  ];
  const routes = routeAround(avoid, obstacles, requests, subnetHeaderBands(design, boxes));
  // Labels keep off shapes (with their handles) and off every group's header.
  const blocked: Rect[] = [...obstacles.values()].map((r) => ({
    x: r.x - LABEL_MARGIN,
    y: r.y - LABEL_MARGIN,
    w: r.w + 2 * LABEL_MARGIN,
    h: r.h + 2 * LABEL_MARGIN,
  }));
  for (const rect of boxes.values()) {
    if (rect.container) blocked.push({ x: rect.x, y: rect.y, w: rect.w, h: SIZES.header });
  }
  blocked.push(...azLabelBands(design, boxes));
  const texts = new Map(design.connections.map((c) => [c.id, connectionLabel(c)]));
  // Room for a dead-letter link's label (the exports print one; its width in any language).
  for (const link of deadLetters) texts.set(link.id, 'dead letters');
  placeLabels(routes, texts, blocked);
  return routes;
}

/**
 * Each subnet's header band (its name, CIDR, route table and NACL chips): lines go around it,
 * so no line runs along a subnet's name or through its chips.
 */
export function subnetHeaderBands(
  design: Design,
  boxes: ReadonlyMap<string, Rect & { container: boolean }>,
): Rect[] {
  const bands: Rect[] = [];
  for (const resource of design.resources) {
    const box = resource.type === 'subnet' ? boxes.get(resource.id) : undefined;
    if (box) bands.push({ x: box.x, y: box.y, w: box.w, h: SIZES.header });
  }
  return bands;
}

/**
 * The band above each Availability Zone's subnets where its AZ box prints "Availability Zone a"
 * (the canvas and the exports draw the AZ box around a VPC's subnets of one AZ).
 */
function azLabelBands(design: Design, boxes: ReadonlyMap<string, Rect>): Rect[] {
  const columns = new Map<string, Rect>();
  for (const resource of design.resources) {
    if (resource.type !== 'subnet') continue;
    const box = boxes.get(resource.id);
    const az = (resource.props as { az?: string } | undefined)?.az;
    if (!box || !az) continue;
    const key = `${resource.parent ?? ''}|${az}`;
    const known = columns.get(key);
    if (!known) {
      columns.set(key, { ...box });
      continue;
    }
    const right = Math.max(known.x + known.w, box.x + box.w);
    known.x = Math.min(known.x, box.x);
    known.y = Math.min(known.y, box.y);
    known.w = right - known.x;
  }
  return [...columns.values()].map((column) => ({
    x: column.x - SIZES.azPadding,
    y: column.y - SIZES.azHeader - 8,
    w: column.w + 2 * SIZES.azPadding,
    h: SIZES.azHeader,
  }));
}

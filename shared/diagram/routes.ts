/**
 * Connection routes as ELK computed them: orthogonal polylines in absolute diagram
 * coordinates, plus where ELK put the label. A route is valid only for the boxes it was
 * computed with; renderers check the ends (see `routeFits`) and fall back otherwise.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';

export interface Point {
  x: number;
  y: number;
}

export interface EdgeRoute {
  points: Point[];
  /** Top-left and size of the label box ELK kept clear, when it placed one. */
  label?: { x: number; y: number; w: number; h: number };
  /** Absolute top-left of the two ends when the route was computed. */
  from: Point;
  to: Point;
}

/** Every edge of an ELK result (edges declared at the root, coordinates relative to the root). */
export function collectRoutes(root: ElkNode): Record<string, EdgeRoute> {
  const origin = new Map<string, Point>();
  const visit = (node: ElkNode, dx: number, dy: number) => {
    for (const child of node.children ?? []) {
      const at = { x: dx + (child.x ?? 0), y: dy + (child.y ?? 0) };
      origin.set(child.id, at);
      visit(child, at.x, at.y);
    }
  };
  visit(root, 0, 0);
  const routes: Record<string, EdgeRoute> = {};
  for (const edge of (root.edges ?? []) as ElkExtendedEdge[]) {
    const section = edge.sections?.[0];
    const from = origin.get(edge.sources[0] ?? '');
    const to = origin.get(edge.targets[0] ?? '');
    if (!section || !from || !to) continue;
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({
      x: Math.round(p.x),
      y: Math.round(p.y),
    }));
    const label = edge.labels?.[0];
    routes[edge.id] = {
      points,
      from: { x: Math.round(from.x), y: Math.round(from.y) },
      to: { x: Math.round(to.x), y: Math.round(to.y) },
      ...(label?.x !== undefined && label.y !== undefined
        ? { label: { x: label.x, y: label.y, w: label.width ?? 0, h: label.height ?? 0 } }
        : {}),
    };
  }
  return routes;
}

/** Whether a route still fits: both ends are where they were when it was computed. */
export function routeFits(route: EdgeRoute, from: Point, to: Point): boolean {
  return (
    Math.abs(route.from.x - from.x) < 1 &&
    Math.abs(route.from.y - from.y) < 1 &&
    Math.abs(route.to.x - to.x) < 1 &&
    Math.abs(route.to.y - to.y) < 1
  );
}

/**
 * The middle of the longest straight segment of a polyline: where a connection's label reads
 * best. The canvas and the SVG export both place labels with it.
 */
export function midpointOfLongest(points: readonly Point[]): Point {
  let best = { x: points[0]?.x ?? 0, y: points[0]?.y ?? 0 };
  let longest = -1;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length > longest) {
      longest = length;
      best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  }
  return best;
}

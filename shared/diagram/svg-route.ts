/**
 * Orthogonal routes between two boxes, for layouts that carry no routes of their own (a
 * hand-placed diagram): leave the source from the side facing the target, bend once halfway,
 * enter the target from the facing side. The label sits in the middle of the middle segment.
 */
import type { Point } from './routes';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function routeEdge(from: Box, to: Box): { points: Point[]; labelAt: Point } {
  const fromCentre = { x: from.x + from.w / 2, y: from.y + from.h / 2 };
  const toCentre = { x: to.x + to.w / 2, y: to.y + to.h / 2 };
  const gapX = Math.max(to.x - (from.x + from.w), from.x - (to.x + to.w));
  const gapY = Math.max(to.y - (from.y + from.h), from.y - (to.y + to.h));
  if (gapX >= gapY) {
    // Side by side: right/left sides, one vertical jog in the gap.
    const rightwards = toCentre.x >= fromCentre.x;
    const start = { x: rightwards ? from.x + from.w : from.x, y: fromCentre.y };
    const end = { x: rightwards ? to.x : to.x + to.w, y: toCentre.y };
    if (Math.abs(start.y - end.y) < 1) {
      return { points: [start, end], labelAt: { x: (start.x + end.x) / 2, y: start.y } };
    }
    const midX = (start.x + end.x) / 2;
    return {
      points: [start, { x: midX, y: start.y }, { x: midX, y: end.y }, end],
      labelAt: { x: midX, y: (start.y + end.y) / 2 },
    };
  }
  // Stacked: bottom/top sides, one horizontal jog in the gap.
  const downwards = toCentre.y >= fromCentre.y;
  const start = { x: fromCentre.x, y: downwards ? from.y + from.h : from.y };
  const end = { x: toCentre.x, y: downwards ? to.y : to.y + to.h };
  if (Math.abs(start.x - end.x) < 1) {
    return { points: [start, end], labelAt: { x: start.x, y: (start.y + end.y) / 2 } };
  }
  const midY = (start.y + end.y) / 2;
  return {
    points: [start, { x: start.x, y: midY }, { x: end.x, y: midY }, end],
    labelAt: { x: (start.x + end.x) / 2, y: midY },
  };
}

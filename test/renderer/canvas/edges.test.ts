import { describe, expect, it } from 'vitest';
import { Position } from '@xyflow/react';
import { midpointOfLongest } from '../../../shared/diagram/routes';
import { floatingAnchors, roundedPath } from '../../../renderer/canvas/edges';

describe('connection geometry', () => {
  it('anchors on the sides that face each other', () => {
    const left = { x: 0, y: 0, w: 100, h: 80 };
    const right = { x: 300, y: 20, w: 100, h: 80 };
    expect(floatingAnchors(left, right)).toMatchObject({
      sx: 100,
      tx: 300,
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
    });
    const below = { x: 10, y: 300, w: 100, h: 80 };
    expect(floatingAnchors(left, below)).toMatchObject({
      sy: 80,
      ty: 300,
      sourcePosition: Position.Bottom,
      targetPosition: Position.Top,
    });
    expect(floatingAnchors(below, left)).toMatchObject({ sy: 300, ty: 80, sourcePosition: Position.Top });
  });

  it('turns lines between AZ columns in the gutter and sends lines to the outside under the row', () => {
    const laneA = { x: 0, y: 0, w: 200, h: 400 };
    const laneB = { x: 300, y: 0, w: 200, h: 400 };
    const alb = { x: 20, y: 20, w: 100, h: 80 };
    const webB = { x: 320, y: 200, w: 100, h: 80 };
    // Different columns: sideways, even though the vertical gap is larger.
    expect(floatingAnchors(alb, webB, { source: laneA, target: laneB })).toMatchObject({
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
    });
    // To a node outside any subnet, beyond the column and not in the row: out of the bottom.
    const users = { x: -300, y: 20, w: 100, h: 80 };
    expect(floatingAnchors(webB, users, { source: laneB })).toMatchObject({
      sx: 370,
      sy: 280,
      sourcePosition: Position.Bottom,
    });
    // In the same row the line goes straight across.
    expect(floatingAnchors(users, alb, { target: laneA })).toMatchObject({
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
    });
  });

  it('puts a label in the middle of the longest straight segment', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 0, y: 20 },
      { x: 200, y: 20 },
      { x: 200, y: 40 },
    ];
    expect(midpointOfLongest(points)).toEqual({ x: 100, y: 20 });
  });

  it('draws a route through its points with rounded corners', () => {
    const d = roundedPath([
      { x: 0, y: 0 },
      { x: 0, y: 100 },
      { x: 100, y: 100 },
    ]);
    expect(d.startsWith('M 0 0')).toBe(true);
    expect(d).toContain('Q 0 100 6 100');
    expect(d.endsWith('L 100 100')).toBe(true);
  });
});

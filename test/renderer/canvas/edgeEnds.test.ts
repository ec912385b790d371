import { describe, expect, it } from 'vitest';
import type { EndNode } from '../../../renderer/canvas/edgeEnds';
import { endBoxes, endsOf, sameEnds } from '../../../renderer/canvas/edgeEnds';
import { edgePath } from '../../../renderer/canvas/edges';

/** A node as React Flow's nodeLookup holds it (the fields an edge reads). */
function placed(
  x: number,
  y: number,
  extra: Partial<EndNode> = {},
  size = { width: 100, height: 80 },
): EndNode {
  return { measured: { ...size }, internals: { positionAbsolute: { x, y } }, ...extra };
}

const subnet = (x: number, y: number) =>
  placed(x, y, { data: { resource: { type: 'subnet' } } }, { width: 300, height: 400 });

function lookupOf(nodes: Record<string, EndNode>): Map<string, EndNode> {
  return new Map(Object.entries(nodes));
}

describe('edge ends', () => {
  it('reads both ends and the subnet each sits in, and nothing while an end is missing', () => {
    const lookup = lookupOf({
      a: placed(20, 20, { parentId: 'sn' }),
      b: placed(500, 20, { parentId: 'vpc' }),
      sn: subnet(0, 0),
      vpc: placed(-50, -50, { data: { resource: { type: 'vpc' } } }),
    });
    const ends = endsOf(lookup, 'a', 'b');
    expect(ends?.[0]).toBe(lookup.get('a'));
    expect(ends?.[1]).toBe(lookup.get('b'));
    // Only a subnet parent is a lane.
    expect(ends?.[2]).toBe(lookup.get('sn'));
    expect(ends?.[3]).toBeUndefined();
    expect(endsOf(lookup, 'a', 'gone')).toBeUndefined();
  });

  it('counts ends the same while every box is, whatever else changed', () => {
    const a = placed(0, 0, { parentId: 'sn' });
    const b = placed(300, 0);
    const sn = subnet(-20, -20);
    const before = endsOf(lookupOf({ a, b, sn }), 'a', 'b');
    // New objects with the same boxes (a selection flips, data changes): the same drawing.
    const copies = lookupOf({ a: { ...a, data: { selected: true } }, b: { ...b }, sn: { ...sn } });
    expect(sameEnds(before, endsOf(copies, 'a', 'b'))).toBe(true);
    expect(sameEnds(undefined, undefined)).toBe(true);
    expect(sameEnds(before, undefined)).toBe(false);
  });

  it('counts ends different when an end, a lane or a size moves', () => {
    const a = placed(0, 0, { parentId: 'sn' });
    const b = placed(300, 0);
    const sn = subnet(-20, -20);
    const before = endsOf(lookupOf({ a, b, sn }), 'a', 'b');
    const differs = (nodes: Record<string, EndNode>) => !sameEnds(before, endsOf(lookupOf(nodes), 'a', 'b'));
    // A dragged end (liveDrag.ts replaces it with a copy at its new absolute position).
    expect(differs({ a, b: placed(304, 0), sn })).toBe(true);
    expect(differs({ a: placed(0, 4, { parentId: 'sn' }), b, sn })).toBe(true);
    // The subnet moved (its lane decides which sides the line leaves from).
    expect(differs({ a, b, sn: subnet(0, -20) })).toBe(true);
    // Measured at another size.
    expect(differs({ a, b: placed(300, 0, {}, { width: 120, height: 80 }), sn })).toBe(true);
    // Out of its subnet: no lane any more.
    expect(differs({ a: placed(0, 0), b, sn })).toBe(true);
  });

  it('falls back to the size a node was given before it was measured', () => {
    const unmeasured: EndNode = {
      width: 40,
      height: 30,
      measured: {},
      internals: { positionAbsolute: { x: 1, y: 2 } },
    };
    const ends = endsOf(lookupOf({ a: unmeasured, b: placed(0, 0) }), 'a', 'b');
    expect(ends && endBoxes(ends).from).toEqual({ x: 1, y: 2, w: 40, h: 30 });
    const measured = { ...unmeasured, measured: { width: 40, height: 31 } };
    expect(sameEnds(ends, endsOf(lookupOf({ a: measured, b: placed(0, 0) }), 'a', 'b'))).toBe(false);
  });
});

describe('edge drawing', () => {
  const route = {
    points: [
      { x: 100, y: 40 },
      { x: 200, y: 40 },
      { x: 300, y: 40 },
    ],
    // The top-left corners of the two ends when it was routed.
    from: { x: 0, y: 0 },
    to: { x: 300, y: 0 },
  };

  it('follows its route while both ends are where it was routed, and floats when one moved', () => {
    const lookup = lookupOf({ a: placed(0, 0), b: placed(300, 0) });
    const ends = endsOf(lookup, 'a', 'b');
    if (!ends) throw new Error('no ends');
    const routed = edgePath(ends, route);
    expect(routed.routed).toBe(true);
    expect(routed.path.startsWith('M 100 40')).toBe(true);
    expect(routed.label).toEqual({ x: 150, y: 40 });
    const moved = endsOf(lookupOf({ a: placed(0, 200), b: placed(300, 0) }), 'a', 'b');
    if (!moved) throw new Error('no ends');
    const floating = edgePath(moved, route);
    expect(floating.routed).toBe(false);
    // Side by side: leaves the right side of a (x 100) for the left side of b (x 300).
    expect(floating.path).toMatch(/^M ?100 240/);
  });

  it('leaves a subnet from the bottom for a node outside any subnet beyond its column', () => {
    const lookup = lookupOf({
      a: placed(20, 20, { parentId: 'sn' }),
      b: placed(-400, 300),
      sn: subnet(0, 0),
    });
    const ends = endsOf(lookup, 'a', 'b');
    if (!ends) throw new Error('no ends');
    // Without its lane the line would leave a's left side (x 20).
    expect(edgePath(ends, undefined).path).toMatch(/^M ?70 100/);
  });
});

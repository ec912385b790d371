// The far-out scene kept across edits (renderer/canvas/farOutScene.ts updateScene): only nodes
// and edges whose objects changed are built again, the result always equals a fresh build, and
// an update that changes nothing drawn returns the same scene (FarOutCanvas then skips painting).
import { describe, expect, it } from 'vitest';
import { buildScene, createSceneCache, updateScene } from '../../../renderer/canvas/farOutScene';
import type { SceneEdge, SceneNode } from '../../../renderer/canvas/farOutScene';
import { LIGHT } from './farOutPalette';

function ec2(id: string, x: number, y: number, data: Record<string, unknown> = {}): SceneNode {
  return {
    id,
    type: 'resource',
    measured: { width: 112, height: 104 },
    internals: { positionAbsolute: { x, y }, z: 2 },
    data: { resource: { id, type: 'ec2-instance' }, ...data },
  };
}

function vpc(id: string, x: number, z: number): SceneNode {
  return {
    id,
    type: 'container',
    measured: { width: 2000, height: 900 },
    internals: { positionAbsolute: { x, y: -50 }, z },
    data: { resource: { id, type: 'vpc' } },
  };
}

const edge = (id: string, source: string, target: string): SceneEdge => ({ id, source, target });

describe('far-out scene, updated in place', () => {
  const a = ec2('a', 0, 0);
  const b = ec2('b', 300, 0);
  const c = ec2('c', 600, 0);
  const ab = edge('ab', 'a', 'b');
  const bc = edge('bc', 'b', 'c');

  it('rebuilds only the node whose object changed and the lines that touch it', () => {
    const cache = createSceneCache();
    const first = updateScene(cache, [a, b, c], [ab, bc], LIGHT);
    const warned = ec2('c', 600, 0, { findings: { errors: 0, warnings: 1, infos: 0 } });
    const second = updateScene(cache, [a, b, warned], [ab, bc], LIGHT);
    expect(second).not.toBe(first);
    expect(second).toEqual(buildScene([a, b, warned], [ab, bc], LIGHT));
    // a and b, and the line between them, are the very same items.
    expect(second.tiles[0]).toBe(first.tiles[0]);
    expect(second.tiles[1]).toBe(first.tiles[1]);
    expect(second.lines[0]).toBe(first.lines[0]);
    expect(second.tiles[2]).not.toBe(first.tiles[2]);
    expect(second.marks).toHaveLength(1);
  });

  it("follows a move React Flow makes by swapping a node's internals, and a line to it", () => {
    const cache = createSceneCache();
    const moved = { ...c };
    const first = updateScene(cache, [a, b, moved], [ab, bc], LIGHT);
    // The same node object with new internals (kept defensively: React Flow writes internals).
    moved.internals = { positionAbsolute: { x: 600, y: 400 }, z: 2 };
    const second = updateScene(cache, [a, b, moved], [ab, bc], LIGHT);
    expect(second).toEqual(buildScene([a, b, moved], [ab, bc], LIGHT));
    // updateAbsolutePositions writes a root node's position into the same internals object.
    moved.internals.positionAbsolute = { x: 700, y: 400 };
    expect(updateScene(cache, [a, b, moved], [ab, bc], LIGHT)).toEqual(
      buildScene([a, b, moved], [ab, bc], LIGHT),
    );
    expect(second.lines[0]).toBe(first.lines[0]);
    expect(second.lines[1]).not.toEqual(first.lines[1]);
    expect(second.bounds).toEqual({ x: 0, y: 0, w: 712, h: 504 });
  });

  it('returns the same scene when nothing drawn changed, a new one when a node goes or the order changes', () => {
    const cache = createSceneCache();
    const first = updateScene(cache, [a, b, c], [ab, bc], LIGHT);
    expect(updateScene(cache, [a, b, c], [ab, bc], LIGHT)).toBe(first);
    // A palette equal in value (paletteOf makes a new object each time) keeps it too.
    expect(updateScene(cache, [a, b, c], [ab, bc], { ...LIGHT })).toBe(first);
    const fewer = updateScene(cache, [a, b], [ab, bc], LIGHT);
    expect(fewer).toEqual(buildScene([a, b], [ab], LIGHT));
    const reordered = updateScene(cache, [b, a], [ab], LIGHT);
    expect(reordered).not.toBe(fewer);
    expect(reordered).toEqual(buildScene([b, a], [ab], LIGHT));
    const noEdge = updateScene(cache, [b, a], [], LIGHT);
    expect(noEdge.lines).toEqual([]);
  });

  it('updates its lookups in place, forgets what is gone and batches lines and tiles by look', () => {
    const cache = createSceneCache();
    updateScene(cache, [a, b, c], [ab, bc], LIGHT);
    const { nodes, edges, order } = cache;
    const fewer = updateScene(cache, [a, b], [ab], LIGHT);
    // The same map and list (no garbage per frame), holding only what this update drew.
    expect(cache.nodes).toBe(nodes);
    expect(cache.edges).toBe(edges);
    expect(cache.order).toBe(order);
    expect([...cache.nodes.keys()]).toEqual(['a', 'b']);
    expect([...cache.edges.keys()]).toEqual(['ab']);
    expect(fewer).toEqual(buildScene([a, b], [ab], LIGHT));
    // Back again: c is built anew, not taken from a forgotten entry.
    const moved = ec2('c', 900, 0);
    expect(updateScene(cache, [a, b, moved], [ab, bc], LIGHT)).toEqual(
      buildScene([a, b, moved], [ab, bc], LIGHT),
    );
    const warned = ec2('b', 300, 0, { findings: { errors: 1, warnings: 0, infos: 0 } });
    const scene = updateScene(cache, [a, warned, moved], [ab, bc], LIGHT);
    expect(scene.batches.tiles).toEqual([scene.tiles]);
    expect(scene.batches.lines).toEqual([scene.lines]);
  });

  it('keeps the scene when a node is a new object that draws the same, and follows it afterwards', () => {
    const cache = createSceneCache();
    const first = updateScene(cache, [a, b, c], [ab, bc], LIGHT);
    // A route table edit gives the subnets new chips, a price a new cost tag: not in the picture.
    const retagged = ec2('b', 300, 0, { cost: '$12.00', chips: [{ id: 'rt1' }] });
    expect(updateScene(cache, [a, retagged, c], [ab, bc], LIGHT)).toBe(first);
    // The kept entry now answers for the new object: a later real change to it is drawn.
    const warned = ec2('b', 300, 0, {
      cost: '$12.00',
      chips: [{ id: 'rt1' }],
      findings: { errors: 1, warnings: 0, infos: 0 },
    });
    const second = updateScene(cache, [a, warned, c], [ab, bc], LIGHT);
    expect(second).not.toBe(first);
    expect(second).toEqual(buildScene([a, warned, c], [ab, bc], LIGHT));
    // Back to no findings in yet another object: drawn as at first, but painted again.
    const calm = ec2('b', 300, 0, { cost: '$13.00' });
    const third = updateScene(cache, [a, calm, c], [ab, bc], LIGHT);
    expect(third).not.toBe(second);
    expect(third).toEqual(first);
  });

  it('builds everything again for another theme', () => {
    const cache = createSceneCache();
    const first = updateScene(cache, [a, b], [ab], LIGHT);
    const dark = { ...LIGHT, edge: '#aab7b8', dark: true };
    const second = updateScene(cache, [a, b], [ab], dark);
    expect(second.lines[0]).toMatchObject({ stroke: '#aab7b8' });
    expect(second.tiles[0]).not.toBe(first.tiles[0]);
    expect(second).toEqual(buildScene([a, b], [ab], dark));
  });

  it('restacks containers when React Flow changes a depth in place', () => {
    const cache = createSceneCache();
    const outer = vpc('outer', -50, 0);
    const inner = vpc('inner', 10, 5);
    const first = updateScene(cache, [outer, inner], [], LIGHT);
    expect(first.boxes[0]).toMatchObject({ rect: { x: -50 } });
    // adoptUserNodes raises a root parent's z on the same internals object.
    outer.internals.z = 10;
    const second = updateScene(cache, [outer, inner], [], LIGHT);
    expect(second).not.toBe(first);
    expect(second.boxes.map((box) => box.kind === 'box' && box.rect.x)).toEqual([10, -50]);
    expect(second).toEqual(buildScene([outer, inner], [], LIGHT));
  });
});

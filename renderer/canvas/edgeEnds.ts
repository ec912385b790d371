/**
 * What an edge's drawing reads from React Flow's store: the boxes of its two end nodes and of
 * the subnets they are drawn in (the "lanes" of floatingAnchors, edges.tsx).
 *
 * Every change to React Flow's store (each pointer move of a drag) runs the selector of every
 * subscription of every mounted edge, and after a Tidy up some 370 edges are mounted at a
 * drag's zoom. An edge therefore reads all of it through one selector (`endsOf`) compared by
 * `sameEnds`, rather than one subscription per node it looks at (four). `sameEnds` compares
 * boxes, not node objects, so an edge whose ends changed in other ways (selected, data) is not
 * drawn again.
 */
import type { NodeBox, PlacedNode } from './nodeBox';
import { nodeBox } from './nodeBox';

/** The parts of React Flow's internal node an edge reads. */
export interface EndNode extends PlacedNode {
  parentId?: string;
  data?: unknown;
}

/**
 * The nodes an edge is drawn between, and the subnet each sits in (undefined when its parent is
 * not a subnet): [source, target, source's lane, target's lane].
 */
export type EdgeEnds<N extends EndNode = EndNode> = readonly [
  source: N,
  target: N,
  sourceLane: N | undefined,
  targetLane: N | undefined,
];

/** The boxes an edge is drawn from. */
export interface EndBoxes {
  from: NodeBox;
  to: NodeBox;
  lanes: { source?: NodeBox; target?: NodeBox };
}

function isSubnet(node: EndNode | undefined): boolean {
  return (node?.data as { resource?: { type?: string } } | undefined)?.resource?.type === 'subnet';
}

function laneOf<N extends EndNode>(lookup: ReadonlyMap<string, N>, node: N): N | undefined {
  const parent = node.parentId ? lookup.get(node.parentId) : undefined;
  return isSubnet(parent) ? parent : undefined;
}

/** The ends of edge `source` → `target` in `lookup` (React Flow's nodeLookup); undefined while either is missing. */
export function endsOf<N extends EndNode>(
  lookup: ReadonlyMap<string, N>,
  source: string,
  target: string,
): EdgeEnds<N> | undefined {
  const from = lookup.get(source);
  const to = lookup.get(target);
  if (!from || !to) return undefined;
  return [from, to, laneOf(lookup, from), laneOf(lookup, to)];
}

/** Whether two nodes (or two absences) have the same box. */
function sameBox(a: EndNode | undefined, b: EndNode | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const at = a.internals.positionAbsolute;
  const bt = b.internals.positionAbsolute;
  return (
    at.x === bt.x &&
    at.y === bt.y &&
    (a.measured.width ?? a.width) === (b.measured.width ?? b.width) &&
    (a.measured.height ?? a.height) === (b.measured.height ?? b.height)
  );
}

/** Equality for `endsOf`: the edge would be drawn the same (every box the same). */
export function sameEnds(a: EdgeEnds | undefined, b: EdgeEnds | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return sameBox(a[0], b[0]) && sameBox(a[1], b[1]) && sameBox(a[2], b[2]) && sameBox(a[3], b[3]);
}

/** The boxes of `ends`, in flow units. */
export function endBoxes(ends: EdgeEnds): EndBoxes {
  const [source, target, sourceLane, targetLane] = ends;
  return {
    from: nodeBox(source),
    to: nodeBox(target),
    lanes: {
      source: sourceLane ? nodeBox(sourceLane) : undefined,
      target: targetLane ? nodeBox(targetLane) : undefined,
    },
  };
}

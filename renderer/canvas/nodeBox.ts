/**
 * Where React Flow has a node now, in flow units: the absolute position from its internals
 * (which a running drag updates, liveDrag.ts) and its measured size, or the size it was given
 * before it was measured. Edges route between these boxes and the far-out picture draws them.
 */
export interface NodeBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The parts of React Flow's internal node the box is read from. */
export interface PlacedNode {
  width?: number;
  height?: number;
  measured: { width?: number; height?: number };
  internals: { positionAbsolute: { x: number; y: number } };
}

export function nodeBox(node: PlacedNode): NodeBox {
  const at = node.internals.positionAbsolute;
  return {
    x: at.x,
    y: at.y,
    w: node.measured.width ?? node.width ?? 0,
    h: node.measured.height ?? node.height ?? 0,
  };
}

/**
 * Where each shape's two handles are, declared on the node (React Flow's `node.handles`) instead
 * of measured from the page.
 *
 * React Flow treats a node whose handles it has not measured as "not ready": it mounts it even
 * off screen (`onlyRenderVisibleElements` skips only nodes with handle bounds), so opening a
 * 5,000-resource design zoomed in mounted all 5,000 shapes once, and edges wait for the
 * measurement. A node that declares its handles is ready from the start: only what is on screen
 * mounts. The figures are what React Flow measures from the DOM (a 9 px handle, app.css, centred
 * on the left or right edge of the shape's box; a resource's box has a 1 px border inside the
 * node), so a later measurement of a shape at 100 % finds the same bounds.
 * test/e2e/scale-open.spec.ts checks them against the page.
 */
import { Position } from '@xyflow/react';
import type { NodeHandle } from '@xyflow/react';

/** `.react-flow__handle` in app.css. */
export const HANDLE_SIZE = 9;

/** How far inside the node's left edge the handle's container starts (its border). */
const INSET = { resource: 1, container: 0 } as const;

export type HandleShape = keyof typeof INSET;

const cache = new Map<string, NodeHandle[]>();

/**
 * The target (left) and source (right) handle of a shape of `w` x `h`. The same array for the
 * same shape and size, so a rebuilt node keeps React Flow's "same place" (nodeHandoff.ts).
 */
export function handlesOf(shape: HandleShape, w: number, h: number): NodeHandle[] {
  const key = `${shape} ${w} ${h}`;
  let handles = cache.get(key);
  if (!handles) {
    const inset = INSET[shape];
    const half = HANDLE_SIZE / 2;
    const y = h / 2 - half;
    const size = { width: HANDLE_SIZE, height: HANDLE_SIZE };
    handles = [
      { type: 'target', position: Position.Left, x: inset - half, y, ...size },
      { type: 'source', position: Position.Right, x: w - inset - half, y, ...size },
    ];
    cache.set(key, handles);
  }
  return handles;
}

/** For a node that has no handles (an AZ group): declared empty, so it is ready at once too. */
export const NO_HANDLES: NodeHandle[] = [];

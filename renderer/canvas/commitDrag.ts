/**
 * The end of a drag, as one gesture on the store: the moves (kept off the document while the
 * pointer moved, see useNodeGestures) are applied at once, then a shape whose centre landed in
 * another container moves into it (`extend`: a multi-subnet resource gains that subnet instead
 * and the shape goes back), a security group dropped on a resource or a table on a subnet is
 * associated (the shape goes back), and a refused drop undoes the whole gesture. One history
 * entry, one document change that the engines see.
 */
import { associate, associationAt, dropShapes, moveShapes, shapePosition } from '../../shared/edit/index';
import type { Refusal } from '../../shared/edit/index';
import type { EditorStore } from '../store/index';

export interface DraggedShapes {
  /** Shape key (node id) -> where the drag left its box (parent-relative, snapped). */
  moves: ReadonlyMap<string, { x: number; y: number }>;
  /** Node ids React Flow reports as dragged (AZ groups included; they are skipped). */
  dragged: readonly string[];
  /** Alt held at the drop: extend a multi-subnet resource instead of moving it. */
  extend: boolean;
}

/** Commits a finished drag; returns the refusal to show, if the drop was refused. */
export function commitDrag(store: EditorStore, drag: DraggedShapes): Refusal | undefined {
  if (drag.moves.size === 0) return undefined;
  store.beginGesture({ key: 'ui.action.move' });
  store.perform(moveShapes, {
    moves: [...drag.moves].map(([key, at]) => ({ key, x: at.x, y: at.y })),
  });
  const design = store.getState().design;
  const items = drag.dragged
    .filter((id) => !id.startsWith('az:'))
    .map((key) => ({ key, at: shapePosition(design, key) }));
  const pair = items.length === 1 && items[0] ? associationAt(design, items[0].key, items[0].at) : undefined;
  if (pair) {
    store.cancelGesture();
    const associated = store.perform(associate, pair);
    return associated.ok ? undefined : associated.refusal;
  }
  // Extending leaves the dragged shape where it was: undo the drag, then add the placement.
  if (drag.extend) store.cancelGesture();
  const result = store.perform(dropShapes, { items, extend: drag.extend });
  if (!result.ok) {
    if (!drag.extend) store.cancelGesture();
    return result.refusal;
  }
  if (!drag.extend) store.endGesture();
  return undefined;
}

/**
 * The reverse of a chip drop: a subnet dragged by its shape and released over the route table
 * or network ACL chip on another subnet's header is associated with that table
 * (`subnetOntoChip` in shared/edit/gestures.ts, then `associate`, one history entry) and goes
 * back where it was, instead of moving.
 *
 * React Flow runs the drag itself (useNodeGestures.ts). At its start `watchSubnetChipDrop`
 * follows the pointer: the chip under it (read from the DOM, `[data-chip]`, never a chip of the
 * shape being dragged) is outlined, the dragged subnet turns see-through so the chip shows, and
 * the drop hint (dropHint.ts) says what letting go would do. Esc cancels the whole drag: the
 * subnet goes back and nothing changes. At the end `endSubnetChipDrop` says whether the drop was
 * taken here (associated, refused or cancelled) or is an ordinary move for commitDrag.
 */
import { associate, subnetOntoChip } from '../../shared/edit/index';
import type { Refusal } from '../../shared/edit/index';
import type { Translate } from '../../shared/i18n/index';
import type { EditorStore } from '../store/index';
import { describePlan } from './chipDrop';
import type { DropAnswer } from './dropHint';
import { hideDropHint, showDropHint } from './dropHint';

const TARGET_CLASS = 'chip-drop-target';
const BODY_CLASS = 'subnet-over-chip';

interface Watch {
  dragged: readonly string[];
  /** The table chip under the pointer now, and what dropping there would do. */
  over?: { chip: string; element: Element; answer: DropAnswer };
  cancelled: boolean;
  /** Runs the hit test a pending frame would have run (the release can beat the frame). */
  flush(): void;
  stop(): void;
}

let watch: Watch | null = null;

/** The table chip under a screen point that is not on one of the `dragged` shapes. */
function chipAt(
  x: number,
  y: number,
  dragged: readonly string[],
): { chip: string; element: Element } | undefined {
  for (const element of document.elementsFromPoint(x, y)) {
    const chip = element.closest('[data-chip]');
    const id = chip?.getAttribute('data-chip');
    if (!chip || !id) continue;
    const owner = chip.closest('.react-flow__node[data-id]')?.getAttribute('data-id');
    if (owner && dragged.includes(owner)) continue;
    return { chip: id, element: chip };
  }
  return undefined;
}

const SEE_THROUGH = 'see-through';

/** The node elements drawn inside the dragged subnet (they move with it): its shapes and replicas. */
function shapesInside(store: EditorStore, subnet: string): Element[] {
  const design = store.getState().design;
  const keys = new Set(design.resources.filter((r) => r.parent === subnet).map((r) => r.id));
  for (const key of Object.keys(design.layout ?? {})) if (key.endsWith(`@${subnet}`)) keys.add(key);
  return [...document.querySelectorAll('.react-flow__node[data-id]')].filter((node) =>
    keys.has(node.getAttribute('data-id') ?? ''),
  );
}

function clearOver(current: Watch): void {
  current.over?.element.classList.remove(TARGET_CLASS, 'refused');
  current.over = undefined;
  document.body.classList.remove(BODY_CLASS);
  for (const node of document.querySelectorAll(`.${SEE_THROUGH}`)) node.classList.remove(SEE_THROUGH);
  hideDropHint();
}

/** Called when a node drag starts with the node ids it moves; only a lone subnet is followed. */
export function watchSubnetChipDrop(store: EditorStore, t: Translate, dragged: readonly string[]): void {
  watch?.stop();
  watch = null;
  const design = store.getState().design;
  const shapes = dragged.filter((id) => !id.startsWith('az:'));
  if (shapes.length !== 1 || !design.resources.some((r) => r.id === shapes[0] && r.type === 'subnet')) return;

  // One hit test per frame at most, after React Flow has moved the shape: a drag stays cheap.
  let frame = 0;
  let pointer = { x: 0, y: 0 };
  const move = (e: PointerEvent) => {
    pointer = { x: e.clientX, y: e.clientY };
    if (!frame) frame = requestAnimationFrame(follow);
  };
  const follow = () => {
    frame = 0;
    if (current.cancelled) return;
    const found = chipAt(pointer.x, pointer.y, dragged);
    const pair = found ? subnetOntoChip(store.getState().design, dragged, found.chip) : undefined;
    if (!found || !pair) {
      if (current.over) clearOver(current);
      return;
    }
    if (current.over?.chip !== found.chip) {
      clearOver(current);
      const answer = describePlan(store.getState().design, { op: 'associate', ...pair });
      current.over = { ...found, answer };
      found.element.classList.add(TARGET_CLASS);
      found.element.classList.toggle('refused', answer.refused);
      document.body.classList.add(BODY_CLASS);
      // The subnet and what it holds are drawn over the chip: let the chip show through.
      for (const node of shapesInside(store, pair.from)) node.classList.add(SEE_THROUGH);
    }
    showDropHint(t, pointer.x, pointer.y, current.over?.answer);
  };
  const key = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    current.cancelled = true;
    clearOver(current);
  };
  const current: Watch = {
    dragged,
    cancelled: false,
    flush() {
      if (!frame) return;
      cancelAnimationFrame(frame);
      follow();
    },
    stop() {
      cancelAnimationFrame(frame);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('keydown', key, true);
      clearOver(current);
    },
  };
  window.addEventListener('pointermove', move);
  window.addEventListener('keydown', key, true);
  watch = current;
}

/**
 * Called when the node drag ends. Undefined: not ours, commit the move. Otherwise the drop was
 * taken here: `refusal` is the editor's reason when the association was refused.
 */
export function endSubnetChipDrop(store: EditorStore): { refusal?: Refusal } | undefined {
  const current = watch;
  watch = null;
  if (!current) return undefined;
  current.flush();
  const { over, cancelled, dragged } = current;
  current.stop();
  if (cancelled) return {};
  if (!over) return undefined;
  const pair = subnetOntoChip(store.getState().design, dragged, over.chip);
  if (!pair) return undefined;
  const result = store.perform(associate, pair);
  return result.ok ? {} : { refusal: result.refusal };
}

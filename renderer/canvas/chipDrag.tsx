/**
 * Dragging an attachment chip onto another shape (the rule is in chipDrop.ts). Pointer events
 * on the chip itself, not React Flow: the chip has the `nodrag` class so its shape stays put,
 * a copy of the chip follows the pointer, the shape it would land on is outlined, a label next
 * to the pointer says what letting go would do or why it would be refused (dropHint.ts), and
 * the drop target is read from the DOM under the pointer (`.react-flow__node[data-id]`, topmost
 * first), which already accounts for zoom, pan and which shape is drawn above which. A press
 * without movement stays a click (it selects the attachment); Esc cancels a drag.
 */
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useCallback } from 'react';
import { translateMessage } from '../../shared/edit/index';
import { showToast } from '../app/toast';
import { useT } from '../i18n';
import { useEditorStore } from '../store/index';
import { chipDropPlan, commitChipDrop, describePlan, planTarget } from './chipDrop';
import type { ChipDrag } from './chipDrop';
import { resourceIdOfNode } from './flow';
import { hideDropHint, showDropHint } from './dropHint';
import type { DropAnswer } from './dropHint';
import type { Chip } from './flowExtras';

/** Pixels the pointer must travel before a press on a chip becomes a drag. */
const THRESHOLD = 4;
const TARGET_CLASS = 'chip-drop-target';

/** The flow nodes under a screen point, topmost first: [node element, resource id]. */
function nodesAt(x: number, y: number): [Element, string][] {
  const found: [Element, string][] = [];
  for (const element of document.elementsFromPoint(x, y)) {
    const node = element.closest('.react-flow__node[data-id]');
    const id = node?.getAttribute('data-id');
    if (node && id && !found.some(([seen]) => seen === node)) found.push([node, resourceIdOfNode(id)]);
  }
  return found;
}

/** The resource ids of the flow nodes under a screen point, topmost first. */
export function resourcesAt(x: number, y: number): string[] {
  return nodesAt(x, y).map(([, id]) => id);
}

function clearTarget(): void {
  for (const element of document.querySelectorAll(`.${TARGET_CLASS}`)) element.classList.remove(TARGET_CLASS);
}

/** A pointer-down handler for the chips on the shape of resource `owner`. */
export function useChipDrag(owner: string): (event: ReactPointerEvent<HTMLElement>, chip: Chip) => void {
  const store = useEditorStore();
  const t = useT();
  return useCallback(
    (event, chip) => {
      if (event.button !== 0) return;
      const drag: ChipDrag = { chip: chip.id, kind: chip.kind, owner };
      const source = event.currentTarget;
      const start = { x: event.clientX, y: event.clientY };
      let ghost: HTMLElement | null = null;
      let answered: { target: string | undefined; answer: DropAnswer } | undefined;

      const under = (e: PointerEvent) => nodesAt(e.clientX, e.clientY);
      const move = (e: PointerEvent) => {
        if (!ghost) {
          if (Math.hypot(e.clientX - start.x, e.clientY - start.y) < THRESHOLD) return;
          ghost = source.cloneNode(true) as HTMLElement;
          ghost.classList.add('chip-ghost');
          ghost.removeAttribute('data-testid');
          document.body.appendChild(ghost);
          document.body.classList.add('chip-dragging');
        }
        ghost.style.transform = `translate(${e.clientX + 10}px, ${e.clientY + 10}px)`;
        clearTarget();
        const nodes = under(e);
        const design = store.getState().design;
        const plan = chipDropPlan(
          design,
          drag,
          nodes.map(([, id]) => id),
        );
        const target = plan ? planTarget(plan) : undefined;
        nodes.find(([, id]) => id === target)?.[0].classList.add(TARGET_CLASS);
        // The answer changes only with the shape under the pointer: ask the editor once per shape.
        if (plan && target !== answered?.target) answered = { target, answer: describePlan(design, plan) };
        if (!plan) answered = undefined;
        showDropHint(t, e.clientX, e.clientY, answered?.answer);
      };
      const finish = () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        window.removeEventListener('pointercancel', finish);
        window.removeEventListener('keydown', key, true);
        clearTarget();
        hideDropHint();
        document.body.classList.remove('chip-dragging');
        ghost?.remove();
        if (ghost) swallowNextClick();
      };
      const up = (e: PointerEvent) => {
        const dragged = ghost !== null;
        finish();
        if (!dragged) return;
        const refusal = commitChipDrop(
          store,
          drag,
          under(e).map(([, id]) => id),
        );
        if (refusal) showToast(translateMessage(t, refusal), 'error');
      };
      const key = (e: KeyboardEvent) => {
        if (e.key !== 'Escape' || !ghost) return;
        e.stopPropagation();
        finish();
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', finish);
      window.addEventListener('keydown', key, true);
    },
    [owner, store, t],
  );
}

/** The click that ends a drag is not a click on whatever lies under it (a pane deselect). */
function swallowNextClick(): void {
  const swallow = (e: MouseEvent) => {
    e.stopPropagation();
    e.preventDefault();
  };
  window.addEventListener('click', swallow, { capture: true, once: true });
  setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
}

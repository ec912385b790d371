/**
 * One severity group of the Problems panel, drawn as a virtual list: only the rows in view (and a
 * few either side) are in the document, positioned in a box as tall as the whole list, so a
 * design with thousands of findings costs the same to show as one with twenty. Each row tells
 * assistive technology its place in the whole group (aria-posinset / aria-setsize).
 *
 * Keyboard: Tab reaches the rows as before (the next one is always drawn); ArrowUp/ArrowDown move
 * between rows (across groups too), Home/End jump to the first/last row of the group, scrolling
 * the row into view.
 */
import { forwardRef, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ProblemEntry, ProblemIndexGroup, ProblemRow } from './model';
import { ProblemRowView } from './ProblemRowView';
import { useVirtualRows } from './useVirtualRows';
import { drawnRows } from './virtualWindow';

export interface ProblemListHandle {
  /** Focuses row `index` (negative: counted from the end), scrolling it into view. */
  focusRow(index: number): void;
}

interface ProblemListProps {
  group: ProblemIndexGroup;
  /** The row of an entry, made when it is first drawn. */
  rowOf(entry: ProblemEntry): ProblemRow;
  labelId: string;
  onShow(targets: string[]): void;
  /** Arrow keys past the first or last row: the panel moves focus to the neighbouring group. */
  onLeave(direction: -1 | 1): void;
}

export const ProblemList = forwardRef<ProblemListHandle, ProblemListProps>(function ProblemList(
  { group, rowOf, labelId, onShow, onLeave },
  ref,
) {
  // Measured heights are kept per row key, so rows keep theirs when findings change.
  const keys = useMemo(() => group.entries.map((entry) => entry.key), [group.entries]);
  const { listRef, visible, offsets, measure, scrollTo } = useVirtualRows(keys);
  const [focused, setFocused] = useState<number | null>(null);
  const pendingFocus = useRef<number | null>(null);

  const focusRow = (index: number): void => {
    const count = group.entries.length;
    if (count === 0) return;
    const target = Math.max(0, Math.min(count - 1, index < 0 ? count + index : index));
    scrollTo(target);
    pendingFocus.current = target;
    // Drawn on the next render if it was not (setFocused keeps it drawn); focused after it.
    setFocused(target);
    focusPending();
  };
  useImperativeHandle(ref, () => ({ focusRow }));

  function focusPending(): void {
    const index = pendingFocus.current;
    const button =
      index === null ? null : listRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] button`);
    if (!button) return;
    pendingFocus.current = null;
    button.focus({ preventScroll: true });
  }
  useLayoutEffect(focusPending);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const index = Number((event.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index);
    if (!Number.isInteger(index)) return;
    const last = group.entries.length - 1;
    let next: number | null = null;
    if (event.key === 'ArrowDown') {
      if (index === last) onLeave(1);
      else next = index + 1;
    } else if (event.key === 'ArrowUp') {
      if (index === 0) onLeave(-1);
      else next = index - 1;
    } else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else return;
    event.preventDefault();
    if (next !== null) focusRow(next);
  };

  const keep = focused !== null && focused < group.entries.length ? focused : undefined;
  return (
    <ul
      ref={listRef}
      className="problem-list"
      role="list"
      aria-labelledby={labelId}
      style={{ height: visible.total }}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const index = Number(
          (event.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index,
        );
        if (Number.isInteger(index)) setFocused(index);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
      }}
    >
      {drawnRows(visible, keep).map((index) => {
        const row = rowOf(group.entries[index]!);
        return (
          <li
            key={row.key}
            ref={(element) => (element ? measure(row.key, element) : undefined)}
            data-index={index}
            aria-posinset={index + 1}
            aria-setsize={group.entries.length}
            style={{ top: offsets[index] }}
          >
            <ProblemRowView row={row} onShow={onShow} />
          </li>
        );
      })}
    </ul>
  );
});

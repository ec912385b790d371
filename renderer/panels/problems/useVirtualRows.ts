/**
 * The browser side of a virtual list (the maths is in virtualWindow.ts): follows the scrolling
 * ancestor to know which band of the list is on screen, measures the rows it draws, and scrolls
 * a row into view on request. Rows are positioned absolutely inside a box as tall as the whole
 * list, so the scroll bar is the one a fully drawn list would have.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { averageHeight, rowOffsets, scrollDelta, virtualWindow } from './virtualWindow';
import type { VirtualWindow } from './virtualWindow';

/** Rows drawn beyond each edge of the visible band: a fast scroll or Tab lands on a drawn row. */
const OVERSCAN = 6;
/** The height a never-drawn row is assumed to have until one is measured (a one-line finding). */
const FIRST_ESTIMATE = 56;
/** Before the list is laid out, the band it assumes is on screen (a tall dock). */
const FIRST_BAND = 900;

/** The nearest ancestor that scrolls vertically (the dock's tab body), else the document. */
function scrollParentOf(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return document.scrollingElement instanceof HTMLElement ? document.scrollingElement : document.body;
}

/** Where the scroller's visible band is, in the list's own coordinates. */
function bandOf(list: HTMLElement, scroller: HTMLElement): { top: number; bottom: number } {
  const top = scroller.getBoundingClientRect().top - list.getBoundingClientRect().top;
  return { top, bottom: top + scroller.clientHeight };
}

export interface VirtualRows {
  listRef: RefObject<HTMLUListElement | null>;
  visible: VirtualWindow;
  offsets: Float64Array;
  /** A ref callback for each drawn row: its measured height replaces the estimate. */
  measure(key: string, element: HTMLElement): () => void;
  /** Scrolls the least needed to show row `index` whole. */
  scrollTo(index: number): void;
}

export function useVirtualRows(keys: readonly string[]): VirtualRows {
  const listRef = useRef<HTMLUListElement | null>(null);
  const scroller = useRef<HTMLElement | null>(null);
  // Measured heights per row key (kept while rows come and go; forgotten when the width changes).
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [band, setBand] = useState({ top: 0, bottom: FIRST_BAND });

  const estimate = useMemo(() => averageHeight(heights, FIRST_ESTIMATE), [heights]);
  const offsets = useMemo(
    () => rowOffsets(keys.length, (i) => heights.get(keys[i] ?? ''), estimate),
    [keys, heights, estimate],
  );
  const visible = useMemo(() => virtualWindow(offsets, band.top, band.bottom, OVERSCAN), [offsets, band]);

  // What the callbacks below (outside render) read.
  const latest = useRef({ offsets, estimate, heights });
  useLayoutEffect(() => {
    latest.current = { offsets, estimate, heights };
  });

  const readBand = useCallback(() => {
    const list = listRef.current;
    const parent = scroller.current;
    if (!list || !parent) return;
    const next = bandOf(list, parent);
    setBand((old) => (old.top === next.top && old.bottom === next.bottom ? old : next));
  }, []);

  // The scroller and the band are read in the ResizeObserver's first report, after the frame's
  // layout, not here: a list mounts in the commit that shows an answer of the rules (a group of
  // errors appears), and reading styles and boxes here laid the whole page out in the middle of
  // that commit, then again for the frame once the canvas had re-rendered its badges. Until the
  // report the list draws the rows of FIRST_BAND.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    let target: EventTarget | null = null;
    // The dock resized, or the width changed (rows wrap differently: forget their heights).
    let width: number | null = null;
    const resized = new ResizeObserver(() => {
      if (!target) {
        const parent = scrollParentOf(list);
        scroller.current = parent;
        target = parent === document.scrollingElement ? globalThis : parent;
        target.addEventListener('scroll', readBand, { passive: true });
        resized.observe(parent);
      }
      if (width !== null && list.clientWidth !== width) setHeights(new Map());
      width = list.clientWidth;
      readBand();
    });
    resized.observe(list);
    return () => {
      target?.removeEventListener('scroll', readBand);
      resized.disconnect();
    };
  }, [readBand]);

  // Rows measured as they are drawn. A row above the visible band that turns out taller or
  // shorter than assumed would shift what the reader is looking at: scroll by the difference.
  const observer = useRef<ResizeObserver | null>(null);
  const keyOf = useRef(new WeakMap<Element, string>());
  const onResize = useCallback((entries: ResizeObserverEntry[]) => {
    const list = listRef.current;
    const parent = scroller.current;
    const { estimate: assumedHeight, heights: known } = latest.current;
    const bandTop = list && parent ? bandOf(list, parent).top : 0;
    const updates = new Map<string, number>();
    let shift = 0;
    for (const entry of entries) {
      const key = keyOf.current.get(entry.target);
      const element = entry.target as HTMLElement;
      const height = element.offsetHeight;
      if (key === undefined || height === 0 || known.get(key) === height) continue;
      const assumed = known.get(key) ?? assumedHeight;
      if (element.offsetTop + assumed <= bandTop) shift += height - assumed;
      updates.set(key, height);
    }
    if (updates.size === 0) return;
    if (shift !== 0 && parent) parent.scrollTop += shift;
    setHeights((old) => new Map([...old, ...updates]));
  }, []);
  useLayoutEffect(() => () => observer.current?.disconnect(), []);

  const measure = useCallback(
    (key: string, element: HTMLElement) => {
      observer.current ??= new ResizeObserver(onResize);
      const watching = observer.current;
      keyOf.current.set(element, key);
      watching.observe(element);
      return () => watching.unobserve(element);
    },
    [onResize],
  );

  const scrollTo = useCallback(
    (index: number) => {
      const parent = scroller.current;
      const list = listRef.current;
      if (!parent || !list) return;
      const { top, bottom } = bandOf(list, parent);
      const delta = scrollDelta(latest.current.offsets, index, top, bottom);
      if (delta !== 0) parent.scrollTop += delta;
      readBand();
    },
    [readBand],
  );

  return { listRef, visible, offsets, measure, scrollTo };
}

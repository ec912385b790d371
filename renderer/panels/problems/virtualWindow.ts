/**
 * The maths of a virtual list: which rows of a long list intersect the visible band, and how much
 * room the rows before and after them take, from each row's measured height (or an estimate for
 * rows never drawn). Pure, so it is unit-tested without a browser.
 *
 * The Problems panel lists thousands of findings on a large design; drawing only the rows in
 * view (plus a few either side, so a quick scroll or Tab never reaches an undrawn row) keeps its
 * cost independent of the design's size.
 */

export interface VirtualWindow {
  /** First row drawn (inclusive). */
  start: number;
  /** Row after the last one drawn (exclusive); equal to `start` when nothing is drawn. */
  end: number;
  /** Height of the rows before `start` (the space kept above the drawn rows). */
  before: number;
  /** Height of the rows from `end` on (the space kept below). */
  after: number;
  /** Height of the whole list. */
  total: number;
}

/**
 * Offsets of each row's top: `offsets[i]` is where row i starts, `offsets[count]` the total.
 * `heightOf(i)` is the measured height of row i, or undefined when it was never drawn.
 */
export function rowOffsets(
  count: number,
  heightOf: (index: number) => number | undefined,
  estimate: number,
): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + (heightOf(i) ?? estimate);
  return offsets;
}

/** The mean of the measured heights: the estimate for rows not drawn yet (`fallback` before any). */
export function averageHeight(heights: ReadonlyMap<string, number>, fallback: number): number {
  if (heights.size === 0) return fallback;
  let sum = 0;
  for (const height of heights.values()) sum += height;
  return sum / heights.size;
}

/** The last row whose top is at or above `y` (0 when `y` is above the first row). */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  if (count <= 0) return 0;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid]! <= y) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The rows to draw for a visible band [`top`, `bottom`) measured from the list's top edge (the
 * band may start above the list or end below it), with `overscan` extra rows each side.
 */
export function virtualWindow(
  offsets: Float64Array,
  top: number,
  bottom: number,
  overscan: number,
): VirtualWindow {
  const count = offsets.length - 1;
  const total = offsets[count] ?? 0;
  if (count <= 0 || bottom <= 0 || top >= total || bottom <= top) {
    return { start: 0, end: 0, before: 0, after: total, total };
  }
  const start = Math.max(0, rowAt(offsets, Math.max(0, top)) - overscan);
  // The row that holds the bottom edge is partly visible, so it is drawn.
  const end = Math.min(count, rowAt(offsets, Math.min(total, bottom) - 1e-6) + 1 + overscan);
  return { start, end, before: offsets[start]!, after: total - offsets[end]!, total };
}

/**
 * The indices to draw: the window's rows, and `keep` (the focused row) wherever it is, so focus
 * never falls out of the document while its row scrolls out of view.
 */
export function drawnRows(window: VirtualWindow, keep?: number): number[] {
  const rows: number[] = [];
  if (keep !== undefined && keep >= 0 && keep < window.start) rows.push(keep);
  for (let i = window.start; i < window.end; i++) rows.push(i);
  if (keep !== undefined && keep >= window.end && Number.isInteger(keep)) rows.push(keep);
  return rows;
}

/** The scroll change that brings row `index` fully into a band [`top`, `bottom`): 0 when it already is. */
export function scrollDelta(offsets: Float64Array, index: number, top: number, bottom: number): number {
  const rowTop = offsets[index];
  const rowBottom = offsets[index + 1];
  if (rowTop === undefined || rowBottom === undefined) return 0;
  if (rowTop < top) return rowTop - top;
  if (rowBottom > bottom) return Math.min(rowBottom - bottom, rowTop - top);
  return 0;
}

// The Problems panel's virtual list maths: which rows a visible band needs, with measured and
// estimated heights, overscan, a kept (focused) row and scrolling a row into view.
import { describe, expect, it } from 'vitest';
import {
  averageHeight,
  drawnRows,
  rowAt,
  rowOffsets,
  scrollDelta,
  virtualWindow,
} from '../../../../renderer/panels/problems/virtualWindow';

const even = (count: number, height = 50) => rowOffsets(count, () => height, height);

describe('rowOffsets', () => {
  it('adds measured heights and the estimate for rows never measured', () => {
    const measured = new Map([
      [0, 40],
      [2, 100],
    ]);
    expect([...rowOffsets(4, (i) => measured.get(i), 60)]).toEqual([0, 40, 100, 200, 260]);
  });
});

describe('rowAt', () => {
  it('finds the row under a point, the first row above the list and the last below it', () => {
    const offsets = even(10);
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 49.9)).toBe(0);
    expect(rowAt(offsets, 50)).toBe(1);
    expect(rowAt(offsets, 275)).toBe(5);
    expect(rowAt(offsets, -30)).toBe(0);
    expect(rowAt(offsets, 10_000)).toBe(9);
  });
});

describe('virtualWindow', () => {
  it('draws only the rows in the band plus the overscan, and keeps the room of the others', () => {
    // 2,831 rows of 50 px (a 5,000-resource design's findings), a 300 px band scrolled to 10,000.
    const offsets = even(2831);
    const view = virtualWindow(offsets, 10_000, 10_300, 3);
    // Rows 200..205 are visible (205 starts at 10,250); 3 more each side.
    expect(view).toEqual({
      start: 197,
      end: 209,
      before: 197 * 50,
      after: (2831 - 209) * 50,
      total: 2831 * 50,
    });
    expect(view.end - view.start).toBeLessThan(20);
  });

  it('draws the partly visible row at the bottom edge, not the one after it', () => {
    const view = virtualWindow(even(100), 0, 120, 0);
    expect([view.start, view.end]).toEqual([0, 3]);
    expect(virtualWindow(even(100), 0, 100, 0).end).toBe(2);
  });

  it('clamps the overscan at both ends of the list', () => {
    expect(virtualWindow(even(5), 0, 1000, 10)).toMatchObject({ start: 0, end: 5, before: 0, after: 0 });
  });

  it('draws nothing when the list is scrolled out of view or empty', () => {
    expect(virtualWindow(even(10), 600, 900, 2)).toMatchObject({ start: 0, end: 0, total: 500 });
    expect(virtualWindow(even(10), -400, -100, 2)).toMatchObject({ start: 0, end: 0 });
    expect(virtualWindow(even(0), 0, 500, 2)).toEqual({ start: 0, end: 0, before: 0, after: 0, total: 0 });
  });

  it('works out the rows from uneven heights', () => {
    const heights = [30, 200, 30, 30, 30, 30];
    const offsets = rowOffsets(heights.length, (i) => heights[i], 0);
    // Band 100..250 covers row 1 (30..230) and row 2 (230..260).
    expect(virtualWindow(offsets, 100, 250, 0)).toMatchObject({ start: 1, end: 3, before: 30, after: 90 });
  });
});

describe('drawnRows', () => {
  it('adds a kept row outside the window without drawing the rows between', () => {
    const view = virtualWindow(even(1000), 5000, 5200, 1);
    expect(drawnRows(view)).toEqual([99, 100, 101, 102, 103, 104]);
    expect(drawnRows(view, 3)).toEqual([3, 99, 100, 101, 102, 103, 104]);
    expect(drawnRows(view, 900)).toEqual([99, 100, 101, 102, 103, 104, 900]);
    expect(drawnRows(view, 101)).toEqual([99, 100, 101, 102, 103, 104]);
  });
});

describe('scrollDelta', () => {
  it('scrolls the least needed to show a row whole', () => {
    const offsets = even(100);
    expect(scrollDelta(offsets, 10, 400, 700)).toBe(0);
    expect(scrollDelta(offsets, 2, 400, 700)).toBe(-300);
    expect(scrollDelta(offsets, 20, 400, 700)).toBe(350);
    expect(scrollDelta(offsets, 500, 400, 700)).toBe(0);
  });

  it('shows the top of a row taller than the band', () => {
    const offsets = rowOffsets(3, (i) => (i === 1 ? 1000 : 50), 50);
    expect(scrollDelta(offsets, 1, 0, 300)).toBe(50);
  });
});

describe('averageHeight', () => {
  it('is the mean of the measured rows, or the fallback before any', () => {
    expect(averageHeight(new Map(), 56)).toBe(56);
    expect(
      averageHeight(
        new Map([
          ['a', 40],
          ['b', 80],
        ]),
        56,
      ),
    ).toBe(60);
  });
});

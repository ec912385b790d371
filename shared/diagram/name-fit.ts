/**
 * How a resource's name is set under its icon: on two lines at the full name size for almost
 * every name; a long one takes a third line where nothing hangs under the shape, else a smaller
 * font. The size is chosen so that every line fits its width: the whole name shows, never an
 * ellipsis, and the name stays as large as it can (it is what a fitted diagram must keep legible).
 */
import { FONTS } from './style';
import { textWidth } from './svg-text';
import type { Measure } from './svg-text';

/** The smallest size a name is set in before its lines may be cut. */
export const MIN_NAME_SIZE = 13;

/** A text broken greedily at spaces and after hyphens into lines of at most `maxWidth`. */
export function wrapLines(
  text: string,
  fontSize: number,
  maxWidth: number,
  measure: Measure = textWidth,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of text.split(/(?<=[\s-])/)) {
    if (line && measure((line + piece).trimEnd(), fontSize) > maxWidth) {
      lines.push(line);
      line = piece;
    } else {
      line += piece;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function fits(text: string, size: number, maxWidth: number, lines: number, measure: Measure): boolean {
  const wrapped = wrapLines(text, size, maxWidth, measure);
  return wrapped.length <= lines && wrapped.every((line) => measure(line.trim(), size) <= maxWidth);
}

/** Font size and line count for a name in a box `maxWidth` wide. */
export function fitName(
  text: string,
  maxWidth: number,
  options: { roomBelow: boolean; measure?: Measure; fontSize?: number },
): { size: number; lines: number } {
  const measure = options.measure ?? textWidth;
  const full = options.fontSize ?? FONTS.name;
  // Two lines at full size; then a third line (if there is room under the shape) before a
  // smaller font on two.
  const tries = options.roomBelow ? [2, 3] : [2];
  for (const lines of tries) if (fits(text, full, maxWidth, lines, measure)) return { size: full, lines };
  const most = tries[tries.length - 1] ?? 2;
  for (let size = full - 1; size >= MIN_NAME_SIZE; size--) {
    if (fits(text, size, maxWidth, most, measure)) return { size, lines: most };
  }
  return { size: MIN_NAME_SIZE, lines: most };
}

/** Past this many entries a cache starts over (names of a few designs fit many times over). */
const CACHE_LIMIT = 50_000;

/**
 * `measure` with each answer kept: the same text at the same size is measured once. Measuring
 * with the browser's canvas costs microseconds each, and fitting one name measures several
 * candidate lines at several sizes, thousands of times when a large design opens.
 */
export function cachedMeasure(measure: Measure): Measure {
  const widths = new Map<string, number>();
  return (text, fontSize) => {
    const key = `${fontSize}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      if (widths.size >= CACHE_LIMIT) widths.clear();
      width = measure(text, fontSize);
      widths.set(key, width);
    }
    return width;
  };
}

/**
 * fitName with its answers kept per text, width, room and size (a name fitted once is not
 * fitted again when its shape mounts again, scrolls back into view or another design opens).
 */
export function cachedFitName(measure: Measure): (
  text: string,
  maxWidth: number,
  options: { roomBelow: boolean; fontSize?: number },
) => {
  size: number;
  lines: number;
} {
  const widths = cachedMeasure(measure);
  const fits = new Map<string, { size: number; lines: number }>();
  return (text, maxWidth, options) => {
    const key = `${maxWidth}|${options.roomBelow ? 1 : 0}|${options.fontSize ?? ''}|${text}`;
    let fit = fits.get(key);
    if (fit === undefined) {
      if (fits.size >= CACHE_LIMIT) fits.clear();
      fit = fitName(text, maxWidth, { ...options, measure: widths });
      fits.set(key, fit);
    }
    return fit;
  };
}

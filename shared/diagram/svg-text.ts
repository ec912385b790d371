/**
 * Text metrics without a font engine: a width estimate good enough to size chips and to keep a
 * label inside its shape. Wide (CJK, Hangul) characters count as one em, others as ~0.6 em.
 */

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** Width of a text at a font size (an estimate here; a browser can measure for real). */
export type Measure = (text: string, fontSize: number) => number;

export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    ems += isWide(code) ? 1 : /[A-Z@mwMW%]/.test(char) ? 0.72 : /[iljtf.,:;|' ]/.test(char) ? 0.34 : 0.58;
  }
  return ems * fontSize;
}

/**
 * Attributes that keep one line of text within `maxWidth`: a smaller font first (down to
 * `minSize`), then `textLength` squeezing, so the whole text is always there (searchable,
 * copyable), never cut.
 */
export function fitText(text: string, fontSize: number, maxWidth: number, minSize = 9): string {
  const natural = textWidth(text, fontSize);
  if (natural <= maxWidth) return `font-size="${fontSize}"`;
  const size = Math.max(minSize, Math.floor((fontSize * maxWidth) / natural));
  if (textWidth(text, size) <= maxWidth) return `font-size="${size}"`;
  return `font-size="${size}" textLength="${Math.floor(maxWidth)}" lengthAdjust="spacingAndGlyphs"`;
}

/**
 * A name broken into at most two lines of `maxWidth` (at spaces, or after a hyphen), the way the
 * canvas wraps it. A name that needs more keeps everything after the first line on the second
 * (which `fitText` then narrows), so nothing is ever cut.
 */
export function wrapTwoLines(
  text: string,
  fontSize: number,
  maxWidth: number,
  measure: Measure = textWidth,
): string[] {
  if (measure(text, fontSize) <= maxWidth) return [text];
  const pieces = text.split(/(?<=[\s-])/);
  let first = '';
  for (const piece of pieces) {
    if (first && measure((first + piece).trimEnd(), fontSize) > maxWidth) break;
    first += piece;
  }
  // The first line keeps its trailing space, so the lines joined are the name as written.
  const rest = text.slice(first.length);
  return rest ? [first, rest] : [first];
}

/**
 * The font size at which a name fits on two lines of `maxWidth`: `fontSize` for almost every
 * name, smaller (not below `minSize`) for a long one, so the whole name shows rather than an
 * ellipsis.
 */
export function twoLineFontSize(
  text: string,
  fontSize: number,
  maxWidth: number,
  minSize = 14,
  measure: Measure = textWidth,
): number {
  for (let size = fontSize; size > minSize; size--) {
    const lines = wrapTwoLines(text, size, maxWidth, measure);
    if (lines.every((line) => measure(line.trim(), size) <= maxWidth)) return size;
  }
  return minSize;
}

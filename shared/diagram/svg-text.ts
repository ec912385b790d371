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

/**
 * File names that work on every system the app runs on. A design's name becomes the suggested
 * file name of saves and exports, and export names come from the page, so both are cleaned and
 * checked here: no folders, no characters Windows refuses (`a:b.png` makes an NTFS stream), no
 * reserved device names (CON, NUL, COM1... with any extension), no trailing dot or space, and no
 * bidirectional controls, which can show `evil\u202Egnp.exe` as `evilexe.png`.
 */

const MAX_NAME = 255;
/** Characters Windows does not allow in names, plus folder separators and control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f/\\:*?"<>|]/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN_ALL = /[\u0000-\u001f\u007f/\\:*?"<>|]+/g;
/** Bidirectional embeddings, overrides, isolates and marks. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const BIDI_ALL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** True for a plain file name that is safe to create on Windows, macOS and Linux. */
export function isPortableFileName(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= 1 &&
    value.length <= MAX_NAME &&
    value !== '.' &&
    value !== '..' &&
    !FORBIDDEN.test(value) &&
    !BIDI.test(value) &&
    !RESERVED.test(value) &&
    !/[. ]$/.test(value)
  );
}

/** A portable file name for `title` ending in `extension`, or "design" + extension. */
export function suggestedFileName(title: unknown, extension: string): string {
  let base =
    typeof title === 'string'
      ? title
          .replace(BIDI_ALL, '')
          .replace(FORBIDDEN_ALL, '-')
          .trim()
          .replace(/[. ]+$/, '')
      : '';
  base = base.slice(0, 120).replace(/[. ]+$/, '');
  if (base === '' || /^[.\s-]*$/.test(base)) base = 'design';
  // "CON.skyplan.json" is still the device CON on Windows.
  if (RESERVED.test(base) || RESERVED.test(base + extension)) base = `_${base}`;
  return base + extension;
}

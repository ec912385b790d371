/**
 * Escaping for the XML the diagram exports write (SVG, draw.io). User text (names, CIDRs,
 * descriptions) goes through here and nowhere else, so a name like `<script>` or
 * `"><img onerror=…>` comes out as characters, never as markup.
 */

/** Characters XML 1.0 cannot carry at all, even escaped (C0 controls other than tab/LF/CR). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function escapeMarkup(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * One line of text for an element or an attribute. Line breaks and tabs become spaces: a
 * diagram label is one line, and a raw newline inside an attribute would be folded by every
 * XML parser anyway.
 */
export function escapeXml(text: string): string {
  return escapeMarkup(text.replace(/\r\n|[\r\n\t]/g, ' '));
}

/** Text for an attribute that keeps its line breaks (as `&#10;`), e.g. a draw.io label. */
export function escapeXmlMultiline(text: string): string {
  return escapeMarkup(text.replace(/\r\n|\r/g, '\n'))
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** A string safe as an XML id or a fragment reference: only [A-Za-z0-9_-], never empty. */
export function xmlId(prefix: string, raw: string): string {
  let out = '';
  for (const char of raw) {
    out += /[A-Za-z0-9_-]/.test(char) ? char : `_${char.codePointAt(0)?.toString(16) ?? ''}_`;
  }
  return `${prefix}${out || '_'}`;
}

/** Escaping for the text formats we write. */

/** Text safe inside HTML elements and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const MARKDOWN_SPECIAL = /[\\*_`[\]<>#|\r\n\u2028\u2029]/;

/**
 * Text safe inside a Markdown heading, table cell or list item: no pipes, no line breaks (a
 * lone \r ends a line in CommonMark too), no markup, no raw HTML (`<` is escaped), no links.
 */
export function escapeMarkdown(text: string): string {
  // Most text has nothing to escape; one test instead of three replacements.
  if (!MARKDOWN_SPECIAL.test(text)) return text;
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([*_`[\]<>#|])/g, '\\$1')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

/**
 * One CSV field (RFC 4180), safe to open in a spreadsheet: text that starts like a formula
 * (= + - @, or a tab or carriage return before one) gets a leading apostrophe, which
 * spreadsheets show as text instead of running it (OWASP "CSV injection"). Numbers stay numbers.
 */
export function csvField(value: string | number | boolean): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

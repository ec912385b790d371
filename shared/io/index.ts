/**
 * Import/export builders (pure): the design review as data, Markdown and HTML.
 *   buildReview({ design, findings, cost, locale, date }) -> Review
 *   reviewToMarkdown(review, locale), reviewToHtml(review, locale, { diagram? })
 */
export * from './review';
export { reviewToMarkdown } from './review-markdown';
export { reviewToHtml } from './review-html';
export type { ReviewHtmlOptions } from './review-html';
export { csvField, escapeHtml, escapeMarkdown } from './escape';

/**
 * The design review as one self-contained HTML page, printed to PDF (Electron's printToPDF, the
 * browser's print dialog). No script, no external resource: styles are inline and the diagram is
 * embedded as a data: URL, so it renders the same offline and under the report page's strict
 * policy (default-src 'none').
 */
import type { Locale } from '../i18n/index';
import { t } from '../i18n/index';
import { escapeHtml as h } from './escape';
import type { Review } from './review';

const STYLE = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; color: #1b2430; margin: 0; }
h1 { font-size: 18pt; margin: 0 0 2pt; }
h2 { font-size: 13pt; margin: 18pt 0 6pt; padding-bottom: 3pt; border-bottom: 1px solid #d5dbe3; }
.generated { color: #5b6675; margin: 0 0 10pt; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 12pt; margin: 0; }
dt { color: #5b6675; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
th, td { text-align: left; padding: 3pt 6pt; border-bottom: 1px solid #e3e7ed; vertical-align: top; }
th { background: #f2f4f7; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: 700; border-top: 2px solid #1b2430; border-bottom: none; }
tr.line td { color: #5b6675; font-size: 9pt; border-bottom: none; padding-top: 0; }
.diagram { text-align: center; margin: 6pt 0; page-break-inside: avoid; }
.diagram img { max-width: 100%; max-height: 150mm; border: 1px solid #e3e7ed; }
ul.findings { list-style: none; padding: 0; margin: 0; }
ul.findings li { padding: 5pt 0 5pt 10pt; border-left: 3pt solid #9aa5b4; margin: 0 0 6pt; page-break-inside: avoid; }
ul.findings li.error { border-color: #c62828; }
ul.findings li.warning { border-color: #e6a100; }
.sev { font-weight: 700; margin-right: 4pt; }
.rule { color: #5b6675; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 8.5pt; }
.meta { color: #5b6675; font-size: 9pt; }
.note { color: #5b6675; font-style: italic; }
`;

export interface ReviewHtmlOptions {
  /** data: URL of the diagram image (PNG); omitted when the canvas could not be captured. */
  diagram?: string;
}

function summary(review: Review, locale: Locale): string {
  const rows: [string, string][] = [
    [t(locale, 'export.review.region'), review.region],
    ...(review.description
      ? [[t(locale, 'export.review.description'), review.description] as [string, string]]
      : []),
    [t(locale, 'export.review.resources'), String(review.resourceCount)],
    [t(locale, 'export.review.connections'), String(review.connectionCount)],
    [t(locale, 'export.review.findings'), t(locale, 'export.review.findingCounts', review.counts)],
  ];
  return `<dl>${rows.map(([term, value]) => `<dt>${h(term)}</dt><dd>${h(value)}</dd>`).join('')}</dl>`;
}

function findings(review: Review, locale: Locale): string {
  if (review.findings.length === 0) return `<p>${h(t(locale, 'export.review.noFindings'))}</p>`;
  const items = review.findings.map((finding) => {
    const affects = finding.resources.length
      ? `<div class="meta">${h(t(locale, 'export.review.affects'))}: ${h(finding.resources.join(', '))}</div>`
      : '';
    const fix = finding.fix
      ? `<div><strong>${h(t(locale, 'export.review.fix'))}:</strong> ${h(finding.fix)}</div>`
      : '';
    return `<li class="${finding.severity}"><span class="sev">${h(finding.severityLabel)}</span>${h(finding.message)} <span class="rule">${h(finding.rule)}</span>${affects}${fix}</li>`;
  });
  return `<ul class="findings">${items.join('')}</ul>`;
}

function cost(review: Review, locale: Locale): string {
  if (!review.cost.ok)
    return `<p class="note">${h(t(locale, 'export.review.costNone', { reason: review.cost.reason }))}</p>`;
  const rows = review.cost.rows.flatMap((row) => [
    `<tr><td>${h(row.resource)}</td><td>${h(row.type)}</td><td class="num">${h(row.monthly)}</td></tr>`,
    ...(row.free ? [] : row.lines).map(
      (line) =>
        `<tr class="line"><td></td><td>${h(line.description)}</td><td class="num">${h(line.monthly)}</td></tr>`,
    ),
  ]);
  const head = `<tr><th>${h(t(locale, 'export.review.col.resource'))}</th><th>${h(t(locale, 'export.review.col.item'))}</th><th class="num">${h(t(locale, 'export.review.col.monthly'))}</th></tr>`;
  const total = `<tr class="total"><td colspan="2">${h(t(locale, 'export.review.costTotal'))}</td><td class="num" data-testid="review-cost-total">${h(review.cost.total)}</td></tr>`;
  const estimate = review.cost.estimate
    ? `<p class="note">${h(t(locale, 'export.review.costEstimate'))}</p>`
    : '';
  return `<table><thead>${head}</thead><tbody>${rows.join('')}${total}</tbody></table><p class="meta">${h(review.cost.priceTable)}</p>${estimate}`;
}

export function reviewToHtml(review: Review, locale: Locale, options: ReviewHtmlOptions = {}): string {
  const diagram = options.diagram
    ? `<h2>${h(t(locale, 'export.review.diagram'))}</h2><div class="diagram"><img alt="${h(review.name)}" src="${h(options.diagram)}"></div>`
    : '';
  return [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><title>${h(review.title)}</title><style>${STYLE}</style></head>`,
    '<body>',
    `<h1>${h(review.title)}</h1><p class="generated">${h(review.generated)}</p>`,
    `<h2>${h(t(locale, 'export.review.summary'))}</h2>${summary(review, locale)}`,
    diagram,
    `<h2>${h(t(locale, 'export.review.findings'))}</h2>${findings(review, locale)}`,
    `<h2>${h(t(locale, 'export.review.cost'))}</h2>${cost(review, locale)}`,
    '</body></html>',
  ].join('\n');
}

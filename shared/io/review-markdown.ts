/**
 * The design review as Markdown: summary, findings with their fixes, and the cost table. Meant
 * to be pasted into a pull request or a wiki page, so it stays plain CommonMark with tables.
 */
import type { Locale } from '../i18n/index';
import { t } from '../i18n/index';
import { escapeMarkdown as md } from './escape';
import type { Review } from './review';

function table(head: string[], rows: string[][], right: number[] = []): string[] {
  const rule = head.map((_, index) => (right.includes(index) ? '---:' : '---'));
  return [head, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`);
}

export function reviewToMarkdown(review: Review, locale: Locale): string {
  const out: string[] = [`# ${md(review.title)}`, '', `_${md(review.generated)}_`, ''];

  out.push(`## ${t(locale, 'export.review.summary')}`, '');
  out.push(`- ${t(locale, 'export.review.region')}: \`${review.region}\``);
  if (review.description) out.push(`- ${t(locale, 'export.review.description')}: ${md(review.description)}`);
  out.push(`- ${t(locale, 'export.review.resources')}: ${review.resourceCount}`);
  out.push(`- ${t(locale, 'export.review.connections')}: ${review.connectionCount}`);
  out.push(
    `- ${t(locale, 'export.review.findings')}: ${t(locale, 'export.review.findingCounts', review.counts)}`,
  );
  if (review.byType.length > 0) {
    out.push(
      '',
      ...table(
        [t(locale, 'export.review.col.type'), t(locale, 'export.review.col.count')],
        review.byType.map((row) => [md(row.type), String(row.count)]),
        [1],
      ),
    );
  }

  out.push('', `## ${t(locale, 'export.review.findings')}`, '');
  if (review.findings.length === 0) out.push(t(locale, 'export.review.noFindings'));
  for (const finding of review.findings) {
    out.push(`- **${md(finding.severityLabel)}** ${md(finding.message)} \`${finding.rule}\``);
    if (finding.resources.length > 0) {
      out.push(`  - ${t(locale, 'export.review.affects')}: ${finding.resources.map(md).join(', ')}`);
    }
    if (finding.fix) out.push(`  - ${t(locale, 'export.review.fix')}: ${md(finding.fix)}`);
  }

  out.push('', `## ${t(locale, 'export.review.cost')}`, '');
  if (!review.cost.ok) {
    out.push(md(t(locale, 'export.review.costNone', { reason: review.cost.reason })));
  } else {
    out.push(
      ...table(
        [
          t(locale, 'export.review.col.resource'),
          t(locale, 'export.review.col.type'),
          t(locale, 'export.review.col.monthly'),
        ],
        [
          ...review.cost.rows.map((row) => [md(row.resource), md(row.type), row.monthly]),
          [`**${t(locale, 'export.review.costTotal')}**`, '', `**${review.cost.total}**`],
        ],
        [2],
      ),
      '',
      `_${md(review.cost.priceTable)}_`,
    );
    if (review.cost.estimate) out.push('', `_${t(locale, 'export.review.costEstimate')}_`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * User text (design title, resource names, free-text props) comes out inert in every text
 * export: no HTML, links or new blocks in Markdown, no formulas in CSV (issue 14, defects 7-8;
 * issue 12 item 5: the CSV names and types each resource beside its id).
 */
import { describe, expect, it } from 'vitest';
import { computeCost, formatCostCsv, formatCostMarkdown } from '../../../shared/cost/index';
import { buildReview, csvField, reviewToHtml, reviewToMarkdown } from '../../../shared/io/index';
import type { Design } from '../../../shared/model/index';
import { smallDesign } from '../../fixtures/designs';

const HOSTILE_TITLE = '<img src=x onerror=alert(1)> [x](javascript:alert(1))';
const HOSTILE_NAME = 'web\n<script>alert(1)</script>\r# heading';

function hostileDesign(): Design {
  const design = smallDesign();
  design.name = HOSTILE_TITLE;
  const web = design.resources.find((r) => r.id === 'web')!;
  web.name = HOSTILE_NAME;
  design.resources.find((r) => r.id === 'vpc1')!.name = '=HYPERLINK("http://evil.invalid","x")';
  design.resources.find((r) => r.id === 'igw1')!.name = '@SUM(1+1)';
  design.resources.find((r) => r.id === 'rtPublic')!.name = '+1+1';
  design.resources.find((r) => r.id === 'pubA')!.name = '-2+3';
  return design;
}

/** Markdown that a CommonMark renderer would turn into HTML, a link or a new block. */
function activeMarkdown(md: string): string[] {
  const found: string[] = [];
  for (const line of md.split(/\r\n|\r|\n/)) {
    if (/(^|[^\\])<(img|script|a|iframe|svg)/i.test(line)) found.push(`raw html: ${line}`);
    if (/(^|[^\\])\]\(javascript:/i.test(line)) found.push(`link: ${line}`);
    if (/^\s*(<\/?script|# heading)/i.test(line)) found.push(`new block: ${line}`);
  }
  return found;
}

describe('cost exports escape user text', () => {
  const report = computeCost(hostileDesign());

  it('Markdown: title and names are inert (defect 7)', () => {
    const md = formatCostMarkdown(report);
    expect(activeMarkdown(md)).toEqual([]);
    expect(md).toContain('script');
    expect(md.split('\n')[0]).toMatch(/^# /);
  });

  it('CSV: formula-looking cells are neutralised, names and type labels beside ids (defect 8, #12.5)', () => {
    const csv = formatCostCsv(report);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^Resource,Name,Type,Type name,Description,/);
    expect(csv).toContain(`vpc1,"'=HYPERLINK(""http://evil.invalid"",""x"")",vpc,VPC,`);
    expect(csv).toContain(`igw1,'@SUM(1+1),internet-gateway,`);
    expect(csv).toContain(`rtPublic,'+1+1,`);
    expect(csv).toContain(`pubA,'-2+3,`);
    // The multi-line name stays one quoted field: no row starts with the script.
    expect(rows.some((row) => row.startsWith('<script>'))).toBe(false);
  });

  it('review Markdown escapes the title and names, and lone carriage returns', () => {
    const review = buildReview({
      design: hostileDesign(),
      findings: [],
      cost: report,
      locale: 'en',
      date: '2026-01-01',
    });
    expect(activeMarkdown(reviewToMarkdown(review, 'en'))).toEqual([]);
    const html = reviewToHtml(review, 'en');
    expect(html).not.toMatch(/<script|<img src=x/i);
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('csvField', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@A1', "'@A1"],
    ['\t=1', "'\t=1"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['plain', 'plain'],
  ])('writes %j as %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it('leaves numbers as numbers', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(12.5)).toBe('12.5');
  });
});

// The design review builders: the same review as data, Markdown and self-contained HTML.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeCost, formatUsd } from '../../../shared/cost/index';
import {
  buildReview,
  escapeHtml,
  escapeMarkdown,
  reviewToHtml,
  reviewToMarkdown,
} from '../../../shared/io/index';
import type { Design } from '../../../shared/model/index';
import { parseDesign } from '../../../shared/model/index';
import { runRules } from '../../../shared/rules/index';

function example(name: string): Design {
  const loaded = parseDesign(
    readFileSync(new URL(`../../../assets/examples/${name}`, import.meta.url), 'utf8'),
  );
  if (!loaded.ok) throw new Error(`example ${name} does not load`);
  return loaded.design;
}

const design = example('two-tier-web-app.skyplan.json');
const cost = computeCost(design);
const findings = runRules(design);

describe('buildReview', () => {
  it('summarises the design, its findings and its cost', () => {
    const review = buildReview({ design, findings, cost, locale: 'en', date: '2026-11-22' });
    expect(review.title).toBe(`Design review: ${design.name}`);
    expect(review.resourceCount).toBe(design.resources.length);
    expect(review.byType.reduce((sum, row) => sum + row.count, 0)).toBe(design.resources.length);
    expect(review.findings).toHaveLength(findings.length);
    expect(review.cost).toMatchObject({ ok: true, total: formatUsd(cost.monthlyTotal) });
  });

  it('lists errors before warnings before notes, with fixes and resource names', () => {
    const broken: Design = {
      ...design,
      resources: design.resources.map((r) =>
        r.type === 'rds-instance' ? { ...r, props: { ...r.props, publiclyAccessible: true } } : r,
      ),
    };
    const review = buildReview({ design: broken, findings: runRules(broken), cost, locale: 'en', date: 'x' });
    const order = review.findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(order).toEqual([...order].sort());
    expect(review.findings.length).toBeGreaterThan(0);
    const names = new Set([...design.resources, ...design.connections].map((item) => item.name ?? item.id));
    for (const finding of review.findings)
      for (const name of finding.resources) expect(names).toContain(name);
  });

  it('says why there is no cost report instead of failing', () => {
    const review = buildReview({
      design,
      findings: [],
      cost: { error: 'region mars-1 has no prices' },
      locale: 'ko',
      date: 'x',
    });
    expect(review.cost).toEqual({ ok: false, reason: 'region mars-1 has no prices' });
    expect(reviewToMarkdown(review, 'ko')).toContain(
      '비용 보고서를 만들 수 없습니다: region mars-1 has no prices',
    );
  });
});

describe('reviewToMarkdown', () => {
  it('has the summary, findings and a cost table with the total', () => {
    const review = buildReview({ design, findings, cost, locale: 'en', date: '2026-11-22' });
    const text = reviewToMarkdown(review, 'en');
    expect(text).toMatch(/^# Design review: /);
    expect(text).toContain('## Summary');
    expect(text).toContain('## Findings');
    expect(text).toContain('| Resource | Type | USD / month |');
    expect(text).toContain(`| **Total per month** |  | **${formatUsd(cost.monthlyTotal)}** |`);
  });

  it('escapes names so they cannot break the table or add markup', () => {
    const odd: Design = { ...design, name: 'a | b *c*', description: 'line1\nline2 <script>' };
    const text = reviewToMarkdown(
      buildReview({ design: odd, findings: [], cost, locale: 'en', date: 'x' }),
      'en',
    );
    expect(text).toContain('# Design review: a \\| b \\*c\\*');
    expect(text).toContain('line1 line2 \\<script\\>');
  });
});

describe('reviewToHtml', () => {
  it('is one self-contained page: no script, no external URL, the diagram embedded', () => {
    const review = buildReview({ design, findings, cost, locale: 'en', date: '2026-11-22' });
    const html = reviewToHtml(review, 'en', { diagram: 'data:image/png;base64,iVBORw0KGgo=' });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|https?:\/\//i);
    expect(html).toContain('<img alt=');
    expect(html).toContain(`data-testid="review-cost-total">${formatUsd(cost.monthlyTotal)}<`);
  });

  it('escapes every piece of user text', () => {
    const evil: Design = { ...design, name: '<img src=x onerror=alert(1)>' };
    const html = reviewToHtml(
      buildReview({ design: evil, findings: [], cost, locale: 'en', date: 'x' }),
      'en',
    );
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('escaping', () => {
  it('covers the characters that matter', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeMarkdown('a|b\n`c`')).toBe('a\\|b \\`c\\`');
  });
});

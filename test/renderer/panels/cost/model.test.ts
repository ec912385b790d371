import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeCost } from '../../../../shared/cost/engine';
import { parseDesign } from '../../../../shared/model/load';
import type { Design } from '../../../../shared/model/types';
import { costView, formatKrw, formatUsd, lineDetail } from '../../../../renderer/panels/cost/model';
import { costOf } from '../../../../renderer/engine/cost';

function template(id: string): Design {
  const result = parseDesign(readFileSync(`assets/templates/${id}.skyplan.json`, 'utf8'));
  if (!result.ok) throw new Error(`template ${id} does not load`);
  return result.design;
}

const won = (text: string): number => Number(text.replace(/[^\d]/g, ''));

describe('costView', () => {
  it('shows the total in USD and KRW and one row per billed resource, dearest first', () => {
    const design = template('serverless-api');
    const report = computeCost(design);
    const view = costView(report, design, 'en');
    expect(view.totalUsd).toBe(formatUsd(report.monthlyTotal));
    expect(view.totalKrw).toBe(formatKrw(report.krw.monthlyTotal));
    const monthly = view.rows.map((row) => row.monthly);
    expect(monthly).toEqual([...monthly].sort((a, b) => b - a));
    expect(
      [...view.rows.map((row) => row.resource), ...view.free.map((item) => item.resource)].sort(),
    ).toEqual(report.items.map((item) => item.resource).sort());
    expect(view.rows.find((row) => row.resource === 'apiFn')?.label).toBe('API handler');
    expect(view.rows.find((row) => row.resource === 'apiFn')?.kind).toBe('Lambda function');
  });

  it('adds the KRW column up to the KRW total, row by row and line by line', () => {
    const design = template('two-tier-web-app');
    const view = costView(computeCost(design), design, 'en');
    const rows = view.rows.reduce((sum, row) => sum + won(row.krw || '0'), 0);
    const lines = view.rows.flatMap((row) => row.lines).reduce((sum, line) => sum + won(line.krw), 0);
    expect(rows).toBe(won(view.totalKrw));
    expect(lines).toBe(won(view.totalKrw));
  });

  it('explains each line as quantity x unit price, translated', () => {
    const design = template('two-tier-web-app');
    const report = computeCost(design);
    const nat = costView(report, design, 'en').rows.find((row) => row.resource === 'natA');
    const hours = nat?.lines.find((line) => line.detail.includes('730'));
    expect(hours?.detail).toMatch(/^730 hours × \$0\.\d+ per hour$/);
    const natKo = costView(report, design, 'ko').rows.find((row) => row.resource === 'natA');
    expect(natKo?.lines[0]?.description).not.toBe(nat?.lines[0]?.description);
  });

  it('gathers free resources on one line instead of a row each', () => {
    const design = template('two-tier-web-app');
    const view = costView(computeCost(design), design, 'en');
    expect(view.free.map((item) => item.label)).toEqual(
      expect.arrayContaining(['VPC', 'Public A', 'Internet gateway']),
    );
    expect(view.rows.every((row) => row.monthly > 0 || row.unpriced)).toBe(true);
    expect(view.rows[0]?.kind).toBe('NAT gateway');
  });

  it('marks an unverified price only where it moves the total', () => {
    const design = template('two-tier-web-app');
    const report = computeCost(design);
    const lines = costView(report, design, 'en').rows.flatMap((row) => row.lines);
    expect(lines.filter((line) => line.estimate).every((line) => line.usd !== '$0.00')).toBe(true);
  });

  it('lists document-wide assumptions first and marks defaults', () => {
    const design = template('serverless-api');
    const view = costView(computeCost(design), design, 'en');
    const subjects = view.assumptions.map((assumption) => assumption.subject);
    const firstResource = subjects.findIndex((subject) => subject !== 'Design');
    expect(subjects.slice(firstResource).includes('Design')).toBe(false);
    expect(view.assumptions.find((assumption) => assumption.label === 'Hours per month')).toMatchObject({
      value: '730',
      isDefault: false,
    });
    expect(view.assumptions.find((assumption) => assumption.label === 'KRW per USD')?.isDefault).toBe(true);
    expect(view.assumptions.find((assumption) => assumption.key === 'apiFn:avgDurationMs')?.value).toBe(
      '120 ms',
    );
    const twoTier = template('two-tier-web-app');
    const alb = costView(computeCost(twoTier), twoTier, 'en');
    expect(alb.assumptions.find((assumption) => assumption.key === 'alb1:requestsPerSec')?.value).toBe(
      '20/second',
    );
  });

  it('carries savings hints with the amount at stake', () => {
    const design = template('private-subnets-nat');
    const view = costView(computeCost(design), design, 'en');
    expect(view.hints.map((hint) => hint.id)).toContain('nat-per-az');
  });

  it('re-prices in another region (Seoul costs more for the same NAT gateways)', () => {
    const design = template('private-subnets-nat');
    const virginia = costOf(design, 'us-east-1');
    const seoul = costOf(design, 'ap-northeast-2');
    if (!virginia.ok || !seoul.ok) throw new Error('both regions are priced');
    expect(seoul.report.region).toBe('ap-northeast-2');
    expect(seoul.report.monthlyTotal).toBeGreaterThan(virginia.report.monthlyTotal);
  });

  it('says which region has no prices instead of failing', () => {
    const design = { ...template('serverless-api'), region: 'eu-west-1' };
    expect(costOf(design, 'eu-west-1')).toMatchObject({ ok: false, region: 'eu-west-1' });
  });

  it('prices once per document content and region: moving a node does not re-price', () => {
    const design = template('serverless-api');
    const moved: Design = { ...design, layout: { api: { x: 10, y: 20 } } };
    expect(costOf(moved, 'us-east-1')).toBe(costOf(design, 'us-east-1'));
    const renamedConnections: Design = { ...design, connections: [...design.connections] };
    expect(costOf(renamedConnections, 'us-east-1')).not.toBe(costOf(design, 'us-east-1'));
  });
});

describe('lineDetail', () => {
  it('reads a per-million line as a quantity with its unit and a price per million', () => {
    const line = { quantity: 1, unit: 'cost.unit.millionRequests', unitPrice: 0.2 } as const;
    expect(lineDetail(line, 'en')).toBe('1M requests × $0.20 per 1M');
    expect(lineDetail(line, 'ko')).toBe('요청 1백만 건 × $0.20 (백만 건당)');
  });

  it('keeps every digit of a sub-cent price and names the unit after the price', () => {
    expect(lineDetail({ quantity: 730, unit: 'cost.unit.hour', unitPrice: 0.045 }, 'en')).toBe(
      '730 hours × $0.045 per hour',
    );
    expect(lineDetail({ quantity: 400000, unit: 'cost.unit.gbSecond', unitPrice: 0.0000166667 }, 'en')).toBe(
      '400,000 GB-seconds × $0.0000166667 per GB-second',
    );
  });

  it('has wording for every cost unit in both languages', () => {
    const units = readFileSync('shared/i18n/en/cost.ts', 'utf8').match(/'cost\.unit\.\w+'/g) ?? [];
    expect(units.length).toBeGreaterThan(10);
    for (const quoted of units) {
      const unit = quoted.slice(1, -1);
      for (const locale of ['en', 'ko'] as const) {
        const detail = lineDetail({ quantity: 2, unit: unit as 'cost.unit.hour', unitPrice: 1 }, locale);
        expect(detail, `${unit} ${locale}`).toMatch(/ per | each$|\)$/);
        expect(detail, `${unit} ${locale}`).toContain('$1.00');
      }
    }
  });
});

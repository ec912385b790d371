/** Reports as a whole: totals, free designs, re-pricing in the other region, the four formats, KRW. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  computeCost,
  costToJson,
  formatCostCsv,
  formatCostMarkdown,
  formatCostText,
  priceTableFor,
  roundCents,
  UnsupportedRegionError,
} from '../../../shared/cost/index';
import type { CostReport } from '../../../shared/cost/index';
import type { Design } from '../../../shared/model/types';
import { design, price, vpcWithSubnets } from './helpers';

const twoTier = JSON.parse(readFileSync('assets/examples/two-tier-web-app.skyplan.json', 'utf8')) as Design;

function cents(value: number): number {
  return Math.round(value * 100);
}

describe('totals and rounding', () => {
  it('rounds half a cent up without float surprises', () => {
    expect(roundCents(16.425)).toBe(16.43);
    expect(roundCents(1.005)).toBe(1.01);
    expect(roundCents(2.675)).toBe(2.68);
    expect(roundCents(0.004999)).toBe(0);
  });

  it('each item and the total are the sums of the rounded lines', () => {
    const report = computeCost(twoTier);
    for (const item of report.items) {
      expect(cents(item.monthly)).toBe(item.lines.reduce((sum, line) => sum + cents(line.monthly), 0));
      for (const line of item.lines) expect(line.monthly).toBe(roundCents(line.quantity * line.unitPrice));
    }
    expect(cents(report.monthlyTotal)).toBe(report.items.reduce((sum, item) => sum + cents(item.monthly), 0));
  });

  it('a design made only of free resources costs $0.00, every resource with its line', () => {
    const report = price(
      design([
        ...vpcWithSubnets(['a', 'b']),
        { id: 'rt', type: 'route-table', parent: 'vpc1', props: { routes: [] } },
        { id: 'igw', type: 'internet-gateway', parent: 'vpc1', props: {} },
        { id: 'sg', type: 'security-group', parent: 'vpc1', props: { inbound: [] } },
        { id: 'acl', type: 'network-acl', parent: 'vpc1', props: { inbound: [], outbound: [] } },
        {
          id: 's3e',
          type: 'vpc-endpoint',
          parent: 'vpc1',
          props: { service: 's3', endpointType: 'gateway' },
        },
        {
          id: 'ddbe',
          type: 'vpc-endpoint',
          parent: 'vpc1',
          props: { service: 'dynamodb', endpointType: 'gateway' },
        },
      ]),
    );
    expect(report.monthlyTotal).toBe(0);
    expect(report.krw.monthlyTotal).toBe(0);
    expect(report.items).toHaveLength(9);
    for (const item of report.items) expect(item.lines.length).toBeGreaterThan(0);
  });

  it('lists every usage default as an assumption, never a silent value', () => {
    const report = price(design([{ id: 'q', type: 'sqs-queue', props: {} }]));
    expect(report.assumptions).toEqual(
      expect.arrayContaining([
        { resource: null, prop: 'hoursPerMonth', value: 730, source: 'default' },
        { resource: null, prop: 'freeTier', value: false, source: 'default' },
        { resource: 'q', prop: 'requestsPerMonth', value: 1_000_000, source: 'default' },
        { resource: 'q', prop: 'avgPayloadKb', value: 4, source: 'default' },
        { resource: 'q', prop: 'fifo', value: false, source: 'default' },
      ]),
    );
  });

  it('uses the hours per month the design gives', () => {
    const report = price(design([{ id: 'eip', type: 'elastic-ip', props: {} }], [], { hoursPerMonth: 744 }));
    expect(report.items[0]?.lines[0]?.quantity).toBe(744);
    expect(report.monthlyTotal).toBe(3.72);
  });
});

describe('re-pricing in the other region', () => {
  const east = computeCost(twoTier, { region: 'us-east-1' });
  const seoul = computeCost(twoTier, { region: 'ap-northeast-2' });

  it('keeps every item, line, quantity and assumption; changes only unit prices and amounts', () => {
    expect(seoul.items.map((item) => item.resource)).toEqual(east.items.map((item) => item.resource));
    east.items.forEach((item, i) => {
      const other = seoul.items[i]!;
      expect(other.lines.map((line) => [line.id, line.quantity, line.description, line.unit])).toEqual(
        item.lines.map((line) => [line.id, line.quantity, line.description, line.unit]),
      );
    });
    const withoutRegion = (report: CostReport) => report.assumptions.filter((a) => a.prop !== 'region');
    expect(withoutRegion(seoul)).toEqual(withoutRegion(east));
  });

  it('prices every line from its own region table, so equal figures give equal amounts', () => {
    const table = { east: priceTableFor('us-east-1'), seoul: priceTableFor('ap-northeast-2') };
    east.items.forEach((item, i) => {
      item.lines.forEach((line, j) => {
        const other = seoul.items[i]!.lines[j]!;
        if (!line.priceKey || line.priceKey.startsWith('transfer.internetOutFree')) return;
        const a = table.east.prices[line.priceKey];
        const b = table.seoul.prices[line.priceKey];
        if (a?.price !== undefined && b?.price !== undefined) {
          expect(line.unitPrice).toBe(a.price);
          expect(other.unitPrice).toBe(b.price);
          if (a.price === b.price) expect(other.monthly).toBe(line.monthly);
        }
      });
    });
    // What must change: NAT ($0.045 -> $0.059), Fargate, RDS, egress. What must not: ALB hours, IPv4.
    const line = (report: CostReport, resource: string, id: string) =>
      report.items.find((x) => x.resource === resource)!.lines.find((x) => x.id === id)!;
    expect(line(seoul, 'natA', 'hours').monthly).toBe(43.07);
    expect(line(east, 'natA', 'hours').monthly).toBe(32.85);
    expect(line(seoul, 'alb1', 'hours').monthly).toBe(line(east, 'alb1', 'hours').monthly);
    expect(line(seoul, 'alb1', 'ipv4').monthly).toBe(line(east, 'alb1', 'ipv4').monthly);
    expect(seoul.region).toBe('ap-northeast-2');
    expect(seoul.monthlyTotal).toBeGreaterThan(east.monthlyTotal);
  });

  it('refuses an unsupported region, naming the supported ones', () => {
    expect(() => computeCost(twoTier, { region: 'eu-west-1' })).toThrow(UnsupportedRegionError);
    expect(() => computeCost(twoTier, { region: 'eu-west-1' })).toThrow(/us-east-1, ap-northeast-2/);
  });
});

describe('formats', () => {
  const report = computeCost(twoTier);

  it('JSON has exactly the docs/file-format.md fields first, in order', () => {
    const json = costToJson(report);
    expect(Object.keys(json).slice(0, 4)).toEqual(['region', 'currency', 'monthlyTotal', 'items']);
    expect(json.currency).toBe('USD');
    const item = json.items.find((x) => x.resource === 'natA')!;
    expect(Object.keys(item)).toEqual(['resource', 'type', 'name', 'monthly', 'lines']);
    expect(Object.keys(item.lines[0]!).slice(0, 5)).toEqual([
      'description',
      'quantity',
      'unit',
      'unitPrice',
      'monthly',
    ]);
    expect(item.lines[0]).toMatchObject({
      description: 'NAT gateway hours (730 h)',
      quantity: 730,
      unit: 'hour',
      unitPrice: 0.045,
      monthly: 32.85,
    });
    expect(json.monthlyTotal).toBe(report.monthlyTotal);
  });

  it('text explains each line as quantity x unit price and ends with total, KRW and assumptions', () => {
    const text = formatCostText(report);
    expect(text).toContain('730 hour x $0.045 = $32.85');
    expect(text).toContain(`Total per month: $${report.monthlyTotal.toFixed(2)}`);
    expect(text).toContain('KRW at 1,400 per USD (default rate, 2025-10-02)');
    expect(text).toContain('alb1 newConnectionsPerSec = 5 (default)');
    expect(text).toContain('* Internet gateway: free');
  });

  it('text leads with what costs money, most first, and folds the free items into one section', () => {
    const text = formatCostText(report);
    const paid = report.items.filter((item) => item.monthly > 0);
    const headings = text.split('\n').filter((line) => /^\S+ \(.*\) {2}\$/.test(line));
    // Only priced items get a heading, in descending order of their monthly amount.
    expect(headings).toHaveLength(paid.length);
    const amounts = headings.map((line) => Number(/\$([\d,.]+)/.exec(line)![1]!.replace(/,/g, '')));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    // The free ones come after, one row per kind: no "$0.00" headings before the NAT gateways.
    expect(text).not.toMatch(/^\S+ \([^)]*\) {2}\$0\.00/m);
    expect(text.indexOf('Free, no monthly charge')).toBeGreaterThan(text.indexOf('natA (nat-gateway'));
    expect(text).toMatch(/Subnet: free — (\w+, ){2,}\w+/);
    expect(formatCostText(report, 'ko')).toContain('무료, 월 요금 없음');
  });

  it('CSV has one row per line plus header and total, and quotes commas', () => {
    const csv = formatCostCsv(report);
    const rows = csv.trimEnd().split('\r\n');
    const lineCount = report.items.reduce((sum, item) => sum + item.lines.length, 0);
    expect(rows).toHaveLength(lineCount + 2);
    expect(rows[0]).toBe(
      'Resource,Name,Type,Type name,Description,Quantity,Unit,Unit price (USD),Monthly (USD),Monthly (KRW),Estimate',
    );
    expect(rows).toContain(
      'natA,NAT A,nat-gateway,NAT gateway,NAT gateway hours (730 h),730,hour,0.045,32.85,45990,',
    );
    expect(rows.at(-1)).toMatch(
      new RegExp(`^Total per month,,,,.*,${report.monthlyTotal.toFixed(2)},${report.krw.monthlyTotal},$`),
    );
    expect(report.estimate).toBe(false);
    expect(csv).toContain(
      '"Capacity units: 0.2 LCU x 730 h (largest of new connections 0.2, active connections 0.1',
    );
  });

  it('Markdown has a table with a total row and an assumptions table', () => {
    const md = formatCostMarkdown(report);
    expect(md.startsWith('# Estimated monthly cost: Two-tier web app\n')).toBe(true);
    expect(md).toContain(
      '| Resource | Description | Quantity | Unit | Unit price (USD) | Monthly (USD) | Monthly (KRW) |',
    );
    expect(md).toContain(`| **Total per month** |  |  |  |  | **$${report.monthlyTotal.toFixed(2)}** |`);
    expect(md).toContain('## Assumptions');
  });

  it('speaks Korean with the same figures', () => {
    const text = formatCostText(report, 'ko');
    expect(text).toContain('월 예상 비용: Two-tier web app');
    expect(text).toContain('NAT 게이트웨이 사용 시간 (730시간)');
    expect(text).toContain('730 시간 x $0.045 = $32.85');
    expect(costToJson(report, 'ko').monthlyTotal).toBe(report.monthlyTotal);
  });

  it('KRW: option over design over the dated default; the KRW total adds the lines in won', () => {
    expect(computeCost(twoTier).krw).toMatchObject({ rate: 1400, source: 'default', asOf: '2025-10-02' });
    const fromDesign = computeCost({ ...twoTier, assumptions: { ...twoTier.assumptions, krwPerUsd: 1350 } });
    expect(fromDesign.krw).toMatchObject({ rate: 1350, source: 'design' });
    const fromOption = computeCost({ ...twoTier, assumptions: { krwPerUsd: 1350 } }, { krwPerUsd: 1500 });
    expect(fromOption.krw).toMatchObject({ rate: 1500, source: 'option' });
    const lines = fromOption.items.flatMap((item) => item.lines);
    expect(fromOption.krw.monthlyTotal).toBe(
      lines.reduce((sum, line) => sum + Math.round(line.monthly * 1500), 0),
    );
  });
});

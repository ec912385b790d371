/**
 * computeCost(design) -> CostReport: every resource priced line by line, in document order,
 * from the region's price table. Pure: no I/O, no clock, no locale.
 */
import type { Design } from '../model/types';
import { PricingContext } from './context';
import { priceResource } from './functions/index';
import { CONNECTION_USAGE_PROPS } from './functions/transfer';
import { savingsHints } from './hints';
import { centsOf, toKrw } from './money';
import { isSupportedRegion, priceTableFor, SUPPORTED_REGIONS } from './prices';
import type { CostItem, CostOptions, CostReport } from './types';

/**
 * Default exchange rate: 1,400 KRW per USD, the Seoul foreign-exchange day-trading close of
 * 2025-10-02 (reported by Kookmin Ilbo on 2025-10-10). A round, dated figure, not a live quote:
 * set assumptions.krwPerUsd in the design or pass --krw-rate to use today's.
 */
export const DEFAULT_KRW_PER_USD = 1400;
export const DEFAULT_KRW_AS_OF = '2025-10-02';

export class UnsupportedRegionError extends Error {
  constructor(
    readonly region: string,
    readonly supported: readonly string[] = SUPPORTED_REGIONS,
  ) {
    super(`region ${region} is not priced; supported: ${supported.join(', ')}`);
  }
}

/** A usage value the schema does not check (extra connection fields) that cannot be used. */
export interface CostInputIssue {
  path: (string | number)[];
  found: string;
}

/** Checks the connection usage fields the cost engine reads; the schema checks resource props. */
export function costInputIssues(design: Design): CostInputIssue[] {
  const issues: CostInputIssue[] = [];
  design.connections.forEach((connection, index) => {
    const fields = connection as unknown as Record<string, unknown>;
    for (const prop of CONNECTION_USAGE_PROPS) {
      const value = fields[prop];
      if (value === undefined) continue;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        issues.push({ path: ['connections', index, prop], found: JSON.stringify(value) ?? String(value) });
      }
    }
  });
  return issues;
}

/**
 * Reports already computed, by design object and options. Designs are immutable values (the
 * editor makes a new object per edit, immer-style, and shared/network caches its model the same
 * way), so pricing the same object again gives the same report: the cost panel, the simulation
 * and lesson grading all ask for the current design's report, often several times per edit.
 * Reports are shared: treat them as read-only.
 */
const reports = new WeakMap<Design, Map<string, CostReport>>();

export function computeCost(design: Design, options: CostOptions = {}): CostReport {
  const rate = options.krwPerUsd;
  const key = `${options.region ?? ''}\u0000${rate === undefined ? '' : Object.is(rate, -0) ? '-0' : rate}`;
  let byOptions = reports.get(design);
  const cached = byOptions?.get(key);
  if (cached) return cached;
  const report = priceDesign(design, options);
  if (!byOptions) reports.set(design, (byOptions = new Map()));
  byOptions.set(key, report);
  return report;
}

function priceDesign(design: Design, options: CostOptions): CostReport {
  const region = options.region ?? design.region;
  if (!isSupportedRegion(region)) throw new UnsupportedRegionError(region);
  const table = priceTableFor(region);
  const ctx = new PricingContext(design, table);
  ctx.assume(null, 'region', region, options.region === undefined ? 'design' : 'option');

  const rateFromDesign = design.assumptions?.krwPerUsd;
  const krwSource =
    options.krwPerUsd !== undefined ? 'option' : rateFromDesign !== undefined ? 'design' : 'default';
  const rate = options.krwPerUsd ?? rateFromDesign ?? DEFAULT_KRW_PER_USD;

  // One pass: items, totals in whole cents (as sumCents adds them) and the report's flags.
  const items: CostItem[] = [];
  let totalCents = 0;
  let krwTotal = 0;
  let estimate = false;
  let unpriced = false;
  for (const resource of design.resources) {
    const lines = priceResource(resource, ctx);
    if (lines === undefined) continue;
    let itemCents = 0;
    for (const line of lines) {
      if (line.unpriced) {
        unpriced = true;
        continue;
      }
      itemCents += centsOf(line.monthly);
      krwTotal += toKrw(line.monthly, rate);
      if (line.estimate && line.monthly > 0) estimate = true;
    }
    const item: CostItem = { resource: resource.id, type: resource.type, monthly: itemCents / 100, lines };
    if (resource.name !== undefined) item.name = resource.name;
    items.push(item);
    totalCents += centsOf(item.monthly);
  }
  ctx.assume(null, 'krwPerUsd', rate, krwSource);

  return {
    region,
    name: design.name,
    currency: 'USD',
    hoursPerMonth: ctx.hours,
    freeTier: ctx.freeTier,
    monthlyTotal: totalCents / 100,
    items,
    assumptions: ctx.assumptions,
    hints: savingsHints(ctx, items),
    estimate,
    unpriced,
    krw: {
      rate,
      source: krwSource,
      asOf: krwSource === 'default' ? DEFAULT_KRW_AS_OF : '',
      // Sum of each line in won, so the KRW column adds up like the USD one.
      monthlyTotal: krwTotal,
    },
    priceTable: { version: table.tableVersion, regionName: table.regionName },
  };
}

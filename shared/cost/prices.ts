/**
 * Prices are data: one JSON table per region (prices/REGION.json), every figure with its unit,
 * source, source date and status. This module only reads them; no figure lives in code.
 */
import apNortheast2 from './prices/ap-northeast-2.json';
import usEast1 from './prices/us-east-1.json';
import type { PriceStatus } from './types';

export interface PriceTier {
  /** Cumulative upper bound of the tier in the entry's unit; null for the last tier. */
  upTo: number | null;
  price: number;
  /** A tier may be less certain than the entry's first tier. */
  status?: PriceStatus;
  grade?: string;
  note?: string;
}

export interface PriceEntry {
  unit: string;
  price?: number;
  tiers?: PriceTier[];
  status: PriceStatus;
  grade: string;
  source: string;
  sourceUrl: string;
  seenIn: string;
  sourceDate: string;
  note?: string;
}

export interface PriceTable {
  tableVersion: string;
  region: string;
  regionName: string;
  currency: 'USD';
  prices: Record<string, PriceEntry>;
  /** Free allowances (amounts, not prices), sourced like prices. */
  allowances: Record<string, PriceEntry>;
}

const TABLES: Record<string, unknown> = { 'us-east-1': usEast1, 'ap-northeast-2': apNortheast2 };

export const SUPPORTED_REGIONS: readonly string[] = Object.keys(TABLES);

export function isSupportedRegion(region: string): boolean {
  return Object.prototype.hasOwnProperty.call(TABLES, region);
}

/** Problems with a table's shape, for the loader and the test that guards the JSON files. */
export function checkPriceTable(raw: unknown): string[] {
  const problems: string[] = [];
  const table = raw as Partial<PriceTable> | null;
  if (!table || typeof table !== 'object') return ['not an object'];
  for (const field of ['tableVersion', 'region', 'regionName'] as const) {
    if (typeof table[field] !== 'string') problems.push(`${field} must be a string`);
  }
  for (const section of ['prices', 'allowances'] as const) {
    const entries = table[section];
    if (!entries || typeof entries !== 'object') {
      problems.push(`${section} must be an object`);
      continue;
    }
    for (const [key, entry] of Object.entries(entries))
      problems.push(...checkEntry(`${section}.${key}`, entry));
  }
  return problems;
}

function checkEntry(where: string, entry: PriceEntry): string[] {
  const problems: string[] = [];
  for (const field of ['unit', 'grade', 'source', 'sourceUrl', 'seenIn', 'sourceDate'] as const) {
    if (typeof entry[field] !== 'string' || entry[field] === '') problems.push(`${where}: ${field} missing`);
  }
  if (entry.status !== 'verified' && entry.status !== 'estimate') problems.push(`${where}: bad status`);
  if ((entry.grade === 'U') !== (entry.status === 'estimate')) {
    problems.push(`${where}: grade U and status "estimate" go together`);
  }
  const hasPrice = typeof entry.price === 'number' && entry.price >= 0;
  const tiers = entry.tiers;
  if (hasPrice === Array.isArray(tiers)) problems.push(`${where}: give exactly one of price or tiers`);
  if (Array.isArray(tiers)) {
    tiers.forEach((tier, i) => {
      const last = i === tiers.length - 1;
      if (typeof tier.price !== 'number' || tier.price < 0) problems.push(`${where}: tier ${i} price`);
      if (last ? tier.upTo !== null : typeof tier.upTo !== 'number') {
        problems.push(`${where}: only the last tier is open-ended`);
      }
      const previous = i > 0 ? tiers[i - 1]?.upTo : 0;
      if (!last && typeof previous === 'number' && (tier.upTo ?? 0) <= previous) {
        problems.push(`${where}: tier ${i} bounds must increase`);
      }
    });
  }
  return problems;
}

const checked = new Map<string, PriceTable>();

/** The bundled table of a supported region; throws for an unsupported one (callers check first). */
export function priceTableFor(region: string): PriceTable {
  const cached = checked.get(region);
  if (cached) return cached;
  const raw = TABLES[region];
  if (raw === undefined) throw new Error(`no price table for region ${region}`);
  const problems = checkPriceTable(raw);
  // A broken bundled table is a programming error; the price-table test catches it first.
  if (problems.length) throw new Error(`price table ${region} is broken: ${problems.join('; ')}`);
  checked.set(region, raw as PriceTable);
  return raw as PriceTable;
}

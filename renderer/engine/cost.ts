/**
 * The cost report of the design in a region, computed once per document content and region
 * (memo.ts), so dragging a node does not re-price the design. A region without a price table
 * is an answer ("not priced here; these are"), not an error. Pure: the engine worker prices
 * the canvas's cost tags with it too (costTags.ts).
 */
import { computeCost, UnsupportedRegionError } from '../../shared/cost/index';
import { SUPPORTED_REGIONS } from '../../shared/cost/prices';
import type { CostReport } from '../../shared/cost/types';
import type { Design } from '../../shared/model/types';
import { memoOnContent } from './memo';

export type CostResult =
  { ok: true; report: CostReport } | { ok: false; region: string; supported: readonly string[] };

/** Monthly USD per resource id: what the canvas's cost tags show. */
export type CostTags = ReadonlyMap<string, number>;

export function priceIn(design: Design, region: string): CostResult {
  try {
    return { ok: true, report: computeCost(design, { region }) };
  } catch (error) {
    if (!(error instanceof UnsupportedRegionError)) throw error;
    return { ok: false, region, supported: SUPPORTED_REGIONS };
  }
}

export const costOf: (design: Design, region: string) => CostResult = memoOnContent(
  priceIn,
  (region: string) => region,
);

/** The cost tags of a priced design (none when the region is unpriced). */
export function tagsOf(result: CostResult): CostTags {
  const tags = new Map<string, number>();
  if (result.ok) for (const item of result.report.items) tags.set(item.resource, item.monthly);
  return tags;
}

/**
 * The cost report of the design in a region, computed once per document content and region
 * (memo.ts), so dragging a node does not re-price the design. A region without a price table
 * is an answer ("not priced here; these are"), not an error.
 */
import { computeCost, UnsupportedRegionError } from '../../shared/cost/index';
import { SUPPORTED_REGIONS } from '../../shared/cost/prices';
import type { CostReport } from '../../shared/cost/types';
import type { Design } from '../../shared/model/types';
import { memoOnContent } from './memo';

export type CostResult =
  { ok: true; report: CostReport } | { ok: false; region: string; supported: readonly string[] };

function priceIn(design: Design, region: string): CostResult {
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

const costMaps = new WeakMap<CostResult, ReadonlyMap<string, number>>();

/** Monthly USD per resource id, for the badges on the canvas (empty when the region is unpriced). */
export function costByResource(result: CostResult): ReadonlyMap<string, number> {
  let map = costMaps.get(result);
  if (!map) {
    const fresh = new Map<string, number>();
    if (result.ok) for (const item of result.report.items) fresh.set(item.resource, item.monthly);
    map = fresh;
    costMaps.set(result, map);
  }
  return map;
}

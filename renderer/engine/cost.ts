/**
 * The cost report of the design in a region, computed once per document content and region
 * (memo.ts), so dragging a node does not re-price the design. A region without a price table
 * is an answer ("not priced here; these are"), not an error.
 */
import { computeCost, UnsupportedRegionError } from '../../shared/cost/index';
import { SUPPORTED_REGIONS } from '../../shared/cost/prices';
import type { CostReport } from '../../shared/cost/types';
import { startTransition, useEffect, useState } from 'react';
import type { Design } from '../../shared/model/types';
import { memoOnContent, sameContent } from './memo';

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

const NO_COSTS: ReadonlyMap<string, number> = new Map();

/** Monthly USD per resource id, for the badges on the canvas (empty when the region is unpriced). */
export function costByResource(result: CostResult | null): ReadonlyMap<string, number> {
  if (!result) return NO_COSTS;
  let map = costMaps.get(result);
  if (!map) {
    const fresh = new Map<string, number>();
    if (result.ok) for (const item of result.report.items) fresh.set(item.resource, item.monthly);
    map = fresh;
    costMaps.set(result, map);
  }
  return map;
}

/**
 * The cost of `design`, priced a task after the render that asked for it (an earlier document's
 * until then; null before the first). For the canvas's cost tags: pricing a 1,000-resource design
 * takes tens of milliseconds, and the render that shows an edit's problems must not wait for it.
 * An edit that changes no price then re-maps nothing.
 */
export function useCostSoon(design: Design, region: string): CostResult | null {
  const [shown, setShown] = useState<{ design: Design; region: string; result: CostResult } | null>(null);
  const current = shown !== null && shown.region === region && sameContent(shown.design, design);
  useEffect(() => {
    if (current) return;
    const timer = setTimeout(() => {
      const result = costOf(design, region);
      startTransition(() => setShown({ design, region, result }));
    }, 0);
    return () => clearTimeout(timer);
  }, [current, design, region]);
  return shown?.result ?? null;
}

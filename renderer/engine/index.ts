/**
 * Derived-data hooks: pure functions of the document, memoised on it. Panels and badges read
 * these; nothing derived is ever stored.
 *
 * They read the document through useDeferredValue: an edit paints on the canvas at once, and
 * the rules and the cost (tens to hundreds of milliseconds on a 1,000-resource design) follow
 * in a background render instead of holding up the frame.
 */
import { useDeferredValue } from 'react';
import type { CostResult } from '../panels/cost/report';
import { costOf } from '../panels/cost/report';
import type { Finding } from '../../shared/rules/index';
import type { Design } from '../../shared/model/types';
import { useEditor } from '../store/index';
import { findingsByResource, findingsOf } from './findings';
import type { ResourceFindings } from './findings';

export type { ResourceFindings } from './findings';
export { findingsOf, findingsByResource } from './findings';
export { publicSubnetsOf } from './network';
export type { CostResult } from '../panels/cost/report';

/** The document as derived views should see it (deferred behind urgent renders). */
export function useDerivedDesign(): Design {
  return useDeferredValue(useEditor((state) => state.design));
}

/** Every finding of the current design, errors first (runRules order). */
export function useFindings(): Finding[] {
  return findingsOf(useDerivedDesign());
}

/** Finding counts keyed by resource/connection id. */
export function useFindingsByResource(): Map<string, ResourceFindings> {
  return findingsByResource(useDerivedDesign());
}

/** The region being priced and simulated: the override if set, else the design's own. */
export function useRegion(): string {
  const override = useEditor((state) => state.regionOverride);
  const region = useEditor((state) => state.design.region);
  return override ?? region;
}

/** The cost report of the design in the viewed region (computed once per content and region). */
export function useCost(): CostResult {
  const design = useDerivedDesign();
  return costOf(design, useRegion());
}

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

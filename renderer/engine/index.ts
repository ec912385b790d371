/**
 * Derived-data hooks: pure functions of the document, memoised on its content by the one helper
 * in memo.ts. Panels, the inspector and the canvas badges read these; nothing derived is ever
 * stored in the document or the store.
 *
 * They read the document through useDeferredValue: an edit paints on the canvas at once, and
 * the rules and the cost (tens to hundreds of milliseconds on a 1,000-resource design) follow
 * in a background render instead of holding up the frame.
 */
import { useDeferredValue } from 'react';
import type { CostResult } from './cost';
import { costOf } from './cost';
import type { Finding } from '../../shared/rules/index';
import type { Design } from '../../shared/model/types';
import { useEditor } from '../store/index';
import type { ResourceFindings } from './findings';
import { useLiveFindings } from './live';
import type { AnswerPriority } from './live';

export type { ResourceFindings } from './findings';
export { findingsOf, findingsByResource } from './findings';
export { useLiveFindings, useLiveResult } from './live';
export type { AnswerPriority, LiveFindings } from './live';
export { publicSubnetsOf } from './network';
export type { CostResult } from './cost';
export { costOf } from './cost';
export type { CostTags } from './cost';
export { useCostTags } from './costTags';
export { identityKey, memoOnContent } from './memo';

/** The document as derived views should see it (deferred behind urgent renders). */
export function useDerivedDesign(): Design {
  return useDeferredValue(useEditor((state) => state.design));
}

/** Every finding of the current design, errors first (runRules order); see live.ts. */
export function useFindings(priority: AnswerPriority = 'transition'): Finding[] {
  return useLiveFindings(priority).findings;
}

/** Finding counts keyed by resource/connection id. */
export function useFindingsByResource(): Map<string, ResourceFindings> {
  return useLiveFindings().byResource;
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

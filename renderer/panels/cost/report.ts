/**
 * The cost report of the design in the region being viewed, computed once per document content
 * and region. Keyed on the resources and connections arrays (immer keeps their identity when
 * only the layout changes), so dragging a node does not re-price the design.
 */
import { computeCost, UnsupportedRegionError } from '../../../shared/cost/index';
import { SUPPORTED_REGIONS } from '../../../shared/cost/prices';
import type { CostReport } from '../../../shared/cost/types';
import type { Design } from '../../../shared/model/types';

export type CostResult =
  { ok: true; report: CostReport } | { ok: false; region: string; supported: readonly string[] };

interface Cached {
  connections: Design['connections'];
  assumptions: Design['assumptions'];
  name: string;
  byRegion: Map<string, CostResult>;
}

const cache = new WeakMap<Design['resources'], Cached>();

export function costOf(design: Design, region: string): CostResult {
  let entry = cache.get(design.resources);
  if (
    !entry ||
    entry.connections !== design.connections ||
    entry.assumptions !== design.assumptions ||
    entry.name !== design.name
  ) {
    entry = {
      connections: design.connections,
      assumptions: design.assumptions,
      name: design.name,
      byRegion: new Map(),
    };
    cache.set(design.resources, entry);
  }
  let result = entry.byRegion.get(region);
  if (!result) {
    try {
      result = { ok: true, report: computeCost(design, { region }) };
    } catch (error) {
      if (!(error instanceof UnsupportedRegionError)) throw error;
      result = { ok: false, region, supported: SUPPORTED_REGIONS };
    }
    entry.byRegion.set(region, result);
  }
  return result;
}

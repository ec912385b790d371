/**
 * Lookups the deploy engine needs for every service of a design, built once per design object
 * (designs are immutable values, so a WeakMap never goes stale): planning every service of a
 * 5,000-resource design stays linear.
 */
import type { Design, Resource } from '../model/types';

export interface DesignLookup {
  byId: ReadonlyMap<string, Resource>;
  /** ALB ids with a connection to each resource. */
  albsInFront: ReadonlyMap<string, string[]>;
}

const CACHE = new WeakMap<Design, DesignLookup>();

export function lookupOf(design: Design): DesignLookup {
  const cached = CACHE.get(design);
  if (cached) return cached;
  const byId = new Map<string, Resource>();
  for (const resource of design.resources) if (!byId.has(resource.id)) byId.set(resource.id, resource);
  const albsInFront = new Map<string, string[]>();
  for (const connection of design.connections) {
    if (byId.get(connection.from)?.type !== 'alb') continue;
    const list = albsInFront.get(connection.to);
    if (!list) albsInFront.set(connection.to, [connection.from]);
    else if (!list.includes(connection.from)) list.push(connection.from);
  }
  const lookup = { byId, albsInFront };
  CACHE.set(design, lookup);
  return lookup;
}

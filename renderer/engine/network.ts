/**
 * What the network engine says about subnets, for the canvas: public (routes 0.0.0.0/0 to an
 * attached internet gateway) or private. Computed once per document content (memo.ts); the
 * engine worker computes it with the findings (it has the network model built by then) and the
 * page primes this cache with its answer (live.ts), so the page does not build the model again.
 */
import { networkOf } from '../../shared/network/index';
import type { Design } from '../../shared/model/types';
import { memoOnContent } from './memo';

/** Subnet id → public, from the network model (pure; the worker runs it too). */
export function computePublicSubnets(design: Design): Map<string, boolean> {
  const result = new Map<string, boolean>();
  try {
    const network = networkOf(design);
    for (const resource of design.resources) {
      if (resource.type === 'subnet') result.set(resource.id, network.isPublicSubnet(resource.id));
    }
  } catch (error) {
    // A half-edited design must never take the canvas down; subnets then show AZ and CIDR only.
    console.warn('network model failed; subnets shown without public/private', error);
    result.clear();
  }
  return result;
}

export const publicSubnetsOf = memoOnContent<[], ReadonlyMap<string, boolean>>(computePublicSubnets);

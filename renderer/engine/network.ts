/**
 * What the network engine says about subnets, for the canvas: public (routes 0.0.0.0/0 to an
 * attached internet gateway) or private. Computed once per document content (memo.ts).
 */
import { networkOf } from '../../shared/network/index';
import type { Design } from '../../shared/model/types';
import { memoOnContent } from './memo';

export const publicSubnetsOf: (design: Design) => ReadonlyMap<string, boolean> = memoOnContent(
  (design: Design) => {
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
  },
);

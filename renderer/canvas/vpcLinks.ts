/**
 * Light links from a VPC peering to the two VPCs it joins, and from transit gateway attachments
 * and route tables to their gateway, drawn in every view. They carry no traffic rule (routes
 * do), so they are unlabelled, arrowless and not selectable: they only show what is joined.
 */
import type { Edge } from '@xyflow/react';
import { vpcLinks } from '../../shared/diagram/link-edges';
import type { Design } from '../../shared/model/types';
import { cachedLinkEdges } from './flowExtras';

const cache = new WeakMap<Design['resources'], Edge[]>();

export function vpcLinkEdges(design: Design, drawn: ReadonlySet<string>): Edge[] {
  return cachedLinkEdges(cache, design, drawn, vpcLinks, {
    className: 'detail-link vpc-link',
    data: { kind: 'vpc-link' },
  });
}

const combined = new WeakMap<Edge[], Edge[]>();

/**
 * `base` (the dead-letter links) followed by the VPC links, as one array that stays the same
 * object while `base` does, so the canvas does not redraw the links on every frame of a drag.
 */
export function withVpcLinks(base: Edge[], design: Design, drawn: ReadonlySet<string>): Edge[] {
  const links = vpcLinkEdges(design, drawn);
  if (links.length === 0) return base;
  let both = combined.get(base);
  if (!both || both.length !== base.length + links.length || both[base.length] !== links[0]) {
    both = [...base, ...links];
    combined.set(base, both);
  }
  return both;
}

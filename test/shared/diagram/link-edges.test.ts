/**
 * Peerings and transit gateways sit between the VPCs they join, whichever way the top level is
 * laid out (left to right, or stacked top to bottom when that fits the screen better).
 */
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../shared/diagram/layout';
import { vpcLinks } from '../../../shared/diagram/link-edges';
import type { LayoutBox } from '../../../shared/model/types';
import { hubAndSpoke, peeredVpcs } from '../network/multi-vpc-fixtures';

type Boxes = Record<string, LayoutBox>;

function centre(boxes: Boxes, id: string): { x: number; y: number } {
  const box = boxes[id];
  if (!box) throw new Error(`no box for ${id}`);
  return { x: box.x + (box.w ?? 0) / 2, y: box.y + (box.h ?? 0) / 2 };
}

/** `mid` lies strictly between `a` and `b` along the axis on which a and b are furthest apart. */
function between(boxes: Boxes, a: string, mid: string, b: string): boolean {
  const [p, m, q] = [centre(boxes, a), centre(boxes, mid), centre(boxes, b)];
  const axis = Math.abs(p.x - q.x) >= Math.abs(p.y - q.y) ? 'x' : 'y';
  return Math.min(p[axis], q[axis]) < m[axis] && m[axis] < Math.max(p[axis], q[axis]);
}

describe('peerings and transit gateways are laid out between the VPCs they join', () => {
  it('each peering sits between its two VPCs', async () => {
    const boxes = await computeLayout(peeredVpcs());
    expect(between(boxes, 'vpcA', 'pcxAB', 'vpcB')).toBe(true);
    expect(between(boxes, 'vpcB', 'pcxBC', 'vpcC')).toBe(true);
  });

  it('a transit gateway sits between the first attached VPC and the last', async () => {
    const boxes = await computeLayout(hubAndSpoke());
    expect(between(boxes, 'vpcS1', 'tgw1', 'vpcSh')).toBe(true);
  });
});

describe('the links the canvas draws for peerings and transit gateways', () => {
  it('joins each peering to its two VPCs and each attachment and table to its gateway', () => {
    expect(vpcLinks(peeredVpcs()).map((l) => [l.from, l.to])).toEqual([
      ['pcxAB', 'vpcA'],
      ['pcxAB', 'vpcB'],
      ['pcxBC', 'vpcB'],
      ['pcxBC', 'vpcC'],
    ]);
    const hub = vpcLinks(hubAndSpoke()).map((l) => `${l.from}>${l.to}`);
    expect(hub).toEqual(['att1>tgw1', 'att2>tgw1', 'attSh>tgw1', 'tgwRtSpokes>tgw1', 'tgwRtShared>tgw1']);
  });
});

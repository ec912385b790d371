import type { Edge } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { vpcLinkEdges, withVpcLinks } from '../../../renderer/canvas/vpcLinks';
import { makeDesign } from '../../fixtures/designs';
import { peeredVpcs } from '../../shared/network/multi-vpc-fixtures';

describe('VPC link edges on the canvas', () => {
  it('draws a peering to both VPCs, only between shapes that are drawn', () => {
    const design = peeredVpcs();
    const drawn = new Set(['pcxAB', 'vpcA', 'vpcB']);
    expect(vpcLinkEdges(design, drawn).map((e) => [e.source, e.target])).toEqual([
      ['pcxAB', 'vpcA'],
      ['pcxAB', 'vpcB'],
    ]);
  });

  it('keeps one array while the inputs stay the same, and adds nothing without links', () => {
    const design = peeredVpcs();
    const drawn = new Set(design.resources.map((r) => r.id));
    const base: Edge[] = [];
    const first = withVpcLinks(base, design, drawn);
    expect(first).toHaveLength(4);
    expect(withVpcLinks(base, design, drawn)).toBe(first);
    const plain = makeDesign([]);
    expect(withVpcLinks(base, plain, new Set())).toBe(base);
  });
});

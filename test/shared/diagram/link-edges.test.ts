import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../shared/diagram/layout';
import { hubAndSpoke, peeredVpcs } from '../network/multi-vpc-fixtures';

describe('peerings and transit gateways are laid out between the VPCs they join', () => {
  it('a peering sits between its two VPCs, left to right', async () => {
    const boxes = await computeLayout(peeredVpcs());
    const x = (id: string) => boxes[id]?.x ?? Number.NaN;
    expect(x('vpcA')).toBeLessThan(x('pcxAB'));
    expect(x('pcxAB')).toBeLessThan(x('vpcB'));
    expect(x('vpcB')).toBeLessThan(x('pcxBC'));
    expect(x('pcxBC')).toBeLessThan(x('vpcC'));
  });

  it('a transit gateway sits between its attached VPCs, its route tables beside it', async () => {
    const boxes = await computeLayout(hubAndSpoke());
    const x = (id: string) => boxes[id]?.x ?? Number.NaN;
    expect(x('vpcS1')).toBeLessThan(x('tgw1'));
    expect(x('tgw1')).toBeLessThan(x('vpcSh'));
    expect(x('tgw1')).toBeLessThan(x('tgwRtSpokes'));
  });
});

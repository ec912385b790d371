// A traced flow between VPCs is one line on the canvas; the peering or transit gateway parts it
// crosses must be marked as hops of the path (issue 17), with their light links.
import { describe, expect, it } from 'vitest';
import { isTracedVia, tracedVia } from '../../../renderer/simulation/tracedVia';
import { simulateFlow } from '../../../renderer/simulation/model';
import type { Design } from '../../../shared/model/types';
import { hubAndSpoke, peeredVpcs } from '../../shared/network/multi-vpc-fixtures';

const NO_FAILURE = { azs: [], resources: [] };
const simulate = (design: Design, from: string, to: string, port: number) =>
  simulateFlow(design, { from, to, protocol: 'tcp', port }, NO_FAILURE);

describe('peerings and transit gateway parts a trace crosses', () => {
  it('marks the peering and its links to both VPCs on a path through it', () => {
    const design = peeredVpcs();
    const via = tracedVia(design, simulate(design, 'appA', 'dbB', 5432));
    expect(via && [...via.shapes]).toEqual(['pcxAB']);
    expect(via && [...via.links].sort()).toEqual(['vpclink:pcxAB:vpcA', 'vpclink:pcxAB:vpcB']);
    expect(isTracedVia(via, 'pcxAB')).toBe(true);
    // The other peering is not on this path.
    expect(isTracedVia(via, 'pcxBC')).toBe(false);
    expect(isTracedVia(via, 'vpclink:pcxBC:vpcC')).toBe(false);
  });

  it('marks the attachments, the route tables used and the gateway on a path through a transit gateway', () => {
    const design = hubAndSpoke();
    const via = tracedVia(design, simulate(design, 'app1', 'svc', 443));
    expect(via).not.toBeNull();
    for (const id of ['att1', 'attSh', 'tgw1', 'tgwRtSpokes', 'tgwRtShared']) {
      expect(isTracedVia(via, id), id).toBe(true);
    }
    expect(isTracedVia(via, 'att2')).toBe(false);
    expect(isTracedVia(via, 'vpclink:att1:tgw1')).toBe(true);
    expect(isTracedVia(via, 'vpclink:att2:tgw1')).toBe(false);
  });

  it('marks nothing for a path inside one VPC, or when no trace is shown', () => {
    const design = peeredVpcs();
    expect(tracedVia(design, simulate(design, 'appA', 'internet', 443))).toBeNull();
    expect(tracedVia(design, null)).toBeNull();
    expect(isTracedVia(null, 'pcxAB')).toBe(false);
  });
});

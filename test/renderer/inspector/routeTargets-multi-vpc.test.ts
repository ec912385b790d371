import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../shared/model/types';
import { routeTargetsFor } from '../../../renderer/inspector/routeTargets';
import { hubAndSpoke, peeredVpcs } from '../../shared/network/multi-vpc-fixtures';

const TARGETS = [
  'internet-gateway',
  'nat-gateway',
  'vpc-endpoint',
  'ec2-instance',
  'vpc-peering',
  'transit-gateway',
];

function ids(list: readonly Resource[]): string[] {
  return list.map((r) => r.id).sort();
}

function table(design: ReturnType<typeof peeredVpcs>, id: string): Resource {
  const found = design.resources.find((r) => r.id === id);
  if (!found) throw new Error(id);
  return found;
}

describe('route targets across VPCs', () => {
  it("a VPC table is offered the peerings of its own VPC, not other VPCs' peerings", () => {
    const design = peeredVpcs();
    expect(ids(routeTargetsFor(design, table(design, 'rtAppA'), TARGETS))).toEqual([
      'appA',
      'igwA',
      'natA',
      'pcxAB',
    ]);
    expect(ids(routeTargetsFor(design, table(design, 'rtB'), TARGETS))).toEqual(['dbB', 'pcxAB', 'pcxBC']);
  });

  it('a VPC table is offered a transit gateway only when its VPC is attached', () => {
    const design = hubAndSpoke();
    expect(ids(routeTargetsFor(design, table(design, 'rtS1'), TARGETS))).toEqual(['app1', 'tgw1']);
    const detached = { ...design, resources: design.resources.filter((r) => r.id !== 'att1') };
    expect(ids(routeTargetsFor(detached, table(detached, 'rtS1'), TARGETS))).toEqual(['app1']);
  });

  it("a transit gateway route table is offered its gateway's attachments and blackhole", () => {
    const design = hubAndSpoke();
    const offered = routeTargetsFor(design, table(design, 'tgwRtSpokes'), ['transit-gateway-attachment']);
    expect(ids(offered)).toEqual(['att1', 'att2', 'attSh', 'blackhole']);
  });
});

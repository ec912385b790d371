import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../shared/model/types';
import { enclosingVpc, referenceCandidates, routeTargetsFor } from '../../../renderer/inspector/routeTargets';
import { twoTierDesign } from '../../fixtures/designs';

const TARGETS = ['internet-gateway', 'nat-gateway', 'vpc-endpoint', 'ec2-instance'];

/** The two-tier design plus a second VPC with its own internet gateway, subnet and NAT gateway. */
function twoVpcs() {
  const design = twoTierDesign();
  design.resources.push(
    { id: 'vpc2', type: 'vpc', props: { cidr: '10.1.0.0/16' } },
    { id: 'igw2', type: 'internet-gateway', parent: 'vpc2', props: {} },
    { id: 'pub2', type: 'subnet', parent: 'vpc2', props: { cidr: '10.1.0.0/24', az: 'a' } },
    { id: 'nat2', type: 'nat-gateway', parent: 'pub2', props: {} },
    { id: 'rt2', type: 'route-table', parent: 'vpc2', props: { routes: [] } },
  );
  return design;
}

function routeTable(id: string): Resource {
  const found = twoVpcs().resources.find((r) => r.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('route targets', () => {
  it('finds the VPC a resource is drawn in, through its subnet', () => {
    expect(enclosingVpc(twoVpcs(), 'nat2')).toBe('vpc2');
    expect(enclosingVpc(twoVpcs(), 'app1')).toBe('vpc1');
    expect(enclosingVpc(twoVpcs(), 'internet')).toBeUndefined();
  });

  it("offers only the targets in the route table's own VPC", () => {
    const design = twoVpcs();
    const ids = (rt: string) => routeTargetsFor(design, routeTable(rt), TARGETS).map((r) => r.id);
    expect(ids('rtPub').sort()).toEqual(['app1', 'igw1', 'nat1']);
    expect(ids('rt2').sort()).toEqual(['igw2', 'nat2']);
  });

  it("offers a reference field only its own VPC's resources, plus those outside every VPC", () => {
    const design = twoVpcs();
    design.resources.push(
      { id: 'ep1', type: 'vpc-endpoint', parent: 'vpc1', props: { service: 's3', endpointType: 'gateway' } },
      { id: 'queue', type: 'sqs-queue', props: {} },
    );
    const endpoint = design.resources.find((r) => r.id === 'ep1') as Resource;
    const ids = (types: string[], chosen: string[] = []) =>
      referenceCandidates(design, endpoint, types, chosen)
        .map((r) => r.id)
        .sort();
    // The endpoint's "Route tables" list: vpc1's tables only, not vpc2's rt2.
    expect(ids(['route-table'])).toEqual(['rtPriv', 'rtPub']);
    // A wrong choice already in the file stays listed, so it can be unticked.
    expect(ids(['route-table'], ['rt2'])).toEqual(['rt2', 'rtPriv', 'rtPub']);
    // Resources outside every VPC are offered to everyone.
    expect(ids(['sqs-queue'])).toEqual(['queue']);
  });
});

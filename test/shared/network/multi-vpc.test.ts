/**
 * The AWS rules of VPC peering and transit gateways, one by one: peering is not transitive,
 * edge-to-edge routing is refused, overlapping CIDRs are refused, a transit gateway route table
 * is chosen by association and filled by propagation, blackhole routes drop.
 */
import { describe, expect, it } from 'vitest';
import type { Design, Resource } from '../../../shared/model/types';
import { trace } from '../../../shared/network/index';
import { linksOf } from '../../../shared/network/links';
import { withAdded, withProps } from '../../fixtures/designs';
import { hubAndSpoke, peeredAtoC, peeredVpcs } from './multi-vpc-fixtures';

function codeOf(design: Design, from: string, to: string, port: number): string | null {
  const result = trace(design, from, to, 'tcp', port);
  return result.reachable ? null : (result.blocked?.code ?? 'UNKNOWN');
}

const bucket: Resource = { id: 'bucket', type: 's3-bucket', props: {} };

describe('VPC peering is not transitive', () => {
  it('A reaches B and B reaches C, yet A never reaches C through B', () => {
    const design = withAdded(
      withProps(peeredVpcs(), 'rtAppA', {
        routes: [
          { destination: '10.2.0.0/16', target: 'pcxAB' },
          { destination: '10.3.0.0/16', target: 'pcxAB' },
        ],
      }),
      { id: 'dbOnB', type: 'ec2-instance', parent: 'dbSubB', props: { securityGroups: [] } },
    );
    // Even with C's table routing A's CIDR back towards B, B never forwards between its peers.
    const withReturn = withProps(design, 'rtC', {
      routes: [
        { destination: '10.2.0.0/16', target: 'pcxBC' },
        { destination: '10.1.0.0/16', target: 'pcxBC' },
      ],
    });
    expect(codeOf(withReturn, 'appA', 'dbB', 5432)).toBeNull();
    expect(codeOf(withReturn, 'appA', 'svcC', 443)).toBe('PEERING_NOT_TRANSITIVE');
    const result = trace(withReturn, 'appA', 'svcC', 'tcp', 443);
    expect(result.blocked?.params).toMatchObject({ peering: 'pcxAB', peerVpc: 'vpcB', targetVpc: 'vpcC' });
  });

  it('a direct A-C peering with routes on both sides connects A and C', () => {
    expect(codeOf(peeredAtoC(), 'appA', 'svcC', 443)).toBeNull();
    const hops = trace(peeredAtoC(), 'appA', 'svcC', 'tcp', 443).hops;
    expect(hops.filter((h) => h.action === 'peering').map((h) => [h.resource, h.direction])).toEqual([
      ['pcxAC', 'forward'],
      ['pcxAC', 'return'],
    ]);
  });

  it('a route to a peering that does not join the VPC is refused', () => {
    const design = withProps(peeredVpcs(), 'rtAppA', {
      routes: [{ destination: '10.3.0.0/16', target: 'pcxBC' }],
    });
    const result = trace(design, 'appA', 'svcC', 'tcp', 443);
    expect(result.blocked?.code).toBe('NO_ROUTE');
    expect(result.blocked?.message).toBe('network.blocked.peeringOtherVpc');
  });

  it('security groups may name a peer VPC group; the same rule by another group fails', () => {
    expect(codeOf(peeredVpcs(), 'appA', 'dbB', 5432)).toBeNull();
    const otherGroup = withProps(peeredVpcs(), 'sgDbB', {
      inbound: [{ protocol: 'tcp', ports: '5432', peer: 'sgSvcC' }],
    });
    expect(codeOf(otherGroup, 'appA', 'dbB', 5432)).toBe('SG_INGRESS_DENIED');
  });
});

describe('edge-to-edge routing through a peering is refused', () => {
  const viaPeer = withProps(peeredVpcs(), 'rtAppA', {
    routes: [
      { destination: '10.2.0.0/16', target: 'pcxAB' },
      { destination: '0.0.0.0/0', target: 'pcxAB' },
    ],
  });

  it("to the internet through the peer's NAT or internet gateway", () => {
    expect(codeOf(viaPeer, 'appA', 'internet', 443)).toBe('PEERING_EDGE_TO_EDGE');
    expect(codeOf(peeredVpcs(), 'appA', 'internet', 443)).toBeNull();
  });

  it("to an AWS service through the peer's route", () => {
    expect(codeOf(withAdded(viaPeer, bucket), 'appA', 'bucket', 443)).toBe('PEERING_EDGE_TO_EDGE');
  });

  it('while the peer VPC itself stays reachable', () => {
    expect(codeOf(viaPeer, 'appA', 'dbB', 5432)).toBeNull();
  });
});

describe('overlapping CIDRs are refused', () => {
  it('peered VPCs that overlap carry nothing, whatever the routes say', () => {
    const overlap = withProps(peeredVpcs(), 'vpcB', { cidr: '10.0.0.0/8' });
    const result = trace(overlap, 'appA', 'dbB', 'tcp', 5432);
    expect(result.blocked?.code).toBe('VPC_CIDR_OVERLAP');
    expect(result.blocked?.params).toMatchObject({ vpc: 'vpcA', otherVpc: 'vpcB', via: 'pcxAB' });
  });

  it('two overlapping VPCs on one transit gateway are refused too', () => {
    const overlap = withProps(hubAndSpoke(), 'vpcSh', { cidr: '10.0.0.0/12' });
    expect(codeOf(overlap, 'app1', 'svc', 443)).toBe('VPC_CIDR_OVERLAP');
  });
});

describe('transit gateway: association chooses the table, propagation fills it', () => {
  it('spokes reach the shared VPC, and the shared VPC reaches both spokes', () => {
    const design = hubAndSpoke();
    expect(codeOf(design, 'app1', 'svc', 443)).toBeNull();
    expect(codeOf(design, 'app2', 'svc', 443)).toBeNull();
    expect(codeOf(design, 'svc', 'app1', 443)).toBeNull();
    expect(codeOf(design, 'svc', 'app2', 443)).toBeNull();
  });

  it('spokes are isolated from each other: their table has no route to the other spoke', () => {
    const result = trace(hubAndSpoke(), 'app1', 'app2', 'tcp', 443);
    expect(result.blocked?.code).toBe('TGW_NO_ROUTE');
    expect(result.blocked?.resource).toBe('tgwRtSpokes');
  });

  it('propagating a spoke into the spokes table (not associating) connects the spokes', () => {
    const design = withProps(hubAndSpoke(), 'tgwRtSpokes', { propagations: ['attSh', 'att1', 'att2'] });
    expect(codeOf(design, 'app1', 'app2', 443)).toBeNull();
  });

  it('propagation without association: the attachment has no table to look up', () => {
    const design = withProps(hubAndSpoke(), 'tgwRtSpokes', { associations: ['att2'] });
    // att1 still propagates into tgwRtShared, so the shared VPC has a route to it...
    expect(linksOf(design).tgwRouteFor('tgwRtShared', 0x0a0b0104)?.target).toBe('att1');
    // ...but att1 itself is associated with nothing.
    expect(codeOf(design, 'app1', 'svc', 443)).toBe('TGW_RT_NOT_ASSOCIATED');
  });

  it("association without propagation: the request goes, the reply finds no route in the other side's table", () => {
    const design = withProps(hubAndSpoke(), 'tgwRtShared', { propagations: ['att2'] });
    const result = trace(design, 'app1', 'svc', 'tcp', 443);
    expect(result.blocked?.code).toBe('TGW_NO_ROUTE');
    expect(result.blocked?.resource).toBe('tgwRtShared');
  });

  it('a static route beats a propagated one of the same prefix', () => {
    const design = withProps(hubAndSpoke(), 'tgwRtSpokes', {
      routes: [{ destination: '10.10.0.0/16', target: 'att2' }],
    });
    const result = trace(design, 'app1', 'svc', 'tcp', 443);
    expect(result.blocked?.code).toBe('TGW_NO_ROUTE');
    expect(result.blocked?.message).toBe('network.blocked.tgwWrongAttachment');
  });
});

describe('transit gateway blackhole routes', () => {
  it('drop the traffic they match and nothing else', () => {
    const design = withProps(hubAndSpoke(), 'tgwRtShared', {
      routes: [{ destination: '10.11.1.0/24', target: 'blackhole' }],
    });
    // The longer prefix is the blackhole: svc cannot reach app1's subnet...
    const result = trace(design, 'svc', 'app1', 'tcp', 443);
    expect(result.blocked?.code).toBe('TGW_BLACKHOLE');
    expect(result.blocked?.params).toMatchObject({ route: '10.11.1.0/24', tgwTable: 'tgwRtShared' });
    // ...while app2 (another prefix) is still reachable.
    expect(codeOf(design, 'svc', 'app2', 443)).toBeNull();
  });

  it('is accepted by the reference check (no attachment named "blackhole" needed)', async () => {
    const { checkReferences } = await import('../../../shared/model/references');
    const design = withProps(hubAndSpoke(), 'tgwRtShared', {
      routes: [{ destination: '10.11.1.0/24', target: 'blackhole' }],
    });
    expect(checkReferences(design)).toEqual([]);
  });
});

describe('transit gateway and failure mode', () => {
  it('losing one AZ of attachment subnets leaves the other AZ working', () => {
    const twoAz = withAdded(
      withProps(hubAndSpoke(), 'shApp', { az: 'a' }),
      { id: 's1AppB', type: 'subnet', parent: 'vpcS1', props: { cidr: '10.11.2.0/24', az: 'b' } },
      { id: 'app1b', type: 'ec2-instance', parent: 's1AppB', props: { securityGroups: ['sgApp1'] } },
    );
    const down = trace(twoAz, 'app1b', 'svc', 'tcp', 443, { failed: { resources: ['s1TgwA'] } });
    expect(down.reachable).toBe(true);
    const hop = down.hops.find((h) => h.action === 'tgw' && h.resource === 'att1');
    expect(hop?.params).toMatchObject({ subnet: 's1TgwB', az: 'b' });
  });
});

/**
 * Broken / healthy twins for the blocked codes of VPC peering and transit gateways, one setting
 * apart. Spread into the table of blocked.test.ts, whose coverage check spans every code.
 */
import type { Design } from '../../../shared/model/types';
import type { TraceOptions } from '../../../shared/network/index';
import type { BlockedCase, Probe } from './blocked-case';
import { withAdded, withProps } from '../../fixtures/designs';
import { hubAndSpoke, peeredAtoC, peeredVpcs } from './multi-vpc-fixtures';

const aToB = (design: Design): Probe => ({ design, from: 'appA', to: 'dbB', port: 5432 });
const aToC = (design: Design): Probe => ({ design, from: 'appA', to: 'svcC', port: 443 });
const spokeToShared = (design: Design, options?: TraceOptions): Probe => ({
  design,
  from: 'app1',
  to: 'svc',
  port: 443,
  options,
});

/** A's table sends C's CIDR to the A-B peering, hoping B passes it on. */
function transitiveAttempt(): Design {
  return withProps(peeredVpcs(), 'rtAppA', {
    routes: [
      { destination: '10.2.0.0/16', target: 'pcxAB' },
      { destination: '10.3.0.0/16', target: 'pcxAB' },
      { destination: '0.0.0.0/0', target: 'natA' },
    ],
  });
}

export const MULTI_VPC_CASES: BlockedCase[] = [
  {
    name: "A reaches C through B's peerings (peering is not transitive)",
    code: 'PEERING_NOT_TRANSITIVE',
    raCode: 'PCX_REQUIRES_ADDRESS_IN_VPC_CIDR',
    resource: 'pcxAB',
    broken: () => aToC(transitiveAttempt()),
    healthy: () => aToC(peeredAtoC()),
  },
  {
    name: "A sends internet traffic to B's NAT over the peering (edge-to-edge)",
    code: 'PEERING_EDGE_TO_EDGE',
    resource: 'pcxAB',
    broken: () => ({
      design: withProps(peeredVpcs(), 'rtAppA', {
        routes: [
          { destination: '10.2.0.0/16', target: 'pcxAB' },
          { destination: '0.0.0.0/0', target: 'pcxAB' },
        ],
      }),
      from: 'appA',
      to: 'internet',
      port: 443,
    }),
    healthy: () => ({ design: peeredVpcs(), from: 'appA', to: 'internet', port: 443 }),
  },
  {
    name: "B's table has no route back to A",
    code: 'PEER_NO_ROUTE',
    raCode: 'NO_ROUTE_TO_DESTINATION',
    resource: 'rtB',
    broken: () =>
      aToB(withProps(peeredVpcs(), 'rtB', { routes: [{ destination: '10.3.0.0/16', target: 'pcxBC' }] })),
    healthy: () => aToB(peeredVpcs()),
  },
  {
    name: "the shared VPC's table has no route back to the spoke",
    code: 'PEER_NO_ROUTE',
    resource: 'rtSh',
    broken: () => spokeToShared(withProps(hubAndSpoke(), 'rtSh', { routes: [] })),
    healthy: () => spokeToShared(hubAndSpoke()),
  },
  {
    name: 'peered VPCs whose CIDRs overlap',
    code: 'VPC_CIDR_OVERLAP',
    resource: 'pcxAB',
    broken: () => aToB(withProps(peeredVpcs(), 'vpcB', { cidr: '10.0.0.0/8' })),
    healthy: () => aToB(peeredVpcs()),
  },
  {
    name: 'a blackhole route in the spokes table beats the propagated route',
    code: 'TGW_BLACKHOLE',
    raCode: 'TGW_RTB_BAD_STATE_ROUTE',
    resource: 'tgwRtSpokes',
    broken: () =>
      spokeToShared(
        withProps(hubAndSpoke(), 'tgwRtSpokes', {
          routes: [{ destination: '10.10.0.0/16', target: 'blackhole' }],
        }),
      ),
    healthy: () => spokeToShared(hubAndSpoke()),
  },
  {
    name: 'the shared VPC does not propagate into the spokes table',
    code: 'TGW_NO_ROUTE',
    raCode: 'TGW_RTB_CANNOT_ROUTE',
    resource: 'tgwRtSpokes',
    broken: () => spokeToShared(withProps(hubAndSpoke(), 'tgwRtSpokes', { propagations: [] })),
    healthy: () => spokeToShared(hubAndSpoke()),
  },
  {
    name: 'a spoke attachment associated with no transit gateway route table',
    code: 'TGW_RT_NOT_ASSOCIATED',
    raCode: 'TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION',
    resource: 'att1',
    broken: () => spokeToShared(withProps(hubAndSpoke(), 'tgwRtSpokes', { associations: ['att2'] })),
    healthy: () => spokeToShared(hubAndSpoke()),
  },
  {
    name: "an attachment without a subnet in the sender's AZ",
    code: 'TGW_NO_ATTACHMENT_IN_AZ',
    raCode: 'TGW_ATTACH_VPC_AZ_RESTRICTION',
    resource: 'att1',
    broken: () => spokeToShared(withProps(hubAndSpoke(), 'att1', { subnets: ['s1TgwB'] })),
    healthy: () => spokeToShared(hubAndSpoke()),
  },
  {
    name: 'a VPC route to a transit gateway the VPC is not attached to',
    code: 'TGW_NO_ATTACHMENT_IN_AZ',
    resource: 'vpcS1',
    broken: () =>
      spokeToShared(
        withAdded(
          withProps(hubAndSpoke(), 'rtS1', { routes: [{ destination: '10.0.0.0/8', target: 'tgw2' }] }),
          { id: 'tgw2', type: 'transit-gateway', props: {} },
        ),
      ),
    healthy: () => spokeToShared(hubAndSpoke()),
  },
  {
    name: "the attachment's subnet in the sender's AZ is down (failure mode)",
    code: 'AZ_FAILED',
    resource: 'att1',
    broken: () => spokeToShared(hubAndSpoke(), { failed: { resources: ['s1TgwA'] } }),
    healthy: () => spokeToShared(hubAndSpoke(), { failed: { resources: ['s1TgwB'] } }),
  },
];

/**
 * Multi-VPC designs for network, rule and lesson tests, each healthy; tests make the broken twin
 * by changing one thing (withProps / without / withAdded from test/fixtures/designs.ts).
 *
 * peeredVpcs(): three VPCs in a line, A - B - C, joined by pcxAB and pcxBC.
 *   vpcA 10.1.0.0/16: pubA (IGW route, natA), appSubA (az a) -> rtAppA: 10.2/16 -> pcxAB, 0/0 -> natA
 *   vpcB 10.2.0.0/16: dbSubB (az a) -> rtB: 10.1/16 -> pcxAB, 10.3/16 -> pcxBC
 *   vpcC 10.3.0.0/16: svcSubC (az a) -> rtC: 10.2/16 -> pcxBC
 *   appA (EC2, sgAppA) -> dbB (EC2 :5432, sgDbB admits sgAppA: a peer VPC's group); svcC (:443)
 *
 * hubAndSpoke(): tgw1 with a shared-services VPC and two spokes that must not reach each other.
 *   vpcS1 10.11.0.0/16, vpcS2 10.12.0.0/16, vpcSh 10.10.0.0/16; each: a workload subnet in az a
 *   and two /28 attachment subnets (az a, az b); VPC tables send 10.0.0.0/8 to tgw1.
 *   tgwRtSpokes: associations att1, att2; propagations attSh  (spokes see shared only)
 *   tgwRtShared: associations attSh; propagations att1, att2   (shared sees both spokes)
 *   app1 (vpcS1), app2 (vpcS2), svc (vpcSh :443 from 10.0.0.0/8)
 */
import type { Design, Resource, SecurityGroupRule } from '../../../shared/model/types';
import { makeDesign, routeTable, subnet } from '../../fixtures/designs';

function sg(id: string, vpc: string, inbound: SecurityGroupRule[]): Resource {
  return { id, type: 'security-group', parent: vpc, props: { inbound } };
}

export function peeredVpcs(): Design {
  return makeDesign([
    { id: 'internet', type: 'internet', props: {} },
    { id: 'vpcA', type: 'vpc', name: 'VPC A', props: { cidr: '10.1.0.0/16' } },
    { id: 'vpcB', type: 'vpc', name: 'VPC B', props: { cidr: '10.2.0.0/16' } },
    { id: 'vpcC', type: 'vpc', name: 'VPC C', props: { cidr: '10.3.0.0/16' } },
    { id: 'igwA', type: 'internet-gateway', parent: 'vpcA', props: {} },
    routeTable('rtPubA', 'vpcA', [{ destination: '0.0.0.0/0', target: 'igwA' }]),
    routeTable('rtAppA', 'vpcA', [
      { destination: '10.2.0.0/16', target: 'pcxAB' },
      { destination: '0.0.0.0/0', target: 'natA' },
    ]),
    routeTable('rtB', 'vpcB', [
      { destination: '10.1.0.0/16', target: 'pcxAB' },
      { destination: '10.3.0.0/16', target: 'pcxBC' },
    ]),
    routeTable('rtC', 'vpcC', [{ destination: '10.2.0.0/16', target: 'pcxBC' }]),
    subnet('pubA', 'vpcA', '10.1.0.0/24', 'a', 'rtPubA'),
    subnet('appSubA', 'vpcA', '10.1.1.0/24', 'a', 'rtAppA'),
    subnet('dbSubB', 'vpcB', '10.2.1.0/24', 'a', 'rtB'),
    subnet('svcSubC', 'vpcC', '10.3.1.0/24', 'a', 'rtC'),
    { id: 'natA', type: 'nat-gateway', parent: 'pubA', props: {} },
    { id: 'pcxAB', type: 'vpc-peering', props: { requesterVpc: 'vpcA', accepterVpc: 'vpcB' } },
    { id: 'pcxBC', type: 'vpc-peering', props: { requesterVpc: 'vpcB', accepterVpc: 'vpcC' } },
    sg('sgAppA', 'vpcA', []),
    sg('sgDbB', 'vpcB', [{ protocol: 'tcp', ports: '5432', peer: 'sgAppA' }]),
    sg('sgSvcC', 'vpcC', [{ protocol: 'tcp', ports: '443', peer: '10.0.0.0/8' }]),
    { id: 'appA', type: 'ec2-instance', parent: 'appSubA', props: { securityGroups: ['sgAppA'] } },
    { id: 'dbB', type: 'ec2-instance', parent: 'dbSubB', props: { securityGroups: ['sgDbB'] } },
    { id: 'svcC', type: 'ec2-instance', parent: 'svcSubC', props: { securityGroups: ['sgSvcC'] } },
  ]);
}

/** peeredVpcs() plus a direct A - C peering and the routes for it: A reaches C. */
export function peeredAtoC(): Design {
  const design = peeredVpcs();
  return {
    ...design,
    resources: [
      ...design.resources.map((r) => {
        if (r.id === 'rtAppA' && r.type === 'route-table')
          return {
            ...r,
            props: { routes: [...r.props.routes, { destination: '10.3.0.0/16', target: 'pcxAC' }] },
          };
        if (r.id === 'rtC' && r.type === 'route-table')
          return {
            ...r,
            props: { routes: [...r.props.routes, { destination: '10.1.0.0/16', target: 'pcxAC' }] },
          };
        return r;
      }),
      { id: 'pcxAC', type: 'vpc-peering', props: { requesterVpc: 'vpcA', accepterVpc: 'vpcC' } },
    ],
  };
}

function spoke(vpc: string, octet: number, table: string, prefix: string): Resource[] {
  return [
    { id: vpc, type: 'vpc', props: { cidr: `10.${octet}.0.0/16` } },
    routeTable(table, vpc, [{ destination: '10.0.0.0/8', target: 'tgw1' }], { main: true }),
    subnet(`${prefix}App`, vpc, `10.${octet}.1.0/24`, 'a'),
    subnet(`${prefix}TgwA`, vpc, `10.${octet}.255.0/28`, 'a'),
    subnet(`${prefix}TgwB`, vpc, `10.${octet}.255.16/28`, 'b'),
  ];
}

export function hubAndSpoke(): Design {
  return makeDesign([
    ...spoke('vpcS1', 11, 'rtS1', 's1'),
    ...spoke('vpcS2', 12, 'rtS2', 's2'),
    ...spoke('vpcSh', 10, 'rtSh', 'sh'),
    { id: 'tgw1', type: 'transit-gateway', props: {} },
    {
      id: 'att1',
      type: 'transit-gateway-attachment',
      parent: 'vpcS1',
      props: { transitGateway: 'tgw1', subnets: ['s1TgwA', 's1TgwB'] },
    },
    {
      id: 'att2',
      type: 'transit-gateway-attachment',
      parent: 'vpcS2',
      props: { transitGateway: 'tgw1', subnets: ['s2TgwA', 's2TgwB'] },
    },
    {
      id: 'attSh',
      type: 'transit-gateway-attachment',
      parent: 'vpcSh',
      props: { transitGateway: 'tgw1', subnets: ['shTgwA', 'shTgwB'] },
    },
    {
      id: 'tgwRtSpokes',
      type: 'transit-gateway-route-table',
      props: { transitGateway: 'tgw1', associations: ['att1', 'att2'], propagations: ['attSh'] },
    },
    {
      id: 'tgwRtShared',
      type: 'transit-gateway-route-table',
      props: { transitGateway: 'tgw1', associations: ['attSh'], propagations: ['att1', 'att2'] },
    },
    sg('sgApp1', 'vpcS1', [{ protocol: 'tcp', ports: '443', peer: '10.0.0.0/8' }]),
    sg('sgApp2', 'vpcS2', [{ protocol: 'tcp', ports: '443', peer: '10.0.0.0/8' }]),
    sg('sgSvc', 'vpcSh', [{ protocol: 'tcp', ports: '443', peer: '10.0.0.0/8' }]),
    { id: 'app1', type: 'ec2-instance', parent: 's1App', props: { securityGroups: ['sgApp1'] } },
    { id: 'app2', type: 'ec2-instance', parent: 's2App', props: { securityGroups: ['sgApp2'] } },
    { id: 'svc', type: 'ec2-instance', parent: 'shApp', props: { securityGroups: ['sgSvc'] } },
  ]);
}

/**
 * A peering, transit gateway attachment or transit gateway route table dropped on the canvas
 * names the VPCs or gateway it joins: the first ones the design has (the inspector changes them).
 * Without them the new resource would reference nothing and the design would not load.
 */
import type { Design, Resource } from '../model/types';

export function fillLinkRefs(design: Design, resource: Resource): void {
  const firstOf = (type: Resource['type']): string[] =>
    design.resources.filter((r) => r.type === type).map((r) => r.id);
  if (resource.type === 'vpc-peering') {
    const vpcs = firstOf('vpc');
    if (!resource.props.requesterVpc && vpcs[0]) resource.props.requesterVpc = vpcs[0];
    if (!resource.props.accepterVpc && vpcs[1]) resource.props.accepterVpc = vpcs[1];
  }
  if (resource.type === 'transit-gateway-attachment' || resource.type === 'transit-gateway-route-table') {
    const gateway = firstOf('transit-gateway')[0];
    if (!resource.props.transitGateway && gateway) resource.props.transitGateway = gateway;
  }
}

/**
 * CloudFormation for joining VPCs: VPC peering connections, transit gateways, their VPC
 * attachments and route tables (associations, propagations, static and blackhole routes).
 * The gateway's default route table is turned off: Skyplan designs name every table.
 */
import type { Resource } from '../../model/types';
import type { CfnTemplate } from './cfn-context';
import { ref } from './cfn-context';

export function writeMultiVpc(t: CfnTemplate, r: Resource): boolean {
  switch (r.type) {
    case 'vpc-peering':
      t.add(r, 'AWS::EC2::VPCPeeringConnection', {
        VpcId: ref(t.id(r.props.requesterVpc)),
        PeerVpcId: ref(t.id(r.props.accepterVpc)),
      });
      return true;
    case 'transit-gateway':
      t.add(r, 'AWS::EC2::TransitGateway', {
        DefaultRouteTableAssociation: 'disable',
        DefaultRouteTablePropagation: 'disable',
      });
      return true;
    case 'transit-gateway-attachment':
      t.add(r, 'AWS::EC2::TransitGatewayVpcAttachment', {
        TransitGatewayId: ref(t.id(r.props.transitGateway)),
        VpcId: ref(t.id(t.index.vpcOf(r) ?? '')),
        SubnetIds: r.props.subnets.map((id) => ref(t.id(id))),
      });
      return true;
    case 'transit-gateway-route-table': {
      const name = t.add(r, 'AWS::EC2::TransitGatewayRouteTable', {
        TransitGatewayId: ref(t.id(r.props.transitGateway)),
      });
      for (const attachment of r.props.associations ?? []) {
        t.addExtra(`${name}Association${t.id(attachment)}`, 'AWS::EC2::TransitGatewayRouteTableAssociation', {
          TransitGatewayAttachmentId: ref(t.id(attachment)),
          TransitGatewayRouteTableId: ref(name),
        });
      }
      for (const attachment of r.props.propagations ?? []) {
        t.addExtra(`${name}Propagation${t.id(attachment)}`, 'AWS::EC2::TransitGatewayRouteTablePropagation', {
          TransitGatewayAttachmentId: ref(t.id(attachment)),
          TransitGatewayRouteTableId: ref(name),
        });
      }
      (r.props.routes ?? []).forEach((route, i) => {
        t.addExtra(`${name}Route${i + 1}`, 'AWS::EC2::TransitGatewayRoute', {
          TransitGatewayRouteTableId: ref(name),
          DestinationCidrBlock: route.destination,
          ...(route.target === 'blackhole'
            ? { Blackhole: true }
            : { TransitGatewayAttachmentId: ref(t.id(route.target)) }),
        });
      });
      return true;
    }
    default:
      return false;
  }
}

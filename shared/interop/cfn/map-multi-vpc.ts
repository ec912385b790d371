/**
 * CloudFormation → Skyplan for joining VPCs: VPC peering connections, transit gateways, VPC
 * attachments, transit gateway route tables; associations, propagations and routes fold into
 * their route table.
 */
import type { Route } from '../../model/types';
import type { Handler } from './handlers';
import { common } from './handlers';
import { bool, str } from './mapper';

export const MULTI_VPC_HANDLERS: Record<string, Handler> = {
  'AWS::EC2::VPCPeeringConnection': {
    phase: 2,
    map(m, r) {
      const requesterVpc = m.ref(r.props.VpcId, 'vpc');
      const accepterVpc = m.ref(r.props.PeerVpcId, 'vpc');
      if (!requesterVpc || !accepterVpc) return false;
      m.add({ ...common(r), type: 'vpc-peering', props: { requesterVpc, accepterVpc } });
    },
  },
  'AWS::EC2::TransitGateway': {
    phase: 1,
    map(m, r) {
      m.add({ ...common(r), type: 'transit-gateway', props: {} });
    },
  },
  'AWS::EC2::TransitGatewayVpcAttachment': {
    phase: 3,
    map(m, r) {
      const transitGateway = m.ref(r.props.TransitGatewayId);
      const parent = m.ref(r.props.VpcId, 'vpc');
      if (!transitGateway || !parent) return false;
      const subnets = m.refs(r.props.SubnetIds, 'subnet');
      m.add({ ...common(r), type: 'transit-gateway-attachment', parent, props: { transitGateway, subnets } });
    },
  },
  'AWS::EC2::TransitGatewayRouteTable': {
    phase: 3,
    map(m, r) {
      const transitGateway = m.ref(r.props.TransitGatewayId);
      if (!transitGateway) return false;
      m.add({
        ...common(r),
        type: 'transit-gateway-route-table',
        props: { transitGateway, associations: [], propagations: [], routes: [] },
      });
    },
  },
  'AWS::EC2::TransitGatewayRouteTableAssociation': {
    phase: 5,
    map(m, r) {
      const table = m.get(m.ref(r.props.TransitGatewayRouteTableId), 'transit-gateway-route-table');
      const attachment = m.ref(r.props.TransitGatewayAttachmentId);
      if (!table || !attachment) return false;
      (table.props.associations ??= []).push(attachment);
    },
  },
  'AWS::EC2::TransitGatewayRouteTablePropagation': {
    phase: 5,
    map(m, r) {
      const table = m.get(m.ref(r.props.TransitGatewayRouteTableId), 'transit-gateway-route-table');
      const attachment = m.ref(r.props.TransitGatewayAttachmentId);
      if (!table || !attachment) return false;
      (table.props.propagations ??= []).push(attachment);
    },
  },
  'AWS::EC2::TransitGatewayRoute': {
    phase: 5,
    map(m, r) {
      const table = m.get(m.ref(r.props.TransitGatewayRouteTableId), 'transit-gateway-route-table');
      const destination = str(r.props.DestinationCidrBlock);
      const target = bool(r.props.Blackhole) ? 'blackhole' : m.ref(r.props.TransitGatewayAttachmentId);
      if (!table || !destination || !target) return false;
      const route: Route = { destination, target };
      (table.props.routes ??= []).push(route);
    },
  },
};

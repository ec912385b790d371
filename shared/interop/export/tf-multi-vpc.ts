/**
 * Terraform for joining VPCs: VPC peering connections (auto-accepted: both VPCs are in the
 * same account and Region), transit gateways with their default table turned off, VPC
 * attachments, route tables with their associations, propagations and static routes.
 */
import type { Resource } from '../../model/types';
import type { TfConfig } from './tf-context';

export function writeTfMultiVpc(tf: TfConfig, r: Resource): boolean {
  switch (r.type) {
    case 'vpc-peering':
      tf.add(r, 'aws_vpc_peering_connection', {
        vpc_id: tf.attr(r.props.requesterVpc),
        peer_vpc_id: tf.attr(r.props.accepterVpc),
        auto_accept: true,
      });
      return true;
    case 'transit-gateway':
      tf.add(r, 'aws_ec2_transit_gateway', {
        default_route_table_association: 'disable',
        default_route_table_propagation: 'disable',
      });
      return true;
    case 'transit-gateway-attachment':
      tf.add(r, 'aws_ec2_transit_gateway_vpc_attachment', {
        transit_gateway_id: tf.attr(r.props.transitGateway),
        vpc_id: tf.attr(tf.index.vpcOf(r) ?? ''),
        subnet_ids: r.props.subnets.map((id) => tf.attr(id)),
      });
      return true;
    case 'transit-gateway-route-table': {
      const name = tf.add(r, 'aws_ec2_transit_gateway_route_table', {
        transit_gateway_id: tf.attr(r.props.transitGateway),
      });
      for (const attachment of r.props.associations ?? []) {
        tf.addExtra(
          `${name}_${tf.name(attachment)}_association`,
          'aws_ec2_transit_gateway_route_table_association',
          {
            transit_gateway_attachment_id: tf.attr(attachment),
            transit_gateway_route_table_id: tf.attr(r.id),
          },
        );
      }
      for (const attachment of r.props.propagations ?? []) {
        tf.addExtra(
          `${name}_${tf.name(attachment)}_propagation`,
          'aws_ec2_transit_gateway_route_table_propagation',
          {
            transit_gateway_attachment_id: tf.attr(attachment),
            transit_gateway_route_table_id: tf.attr(r.id),
          },
        );
      }
      (r.props.routes ?? []).forEach((route, i) => {
        tf.addExtra(`${name}_route_${i + 1}`, 'aws_ec2_transit_gateway_route', {
          transit_gateway_route_table_id: tf.attr(r.id),
          destination_cidr_block: route.destination,
          ...(route.target === 'blackhole'
            ? { blackhole: true }
            : { transit_gateway_attachment_id: tf.attr(route.target) }),
        });
      });
      return true;
    }
    default:
      return false;
  }
}

/** Terraform for the network: VPC, subnets, routing, gateways, groups, ACLs, endpoints. */
import type { Protocol, Resource, SecurityGroupRule } from '../../model/types';
import { portRange } from './cfn-network';
import { expr } from './hcl';
import type { Body } from './hcl';
import type { TfConfig } from './tf-context';
import { writeTfMultiVpc } from './tf-multi-vpc';

const IP_PROTOCOL: Record<Protocol, string> = { tcp: 'tcp', udp: 'udp', icmp: 'icmp', all: '-1' };

function sgRule(tf: TfConfig, group: string, rule: SecurityGroupRule): Body {
  const range = portRange(rule.protocol, rule.ports);
  const peer = tf.get(rule.peer, 'security-group');
  return {
    security_group_id: tf.attr(group),
    ip_protocol: IP_PROTOCOL[rule.protocol],
    ...(range ? { from_port: range.from, to_port: range.to } : {}),
    ...(peer ? { referenced_security_group_id: tf.attr(peer.id) } : { cidr_ipv4: rule.peer }),
    ...(rule.description ? { description: rule.description } : {}),
  };
}

function routeTarget(tf: TfConfig, target: string): Body | undefined {
  const type = tf.index.byId.get(target)?.type;
  if (type === 'internet-gateway') return { gateway_id: tf.attr(target) };
  if (type === 'nat-gateway') return { nat_gateway_id: tf.attr(target) };
  if (type === 'vpc-endpoint') return { vpc_endpoint_id: tf.attr(target) };
  if (type === 'ec2-instance')
    return { network_interface_id: tf.attr(target, 'primary_network_interface_id') };
  if (type === 'vpc-peering') return { vpc_peering_connection_id: tf.attr(target) };
  if (type === 'transit-gateway') return { transit_gateway_id: tf.attr(target) };
  return undefined;
}

function vpcRef(tf: TfConfig, r: Resource) {
  return tf.attr(tf.index.vpcOf(r) ?? '');
}

export function writeTfNetwork(tf: TfConfig, r: Resource): boolean {
  const { index } = tf;
  switch (r.type) {
    case 'vpc':
      tf.add(r, 'aws_vpc', {
        cidr_block: r.props.cidr,
        enable_dns_support: true,
        enable_dns_hostnames: true,
      });
      return true;
    case 'subnet': {
      const at = index.azIndex(r.props.az);
      if (at >= 0) tf.dataSource('aws_availability_zones', 'available', { state: 'available' });
      const name = tf.add(r, 'aws_subnet', {
        vpc_id: vpcRef(tf, r),
        cidr_block: r.props.cidr,
        availability_zone:
          at >= 0
            ? expr(`data.aws_availability_zones.available.names[${at}]`)
            : expr(`"\${var.region}${r.props.az}"`),
        ...(r.props.mapPublicIp ? { map_public_ip_on_launch: true } : {}),
      });
      if (r.props.routeTable && tf.get(r.props.routeTable, 'route-table')) {
        tf.addExtra(`${name}_route_table`, 'aws_route_table_association', {
          subnet_id: tf.attr(r.id),
          route_table_id: tf.attr(r.props.routeTable),
        });
      }
      if (r.props.networkAcl && tf.get(r.props.networkAcl, 'network-acl')) {
        tf.addExtra(`${name}_network_acl`, 'aws_network_acl_association', {
          subnet_id: tf.attr(r.id),
          network_acl_id: tf.attr(r.props.networkAcl),
        });
      }
      return true;
    }
    case 'route-table': {
      const name = tf.add(r, 'aws_route_table', { vpc_id: vpcRef(tf, r) });
      if (r.props.main)
        tf.addExtra(`${name}_main`, 'aws_main_route_table_association', {
          vpc_id: vpcRef(tf, r),
          route_table_id: tf.attr(r.id),
        });
      r.props.routes.forEach((route, i) => {
        const target = routeTarget(tf, route.target);
        if (target)
          tf.addExtra(`${name}_route_${i + 1}`, 'aws_route', {
            route_table_id: tf.attr(r.id),
            destination_cidr_block: route.destination,
            ...target,
          });
      });
      return true;
    }
    case 'internet-gateway':
      tf.add(r, 'aws_internet_gateway', r.parent ? { vpc_id: tf.attr(r.parent) } : {});
      return true;
    case 'elastic-ip': {
      tf.add(r, 'aws_eip', { domain: 'vpc' });
      const instance = tf.get(r.props.attachedTo, 'ec2-instance');
      if (instance)
        tf.addExtra(`${tf.name(r.id)}_association`, 'aws_eip_association', {
          allocation_id: tf.attr(r.id),
          instance_id: tf.attr(instance.id),
        });
      return true;
    }
    case 'nat-gateway': {
      if (r.props.connectivity === 'private') {
        tf.add(r, 'aws_nat_gateway', { subnet_id: tf.attr(r.parent ?? ''), connectivity_type: 'private' });
        return true;
      }
      const eip = tf.get(r.props.elasticIp, 'elastic-ip');
      const allocation = eip
        ? tf.attr(eip.id)
        : expr(`aws_eip.${tf.addExtra(`${tf.name(r.id)}_eip`, 'aws_eip', { domain: 'vpc' })}.id`);
      tf.add(r, 'aws_nat_gateway', { subnet_id: tf.attr(r.parent ?? ''), allocation_id: allocation });
      return true;
    }
    case 'security-group': {
      const name = tf.add(r, 'aws_security_group', { description: r.name ?? r.id, vpc_id: vpcRef(tf, r) });
      r.props.inbound.forEach((rule, i) =>
        tf.addExtra(`${name}_in_${i + 1}`, 'aws_vpc_security_group_ingress_rule', sgRule(tf, r.id, rule)),
      );
      // Terraform drops AWS's default allow-all egress; an absent `outbound` means allow all.
      const outbound = r.props.outbound ?? [{ protocol: 'all', peer: '0.0.0.0/0' } as SecurityGroupRule];
      outbound.forEach((rule, i) =>
        tf.addExtra(`${name}_out_${i + 1}`, 'aws_vpc_security_group_egress_rule', sgRule(tf, r.id, rule)),
      );
      return true;
    }
    case 'network-acl': {
      const name = tf.add(r, 'aws_network_acl', { vpc_id: vpcRef(tf, r) });
      for (const [rules, egress] of [
        [r.props.inbound, false],
        [r.props.outbound, true],
      ] as const) {
        for (const rule of rules) {
          const range = portRange(rule.protocol, rule.ports);
          tf.addExtra(`${name}_${egress ? 'out' : 'in'}_${rule.rule}`, 'aws_network_acl_rule', {
            network_acl_id: tf.attr(r.id),
            rule_number: rule.rule,
            egress,
            protocol: IP_PROTOCOL[rule.protocol],
            rule_action: rule.action,
            cidr_block: rule.cidr,
            ...(rule.protocol === 'icmp'
              ? { icmp_type: -1, icmp_code: -1 }
              : range
                ? { from_port: range.from, to_port: range.to }
                : {}),
          });
        }
      }
      return true;
    }
    case 'vpc-endpoint': {
      const gateway = r.props.endpointType === 'gateway';
      tf.add(r, 'aws_vpc_endpoint', {
        vpc_id: vpcRef(tf, r),
        service_name: expr(`"com.amazonaws.\${var.region}.${r.props.service}"`),
        vpc_endpoint_type: gateway ? 'Gateway' : 'Interface',
        ...(gateway && r.props.routeTables?.length
          ? { route_table_ids: r.props.routeTables.map((id) => tf.attr(id)) }
          : {}),
        ...(!gateway && r.props.subnets?.length
          ? { subnet_ids: r.props.subnets.map((id) => tf.attr(id)) }
          : {}),
        ...(!gateway && r.props.securityGroups?.length
          ? { security_group_ids: r.props.securityGroups.map((id) => tf.attr(id)) }
          : {}),
        ...(!gateway ? { private_dns_enabled: r.props.privateDns ?? true } : {}),
      });
      return true;
    }
    case 'ec2-instance': {
      tf.dataSource('aws_ssm_parameter', 'al2023', {
        name: '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
      });
      tf.add(r, 'aws_instance', {
        ami: expr('data.aws_ssm_parameter.al2023.value'),
        instance_type: r.props.instanceType ?? 't3.micro',
        subnet_id: tf.attr(r.parent ?? ''),
        vpc_security_group_ids: r.props.securityGroups.map((id) => tf.attr(id)),
        ...(r.props.publicIp ? { associate_public_ip_address: true } : {}),
      });
      return true;
    }
    default:
      return writeTfMultiVpc(tf, r);
  }
}

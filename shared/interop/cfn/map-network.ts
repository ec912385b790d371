/**
 * CloudFormation EC2 networking → Skyplan: VPC, subnets, route tables and routes, gateways,
 * NAT and Elastic IPs, security groups, network ACLs, VPC endpoints and instances. Attachment
 * resources (routes, associations, rules) fold into the resource they attach to.
 */
import type { Route, SecurityGroupRule } from '../../model/types';
import type { Handler } from './handlers';
import { common } from './handlers';
import type { Mapper } from './mapper';
import { bool, str } from './mapper';
import { EGRESS_PEERS, INGRESS_PEERS, naclRule, sgRule } from './rules';
import { isRecord } from './values';

/** The AZ letter of "us-east-1a" (or "a" as written by a Skyplan export). */
export function azLetter(value: unknown): string | undefined {
  const text = str(value);
  const match = text ? /([a-z])$/.exec(text) : null;
  return match?.[1];
}

function routeTarget(m: Mapper, props: Record<string, unknown>): string | undefined {
  for (const key of [
    'GatewayId',
    'NatGatewayId',
    'VpcEndpointId',
    'InstanceId',
    'VpcPeeringConnectionId',
    'TransitGatewayId',
  ]) {
    const target = m.ref(props[key]);
    if (target) return target;
  }
  return undefined;
}

/** The service name of "com.amazonaws.us-east-1.ecr.dkr" → "ecr.dkr". */
export function endpointService(name: string | undefined, region: string): string | undefined {
  if (!name) return undefined;
  const prefix = `com.amazonaws.${region}.`;
  if (name.startsWith(prefix)) return name.slice(prefix.length);
  const match = /^com\.amazonaws\.[a-z0-9-]+\.(.+)$/.exec(name);
  return match?.[1] ?? name;
}

export const NETWORK_HANDLERS: Record<string, Handler> = {
  'AWS::EC2::VPC': {
    phase: 1,
    map(m, r) {
      const cidr = str(r.props.CidrBlock);
      if (!cidr) m.warn('interop.warn.placeholderValue', { id: r.id, prop: 'CidrBlock' }, r.line);
      m.add({ ...common(r), type: 'vpc', props: { cidr: cidr ?? '10.0.0.0/16' } });
    },
  },
  'AWS::EC2::Subnet': {
    phase: 2,
    map(m, r) {
      const parent = m.ref(r.props.VpcId, 'vpc');
      if (!parent) return false;
      const cidr = str(r.props.CidrBlock);
      const az = azLetter(r.props.AvailabilityZone);
      if (!cidr) m.warn('interop.warn.placeholderValue', { id: r.id, prop: 'CidrBlock' }, r.line);
      if (!az) m.warn('interop.warn.placeholderValue', { id: r.id, prop: 'AvailabilityZone' }, r.line);
      const mapPublicIp = bool(r.props.MapPublicIpOnLaunch);
      m.add({
        ...common(r),
        type: 'subnet',
        parent,
        props: { cidr: cidr ?? '', az: az ?? '', ...(mapPublicIp ? { mapPublicIp } : {}) },
      });
    },
  },
  'AWS::EC2::RouteTable': {
    phase: 2,
    map(m, r) {
      const parent = m.ref(r.props.VpcId, 'vpc');
      if (!parent) return false;
      const main = r.skyplan?.main === true;
      m.add({ ...common(r), type: 'route-table', parent, props: { ...(main ? { main } : {}), routes: [] } });
    },
  },
  'AWS::EC2::InternetGateway': {
    phase: 1,
    // Parent comes from the VPCGatewayAttachment; an unattached gateway is reported at the end.
    map(m, r) {
      m.add({ ...common(r), type: 'internet-gateway', props: {} });
    },
  },
  'AWS::EC2::VPCGatewayAttachment': {
    phase: 3,
    map(m, r) {
      const igw = m.get(m.ref(r.props.InternetGatewayId), 'internet-gateway');
      const vpc = m.ref(r.props.VpcId, 'vpc');
      if (!igw || !vpc) return false;
      igw.parent = vpc;
      m.facts.folded.add(r.logicalId);
    },
  },
  'AWS::EC2::EIP': {
    phase: 1,
    map(m, r) {
      m.add({ ...common(r), type: 'elastic-ip', props: {} });
    },
  },
  'AWS::EC2::NatGateway': {
    phase: 3,
    map(m, r) {
      const parent = m.ref(r.props.SubnetId, 'subnet');
      if (!parent) return false;
      const connectivity = str(r.props.ConnectivityType) === 'private' ? 'private' : undefined;
      const eip = m.get(m.ref(r.props.AllocationId), 'elastic-ip');
      if (eip) eip.props.attachedTo = r.id;
      // Drawn inside the NAT gateway's VPC (a Skyplan export says where it was drawn instead).
      const vpc = m.get(parent, 'subnet')?.parent;
      if (eip && !eip.parent && vpc && !m.fromSkyplan) eip.parent = vpc;
      m.add({
        ...common(r),
        type: 'nat-gateway',
        parent,
        props: { ...(connectivity ? { connectivity } : {}), ...(eip ? { elasticIp: eip.id } : {}) },
      });
    },
  },
  'AWS::EC2::Route': {
    phase: 5,
    map(m, r) {
      const table = m.get(m.ref(r.props.RouteTableId), 'route-table');
      const destination = str(r.props.DestinationCidrBlock);
      const target = routeTarget(m, r.props);
      if (!table || !destination || !target) return false;
      const route: Route = { destination, target };
      table.props.routes.push(route);
    },
  },
  'AWS::EC2::SubnetRouteTableAssociation': {
    phase: 5,
    map(m, r) {
      const subnet = m.get(m.ref(r.props.SubnetId, 'subnet'), 'subnet');
      const table = m.ref(r.props.RouteTableId);
      if (!subnet || !table) return false;
      subnet.props.routeTable = table;
    },
  },
  'AWS::EC2::SecurityGroup': {
    phase: 2,
    map(m, r) {
      const parent = m.ref(r.props.VpcId, 'vpc') ?? m.defaultVpc();
      if (!parent) return false;
      const name = str(r.props.GroupName) ?? str(r.props.GroupDescription);
      const sg = {
        ...common(r),
        type: 'security-group' as const,
        parent,
        props: { inbound: [] as SecurityGroupRule[] },
      };
      if (!sg.name && name) sg.name = name;
      m.add(sg);
    },
  },
  'AWS::EC2::SecurityGroupIngress': {
    phase: 4,
    map(m, r) {
      const sg = m.get(m.ref(r.props.GroupId), 'security-group');
      const rule = sgRule(m, r.props, INGRESS_PEERS);
      if (!sg || !rule) return false;
      sg.props.inbound.push(rule);
    },
  },
  'AWS::EC2::SecurityGroupEgress': {
    phase: 4,
    map(m, r) {
      const sg = m.get(m.ref(r.props.GroupId), 'security-group');
      const rule = sgRule(m, r.props, EGRESS_PEERS);
      if (!sg || !rule) return false;
      (sg.props.outbound ??= []).push(rule);
    },
  },
  'AWS::EC2::NetworkAcl': {
    phase: 2,
    map(m, r) {
      const parent = m.ref(r.props.VpcId, 'vpc');
      if (!parent) return false;
      m.add({ ...common(r), type: 'network-acl', parent, props: { inbound: [], outbound: [] } });
    },
  },
  'AWS::EC2::NetworkAclEntry': {
    phase: 4,
    map(m, r) {
      const acl = m.get(m.ref(r.props.NetworkAclId), 'network-acl');
      const rule = naclRule(r.props);
      if (!acl || !rule) return false;
      (bool(r.props.Egress) ? acl.props.outbound : acl.props.inbound).push(rule);
    },
  },
  'AWS::EC2::SubnetNetworkAclAssociation': {
    phase: 5,
    map(m, r) {
      const subnet = m.get(m.ref(r.props.SubnetId, 'subnet'), 'subnet');
      const acl = m.ref(r.props.NetworkAclId);
      if (!subnet || !acl) return false;
      subnet.props.networkAcl = acl;
    },
  },
  'AWS::EC2::VPCEndpoint': {
    phase: 4,
    map(m, r) {
      const parent = m.ref(r.props.VpcId, 'vpc');
      const service = endpointService(str(r.props.ServiceName), m.design.region);
      if (!parent || !service) return false;
      const endpointType =
        (str(r.props.VpcEndpointType) ?? 'Gateway').toLowerCase() === 'interface' ? 'interface' : 'gateway';
      const routeTables = m.refs(r.props.RouteTableIds);
      const subnets = m.refs(r.props.SubnetIds, 'subnet');
      const securityGroups = m.refs(r.props.SecurityGroupIds, 'security-group');
      const privateDns = bool(r.props.PrivateDnsEnabled);
      m.add({
        ...common(r),
        type: 'vpc-endpoint',
        parent,
        props: {
          service,
          endpointType,
          ...(routeTables.length ? { routeTables } : {}),
          ...(subnets.length ? { subnets } : {}),
          ...(securityGroups.length ? { securityGroups } : {}),
          ...(privateDns !== undefined && endpointType === 'interface' ? { privateDns } : {}),
        },
      });
    },
  },
  'AWS::EC2::Instance': {
    phase: 4,
    map(m, r) {
      const nics = Array.isArray(r.props.NetworkInterfaces) ? r.props.NetworkInterfaces.filter(isRecord) : [];
      const nic = nics[0] ?? {};
      const parent = m.ref(r.props.SubnetId ?? nic.SubnetId, 'subnet');
      if (!parent) return false;
      const securityGroups = m.refs(r.props.SecurityGroupIds ?? nic.GroupSet, 'security-group');
      const instanceType = str(r.props.InstanceType);
      const publicIp = bool(nic.AssociatePublicIpAddress);
      m.add({
        ...common(r),
        type: 'ec2-instance',
        parent,
        props: {
          ...(instanceType ? { instanceType } : {}),
          ...(publicIp ? { publicIp } : {}),
          securityGroups,
        },
      });
    },
  },
  'AWS::EC2::EIPAssociation': {
    phase: 5,
    map(m, r) {
      const eip = m.get(m.ref(r.props.AllocationId ?? r.props.EIP), 'elastic-ip');
      const instance = m.get(m.ref(r.props.InstanceId), 'ec2-instance');
      if (!eip || !instance) return false;
      eip.props.attachedTo = instance.id;
      instance.props.elasticIp = eip.id;
    },
  },
};

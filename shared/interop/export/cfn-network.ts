/** CloudFormation for the network: VPC, subnets, routing, gateways, groups, ACLs, endpoints. */
import type { NetworkAclRule, Protocol, Resource, SecurityGroupRule } from '../../model/types';
import type { CfnTemplate, Json } from './cfn-context';
import { asciiText, getAtt, ref } from './cfn-context';
import { writeMultiVpc } from './cfn-multi-vpc';

const PROTOCOL_NUMBER: Record<Protocol, string> = { tcp: '6', udp: '17', icmp: '1', all: '-1' };
const IP_PROTOCOL: Record<Protocol, string> = { tcp: 'tcp', udp: 'udp', icmp: 'icmp', all: '-1' };
/** The usual way to say "no egress" in CloudFormation: one rule nothing ever matches. */
export const NO_EGRESS = { IpProtocol: '-1', CidrIp: '127.0.0.1/32' };

export function portRange(
  protocol: Protocol,
  ports: string | undefined,
): { from: number; to: number } | undefined {
  if (protocol === 'all') return undefined;
  if (protocol === 'icmp') return { from: -1, to: -1 };
  if (!ports) return { from: 0, to: 65535 };
  const [low, high] = ports.split('-').map(Number);
  return { from: low ?? 0, to: high ?? low ?? 0 };
}

function sgRuleBody(
  t: CfnTemplate,
  rule: SecurityGroupRule,
  peerKey: 'SourceSecurityGroupId' | 'DestinationSecurityGroupId',
): Json {
  const range = portRange(rule.protocol, rule.ports);
  const peerIsGroup = t.get(rule.peer, 'security-group') !== undefined;
  return {
    IpProtocol: IP_PROTOCOL[rule.protocol],
    ...(range ? { FromPort: range.from, ToPort: range.to } : {}),
    ...(peerIsGroup ? { [peerKey]: getAtt(t.id(rule.peer), 'GroupId') } : { CidrIp: rule.peer }),
    ...(rule.description ? { Description: asciiText(rule.description, 'rule') } : {}),
  };
}

function naclEntry(t: CfnTemplate, acl: string, rule: NetworkAclRule, egress: boolean): Json {
  const range = portRange(rule.protocol, rule.ports);
  return {
    NetworkAclId: ref(acl),
    RuleNumber: rule.rule,
    Protocol: Number(PROTOCOL_NUMBER[rule.protocol]),
    RuleAction: rule.action,
    Egress: egress,
    CidrBlock: rule.cidr,
    ...(rule.protocol === 'icmp'
      ? { Icmp: { Code: -1, Type: -1 } }
      : range
        ? { PortRange: { From: range.from, To: range.to } }
        : {}),
  };
}

function routeTargetKey(t: CfnTemplate, target: string): string | undefined {
  const type = t.index.byId.get(target)?.type;
  if (type === 'internet-gateway') return 'GatewayId';
  if (type === 'nat-gateway') return 'NatGatewayId';
  if (type === 'vpc-endpoint') return 'VpcEndpointId';
  if (type === 'ec2-instance') return 'InstanceId';
  if (type === 'vpc-peering') return 'VpcPeeringConnectionId';
  if (type === 'transit-gateway') return 'TransitGatewayId';
  return undefined;
}

export function writeNetwork(t: CfnTemplate, r: Resource): boolean {
  const { index } = t;
  switch (r.type) {
    case 'vpc':
      t.add(r, 'AWS::EC2::VPC', {
        CidrBlock: r.props.cidr,
        EnableDnsSupport: true,
        EnableDnsHostnames: true,
      });
      return true;
    case 'subnet': {
      const at = index.azIndex(r.props.az);
      const az =
        at >= 0 ? { 'Fn::Select': [at, { 'Fn::GetAZs': '' }] } : `${index.design.region}${r.props.az}`;
      const name = t.add(r, 'AWS::EC2::Subnet', {
        VpcId: ref(t.id(t.index.vpcOf(r) ?? '')),
        CidrBlock: r.props.cidr,
        AvailabilityZone: az,
        ...(r.props.mapPublicIp ? { MapPublicIpOnLaunch: true } : {}),
      });
      const main = index.design.resources.find(
        (x) => x.type === 'route-table' && x.parent === r.parent && x.props.main,
      );
      const table = r.props.routeTable ?? main?.id;
      if (table && t.get(table, 'route-table')) {
        t.addExtra(
          `${name}RouteTableAssociation`,
          'AWS::EC2::SubnetRouteTableAssociation',
          { SubnetId: ref(name), RouteTableId: ref(t.id(table)) },
          { implicit: !r.props.routeTable },
        );
      }
      if (r.props.networkAcl && t.get(r.props.networkAcl, 'network-acl')) {
        t.addExtra(`${name}NetworkAclAssociation`, 'AWS::EC2::SubnetNetworkAclAssociation', {
          SubnetId: ref(name),
          NetworkAclId: ref(t.id(r.props.networkAcl)),
        });
      }
      return true;
    }
    case 'route-table': {
      const name = t.add(
        r,
        'AWS::EC2::RouteTable',
        { VpcId: ref(t.id(r.parent ?? '')) },
        r.props.main ? { metadata: { main: true } } : {},
      );
      r.props.routes.forEach((route, i) => {
        const key = routeTargetKey(t, route.target);
        if (!key) return;
        const igw = t.get(route.target, 'internet-gateway');
        t.addExtra(
          `${name}Route${i + 1}`,
          'AWS::EC2::Route',
          {
            RouteTableId: ref(name),
            DestinationCidrBlock: route.destination,
            [key]: ref(t.id(route.target)),
          },
          igw?.parent ? { attributes: { DependsOn: t.attachmentOf(igw.id) } } : {},
        );
      });
      return true;
    }
    case 'internet-gateway': {
      const name = t.add(r, 'AWS::EC2::InternetGateway', {});
      if (r.parent) {
        t.resources[t.attachmentOf(r.id)] = {
          Type: 'AWS::EC2::VPCGatewayAttachment',
          Properties: { VpcId: ref(t.id(r.parent)), InternetGatewayId: ref(name) },
        };
      }
      return true;
    }
    case 'elastic-ip': {
      const name = t.add(r, 'AWS::EC2::EIP', { Domain: 'vpc' });
      const instance = t.get(r.props.attachedTo, 'ec2-instance');
      if (instance) {
        t.addExtra(`${name}Association`, 'AWS::EC2::EIPAssociation', {
          AllocationId: getAtt(name, 'AllocationId'),
          InstanceId: ref(t.id(instance.id)),
        });
      }
      return true;
    }
    case 'nat-gateway': {
      const isPrivate = r.props.connectivity === 'private';
      let allocation: Json | undefined;
      if (!isPrivate) {
        const eip = t.get(r.props.elasticIp, 'elastic-ip');
        const eipName = eip
          ? t.id(eip.id)
          : t.addExtra(`${t.id(r.id)}Eip`, 'AWS::EC2::EIP', { Domain: 'vpc' }, { implicit: true });
        allocation = getAtt(eipName, 'AllocationId');
      }
      t.add(r, 'AWS::EC2::NatGateway', {
        SubnetId: ref(t.id(r.parent ?? '')),
        ...(isPrivate ? { ConnectivityType: 'private' } : { AllocationId: allocation }),
      });
      return true;
    }
    case 'security-group': {
      const cidrIn = r.props.inbound.filter((rule) => !t.get(rule.peer, 'security-group'));
      const out = r.props.outbound;
      const cidrOut = out?.filter((rule) => !t.get(rule.peer, 'security-group'));
      const name = t.add(r, 'AWS::EC2::SecurityGroup', {
        GroupDescription: asciiText(r.name, r.id),
        VpcId: ref(t.id(t.index.vpcOf(r) ?? '')),
        ...(cidrIn.length
          ? { SecurityGroupIngress: cidrIn.map((rule) => sgRuleBody(t, rule, 'SourceSecurityGroupId')) }
          : {}),
        ...(out
          ? {
              SecurityGroupEgress: cidrOut?.length
                ? cidrOut.map((rule) => sgRuleBody(t, rule, 'DestinationSecurityGroupId'))
                : [NO_EGRESS],
            }
          : {}),
      });
      // Rules naming another group are separate resources: two groups naming each other inline
      // would be a circular dependency.
      r.props.inbound.forEach((rule, i) => {
        if (!t.get(rule.peer, 'security-group')) return;
        t.addExtra(`${name}Ingress${i + 1}`, 'AWS::EC2::SecurityGroupIngress', {
          GroupId: getAtt(name, 'GroupId'),
          ...sgRuleBody(t, rule, 'SourceSecurityGroupId'),
        });
      });
      out?.forEach((rule, i) => {
        if (!t.get(rule.peer, 'security-group')) return;
        t.addExtra(`${name}Egress${i + 1}`, 'AWS::EC2::SecurityGroupEgress', {
          GroupId: getAtt(name, 'GroupId'),
          ...sgRuleBody(t, rule, 'DestinationSecurityGroupId'),
        });
      });
      return true;
    }
    case 'network-acl': {
      const name = t.add(r, 'AWS::EC2::NetworkAcl', { VpcId: ref(t.id(r.parent ?? '')) });
      r.props.inbound.forEach((rule) =>
        t.addExtra(`${name}In${rule.rule}`, 'AWS::EC2::NetworkAclEntry', naclEntry(t, name, rule, false)),
      );
      r.props.outbound.forEach((rule) =>
        t.addExtra(`${name}Out${rule.rule}`, 'AWS::EC2::NetworkAclEntry', naclEntry(t, name, rule, true)),
      );
      return true;
    }
    case 'vpc-endpoint': {
      const gateway = r.props.endpointType === 'gateway';
      const subnets = r.props.subnets ?? [];
      const groups = r.props.securityGroups ?? [];
      const tables = r.props.routeTables ?? [];
      t.add(
        r,
        'AWS::EC2::VPCEndpoint',
        {
          VpcId: ref(t.id(t.index.vpcOf(r) ?? '')),
          ServiceName: { 'Fn::Sub': `com.amazonaws.\${AWS::Region}.${r.props.service}` },
          VpcEndpointType: gateway ? 'Gateway' : 'Interface',
          ...(gateway && tables.length ? { RouteTableIds: tables.map((id) => ref(t.id(id))) } : {}),
          ...(!gateway && subnets.length ? { SubnetIds: subnets.map((id) => ref(t.id(id))) } : {}),
          ...(!gateway && groups.length ? { SecurityGroupIds: groups.map((id) => ref(t.id(id))) } : {}),
          ...(!gateway ? { PrivateDnsEnabled: r.props.privateDns ?? true } : {}),
        },
        { tags: false },
      );
      return true;
    }
    case 'ec2-instance': {
      const ami = t.parameter('LatestAmiId', {
        Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
        Default: '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
        Description: 'Machine image of the instances',
      });
      const groups = r.props.securityGroups.map((id) => getAtt(t.id(id), 'GroupId'));
      const subnet = ref(t.id(r.parent ?? ''));
      t.add(r, 'AWS::EC2::Instance', {
        ImageId: ami,
        InstanceType: r.props.instanceType ?? 't3.micro',
        ...(r.props.publicIp
          ? {
              NetworkInterfaces: [
                { DeviceIndex: '0', SubnetId: subnet, GroupSet: groups, AssociatePublicIpAddress: true },
              ],
            }
          : { SubnetId: subnet, SecurityGroupIds: groups }),
      });
      return true;
    }
    default:
      return writeMultiVpc(t, r);
  }
}

/**
 * The network engine's public vocabulary: what the model answers and what a trace returns.
 * Rules, cost hints, the simulation panel, lessons and `skyplan simulate` all speak these types,
 * so names here are a contract (see docs/file-format.md for the simulate JSON they print).
 */
import type { MessageKey, MessageParams } from '../i18n/index';
import type { Protocol, Resource, ResourceOf, SecurityGroupRule } from '../model/types';
import type { Cidr } from './cidr';

export type { Protocol };

/** Where a packet is going, as a route table sees it. */
export type Destination = { ip: number } | { cidr: Cidr } | { service: string };

/** An inclusive port range; a single port is { from: p, to: p }. */
export interface PortRange {
  from: number;
  to: number;
}

/** Ports a reply goes back to (AWS: clients pick an ephemeral port; NAT uses 1024-65535). */
export const EPHEMERAL_PORTS: PortRange = { from: 1024, to: 65535 };

export interface EffectiveRoute {
  /** "10.0.0.0/16", "0.0.0.0/0", or "pl-s3" for a gateway endpoint's prefix-list route. */
  destination: string;
  /** Parsed CIDR; null for a prefix-list route. */
  cidr: Cidr | null;
  /** For prefix-list routes: the AWS service the list stands for ("s3", "dynamodb"). */
  prefixList?: string;
  /** "local" or a resource id (which may not exist: a blackhole route). */
  target: string;
  /** local: the implicit VPC route; table: written in the table; endpoint: added by a gateway endpoint. */
  origin: 'local' | 'table' | 'endpoint';
  /** The table the route lives in; null for the implicit table of a VPC with no main table. */
  tableId: string | null;
}

export interface RouteTableChoice {
  tableId: string | null;
  /** How the table was chosen: the subnet names it, it is the VPC's main table, or none exists. */
  how: 'explicit' | 'main' | 'implicit';
  routes: EffectiveRoute[];
}

/** The other end of a security-group check: its address and, when it is inside a VPC, its groups. */
export interface Peer {
  ip: number;
  /** Security groups of the peer ENI; only these match SG-reference rules. */
  groups?: readonly string[];
  /** The AWS service the peer is ("s3"): prefix-list rules match it. */
  service?: string;
}

export interface SgMatch {
  groupId: string;
  /** Index of the matching rule in the group's inbound/outbound list; null for the implicit allow-all-outbound. */
  ruleIndex: number | null;
  rule: SecurityGroupRule | null;
}

export interface NaclMatch {
  allowed: boolean;
  /** The deciding rule number, or '*' for the implicit final deny. The default NACL reports 100. */
  rule: number | '*';
  /** null: the subnet uses the VPC's default network ACL, which allows everything. */
  naclId: string | null;
  /** When denied: the first part of the asked port range that no allow rule let through. */
  uncovered?: PortRange;
}

export type ServiceVia = 'gateway-endpoint' | 'interface-endpoint' | 'nat' | 'internet-gateway' | 'none';

export interface ServiceAccess {
  via: ServiceVia;
  /** The endpoint, NAT gateway or internet gateway used. */
  resource?: string;
  /** The route that decided, for gateway endpoints, NAT and IGW. */
  route?: EffectiveRoute;
}

/** Where a network resource sits: one network interface per subnet. */
export interface Placement {
  subnet: ResourceOf<'subnet'>;
  /** A representative private address inside the subnet (the first addresses are AWS's). */
  ip: number;
}

/** Answers about one design. Returned arrays and objects are shared by every caller: never mutate them. */
export interface NetworkModel {
  resource(id: string): Resource | undefined;
  vpcOf(resourceId: string): ResourceOf<'vpc'> | undefined;
  /** Subnets where the resource has network interfaces: parent subnet, props.subnets, ALB and interface-endpoint subnets. */
  subnetsOf(resourceId: string): ResourceOf<'subnet'>[];
  azsOf(resourceId: string): string[];
  placementsOf(resourceId: string): Placement[];
  routeTableOf(subnetId: string): RouteTableChoice;
  /** Longest prefix match, including the local route and gateway-endpoint prefix-list routes. */
  routeFor(subnetId: string, destination: Destination): EffectiveRoute | undefined;
  /** Some route of the subnet's table goes to an internet gateway attached to the same VPC. */
  isPublicSubnet(subnetId: string): boolean;
  /** That route (the longest such prefix), or undefined for a private subnet. */
  internetRouteOf(subnetId: string): EffectiveRoute | undefined;
  /** publicIp / mapPublicIp / assignPublicIp / an Elastic IP / an internet-facing ALB / a public NAT. */
  hasPublicAddress(resourceId: string): boolean;
  securityGroupsOf(resourceId: string): string[];
  /** Stateful groups: a match allows the flow and its reply. No outbound rules given = allow all out. */
  sgAllows(
    groupIds: readonly string[],
    direction: 'inbound' | 'outbound',
    protocol: Protocol,
    port: number | PortRange | undefined,
    peer: Peer,
  ): SgMatch | null;
  /** Stateless: rule-number order, first match wins, implicit deny. A port range must pass in full. */
  naclDecision(
    subnetId: string,
    direction: 'inbound' | 'outbound',
    protocol: Protocol,
    port: number | PortRange | undefined,
    cidrOrIp: number | Cidr,
  ): NaclMatch;
  /** How a subnet reaches an AWS service: endpoint first, then NAT, then internet gateway. */
  serviceAccess(subnetId: string, service: string): ServiceAccess;
  /** The internet gateway attached to a VPC, if any. */
  internetGatewayOf(vpcId: string): ResourceOf<'internet-gateway'> | undefined;
  /** Interface endpoints of a service in a VPC (any DNS setting). */
  interfaceEndpointsFor(vpcId: string, service: string): ResourceOf<'vpc-endpoint'>[];
}

export interface TraceOptions {
  /** Failure mode: these AZ letters and resource ids are down. */
  failed?: { azs?: readonly string[]; resources?: readonly string[] };
  /** Trace IPv6 traffic (a connection's own `ipVersion` decides for traceAll). Default 4. */
  ipVersion?: 4 | 6;
}

export type HopAction =
  | 'source'
  | 'route'
  | 'sg-egress'
  | 'sg-ingress'
  | 'sg-return'
  | 'nacl-egress'
  | 'nacl-ingress'
  | 'listener'
  | 'nat'
  | 'igw'
  | 'endpoint'
  | 'service'
  | 'invoke'
  | 'deliver'
  | 'peering'
  | 'tgw';

export interface Hop {
  resource: string;
  direction: 'forward' | 'return';
  action: HopAction | string;
  detail: MessageKey;
  params: MessageParams;
}

export type BlockedCode =
  | 'NO_ROUTE'
  | 'NO_INTERNET_GATEWAY'
  | 'NO_PUBLIC_IP'
  | 'NAT_NOT_PUBLIC'
  | 'SG_EGRESS_DENIED'
  | 'SG_INGRESS_DENIED'
  | 'NACL_EGRESS_DENIED'
  | 'NACL_INGRESS_DENIED'
  | 'NACL_RETURN_DENIED'
  | 'NO_LISTENER'
  | 'INTERNAL_ONLY'
  | 'SERVICE_UNREACHABLE'
  | 'RESOURCE_FAILED'
  | 'AZ_FAILED'
  | 'NO_TARGET'
  | 'CYCLE'
  | 'TOO_MANY_HOPS'
  | 'UNSUPPORTED_FLOW'
  | 'UNKNOWN_RESOURCE'
  | 'NOT_PLACED'
  | 'SOURCE_DEST_CHECK'
  | 'PEERING_NOT_TRANSITIVE'
  | 'PEERING_EDGE_TO_EDGE'
  | 'PEER_NO_ROUTE'
  | 'VPC_CIDR_OVERLAP'
  | 'TGW_BLACKHOLE'
  | 'TGW_NO_ROUTE'
  | 'TGW_RT_NOT_ASSOCIATED'
  | 'TGW_NO_ATTACHMENT_IN_AZ'
  | 'EGRESS_ONLY_INBOUND'
  | 'NO_IPV6_ADDRESS'
  | 'NLB_ZONE_NO_TARGET';

export const BLOCKED_CODES: readonly BlockedCode[] = [
  'NO_ROUTE',
  'NO_INTERNET_GATEWAY',
  'NO_PUBLIC_IP',
  'NAT_NOT_PUBLIC',
  'SG_EGRESS_DENIED',
  'SG_INGRESS_DENIED',
  'NACL_EGRESS_DENIED',
  'NACL_INGRESS_DENIED',
  'NACL_RETURN_DENIED',
  'NO_LISTENER',
  'INTERNAL_ONLY',
  'SERVICE_UNREACHABLE',
  'RESOURCE_FAILED',
  'AZ_FAILED',
  'NO_TARGET',
  'CYCLE',
  'TOO_MANY_HOPS',
  'UNSUPPORTED_FLOW',
  'UNKNOWN_RESOURCE',
  'NOT_PLACED',
  'SOURCE_DEST_CHECK',
  'PEERING_NOT_TRANSITIVE',
  'PEERING_EDGE_TO_EDGE',
  'PEER_NO_ROUTE',
  'VPC_CIDR_OVERLAP',
  'TGW_BLACKHOLE',
  'TGW_NO_ROUTE',
  'TGW_RT_NOT_ASSOCIATED',
  'TGW_NO_ATTACHMENT_IN_AZ',
  'EGRESS_ONLY_INBOUND',
  'NO_IPV6_ADDRESS',
  'NLB_ZONE_NO_TARGET',
];

export interface Blocked {
  code: BlockedCode;
  /** The AWS Reachability Analyzer explanation code for the same situation, when there is one. */
  raCode?: string;
  /** The resource that drops the traffic (the root cause). */
  resource: string;
  message: MessageKey;
  params: MessageParams;
  fix: MessageKey;
  fixParams?: MessageParams;
}

export interface TraceResult {
  reachable: boolean;
  /** network: packets cross VPC components (with a return path); service: AWS services hand it on. */
  kind: 'network' | 'service';
  hops: Hop[];
  blocked: Blocked | null;
}

/** What `skyplan simulate --format json` prints (docs/file-format.md), plus the fix sentence. */
export interface SimulateJson {
  reachable: boolean;
  hops: { resource: string; direction: 'forward' | 'return'; action: string; detail: string }[];
  blocked: null | { code: BlockedCode; raCode?: string; resource: string; message: string; fix: string };
}

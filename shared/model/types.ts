/**
 * The design document, format version 1 (see docs/file-format.md). This is the one contract shared
 * by the canvas, the engine, the command line, saved files and tests. Names here are fixed;
 * new fields may be added, never renamed.
 */

export const FORMAT = 'skyplan';
export const CURRENT_VERSION = 1;

export const RESOURCE_TYPES = [
  'internet',
  'vpc',
  'subnet',
  'route-table',
  'internet-gateway',
  'nat-gateway',
  'elastic-ip',
  'vpc-endpoint',
  'security-group',
  'network-acl',
  'alb',
  'ecs-service',
  'ec2-instance',
  'lambda-function',
  'rds-instance',
  's3-bucket',
  'dynamodb-table',
  'sqs-queue',
  'sns-topic',
  'api-gateway',
  'eventbridge-bus',
  'nlb',
  'egress-only-internet-gateway',
  'vpc-peering',
  'transit-gateway',
  'transit-gateway-attachment',
  'transit-gateway-route-table',
] as const;

export type ResourceType = (typeof RESOURCE_TYPES)[number];

export type Protocol = 'tcp' | 'udp' | 'icmp' | 'all';
export const PROTOCOLS: readonly Protocol[] = ['tcp', 'udp', 'icmp', 'all'];

export type ConnectionKind = 'network' | 'invoke' | 'publish' | 'subscribe' | 'trigger';
export const CONNECTION_KINDS: readonly ConnectionKind[] = [
  'network',
  'invoke',
  'publish',
  'subscribe',
  'trigger',
];

export interface Route {
  /** IPv4 or IPv6 CIDR, e.g. "0.0.0.0/0" or "::/0". */
  destination: string;
  /** Resource id: internet-gateway, nat-gateway, vpc-endpoint, ec2-instance, ... */
  target: string;
}

export interface SecurityGroupRule {
  protocol: Protocol;
  /** "443" or "1024-65535"; absent means every port of the protocol. */
  ports?: string;
  /** IPv4 CIDR or a security-group id. */
  peer: string;
  description?: string;
}

export interface NetworkAclRule {
  rule: number;
  protocol: Protocol;
  ports?: string;
  cidr: string;
  action: 'allow' | 'deny';
}

export interface Listener {
  port: number;
  protocol: 'HTTP' | 'HTTPS' | 'TCP' | 'TLS' | 'UDP' | 'TCP_UDP';
}

/** Props for each resource type. Defaulted fields are optional; read them through `propsOf`. */
export interface PropsByType {
  internet: { dataOutGbPerMonth?: number };
  vpc: {
    cidr: string;
    /** IPv6 block (AWS hands out a /56); absent: an IPv4-only VPC. */
    ipv6Cidr?: string;
  };
  subnet: {
    cidr: string;
    az: string;
    routeTable?: string;
    networkAcl?: string;
    mapPublicIp?: boolean;
    /** IPv6 block, a /64 inside the VPC's ipv6Cidr; interfaces in the subnet then get IPv6 addresses too. */
    ipv6Cidr?: string;
  };
  'route-table': { main?: boolean; routes: Route[] };
  'internet-gateway': Record<string, never>;
  'nat-gateway': {
    connectivity?: 'public' | 'private';
    elasticIp?: string;
    dataProcessedGbPerMonth?: number;
  };
  'elastic-ip': { attachedTo?: string };
  'vpc-endpoint': {
    service: string;
    endpointType: 'gateway' | 'interface';
    routeTables?: string[];
    subnets?: string[];
    securityGroups?: string[];
    privateDns?: boolean;
    dataProcessedGbPerMonth?: number;
  };
  'security-group': { inbound: SecurityGroupRule[]; outbound?: SecurityGroupRule[] };
  'network-acl': { inbound: NetworkAclRule[]; outbound: NetworkAclRule[] };
  alb: {
    scheme: 'internet-facing' | 'internal';
    subnets: string[];
    securityGroups: string[];
    listeners: Listener[];
    newConnectionsPerSec?: number;
    avgConnectionDurationSec?: number;
    requestsPerSec?: number;
    processedGbPerHour?: number;
    ruleCount?: number;
    dataOutGbPerMonth?: number;
  };
  'ecs-service': {
    subnets?: string[];
    securityGroups: string[];
    launchType?: 'fargate' | 'ec2';
    desiredCount?: number;
    cpu?: number;
    memoryGb?: number;
    assignPublicIp?: boolean;
    imageSource?: 'ecr' | 'public';
    cpuArchitecture?: 'x86_64' | 'arm64';
    ephemeralStorageGb?: number;
    runningHoursPerMonth?: number;
    containerPort?: number;
    dataOutGbPerMonth?: number;
    /** Deployment settings (docs/file-format.md, "Deployments and capacity"). AWS defaults: rolling 100/200. */
    deploymentStrategy?: 'rolling' | 'blue-green';
    minimumHealthyPercent?: number;
    maximumPercent?: number;
    /** Blue/green: how traffic moves from the blue target group to the green one. */
    trafficShifting?: 'all-at-once' | 'canary' | 'linear';
    shiftPercent?: number;
    shiftIntervalMinutes?: number;
    rollbackOnFailure?: boolean;
    /** EC2 launch type: a fixed host port (absent or 0: dynamic port mapping). */
    hostPort?: number;
    containerInstanceType?: string;
    containerInstanceCount?: number;
    reservedMemoryMb?: number;
    /** Usage: deploys a month and how long one batch takes to start, pass health checks and drain. */
    deploysPerMonth?: number;
    deployStepMinutes?: number;
    /** Service auto scaling: task range and the target-tracking metric and value. */
    autoScalingMin?: number;
    autoScalingMax?: number;
    scalingMetric?: 'cpu' | 'memory' | 'requests-per-target';
    scalingTargetValue?: number;
  };
  'ec2-instance': {
    instanceType?: string;
    publicIp?: boolean;
    elasticIp?: string;
    securityGroups: string[];
    dataOutGbPerMonth?: number;
    /** AWS default true; a NAT instance needs it off to forward others' traffic. */
    sourceDestCheck?: boolean;
  };
  'lambda-function': {
    memoryMb?: number;
    timeoutSec?: number;
    architecture?: 'x86_64' | 'arm64';
    subnets?: string[];
    securityGroups?: string[];
    deadLetterTarget?: string;
    requestsPerMonth?: number;
    avgDurationMs?: number;
    ephemeralStorageMb?: number;
    dataOutGbPerMonth?: number;
    /** Concurrency (docs/file-format.md, "Deployments and capacity"). */
    reservedConcurrency?: number;
    provisionedConcurrency?: number;
    runtime?: 'nodejs' | 'python' | 'go' | 'java' | 'dotnet';
    packageSizeMb?: number;
    peakRequestsPerSec?: number;
    provisionedHoursPerMonth?: number;
    provisionedRequestsPerMonth?: number;
    provisionedAvgDurationMs?: number;
  };
  'rds-instance': {
    engine?: string;
    instanceClass?: string;
    multiAz?: boolean;
    storageGb?: number;
    subnets?: string[];
    securityGroups: string[];
    port?: number;
    publiclyAccessible?: boolean;
  };
  's3-bucket': { storageGb?: number; putRequestsPerMonth?: number; getRequestsPerMonth?: number };
  'dynamodb-table': {
    writeRequestUnitsPerMonth?: number;
    readRequestUnitsPerMonth?: number;
    storageGb?: number;
  };
  'sqs-queue': {
    fifo?: boolean;
    deadLetterTarget?: string;
    visibilityTimeoutSec?: number;
    requestsPerMonth?: number;
    avgPayloadKb?: number;
  };
  'sns-topic': {
    fifo?: boolean;
    publishesPerMonth?: number;
    /** Cost usage: email (and email-JSON) subscriptions, each delivered every publish. */
    emailSubscriptions?: number;
  };
  'api-gateway': {
    apiType: 'http' | 'rest' | 'websocket';
    endpointType?: 'regional' | 'edge' | 'private';
    requestsPerMonth?: number;
    integrationTimeoutSec?: number;
  };
  'eventbridge-bus': { eventsPerMonth?: number };
  /** Network Load Balancer: layer 4, client IP preserved, security groups optional. */
  nlb: {
    scheme: 'internet-facing' | 'internal';
    subnets: string[];
    securityGroups?: string[];
    listeners: Listener[];
    /** AWS default for NLBs: off (each zone's node sends only to targets in its own zone). */
    crossZone?: boolean;
    newConnectionsPerSec?: number;
    activeConnections?: number;
    processedGbPerHour?: number;
    dataOutGbPerMonth?: number;
  };
  /** IPv6 only, outbound only: the IPv6 counterpart of a NAT gateway (no address translation). */
  'egress-only-internet-gateway': Record<string, never>;
  /** A VPC peering connection: routes to the other VPC's CIDR target it in both VPCs' tables. */
  'vpc-peering': {
    requesterVpc: string;
    accepterVpc: string;
    /** Cost usage: GB a month crossing the peering between different AZs (billed out and in). */
    crossAzGbPerMonth?: number;
    /** Cost usage: GB a month sent to an accepter VPC in another Region (inter-Region transfer). */
    interRegionGbPerMonth?: number;
  };
  /** A regional router between VPCs: it has no charge of its own (its attachments do). */
  'transit-gateway': Record<string, never>;
  /** A VPC attached to a transit gateway: one subnet per AZ holds the attachment's interface. */
  'transit-gateway-attachment': {
    transitGateway: string;
    subnets: string[];
    /** Cost usage: GB a month this VPC sends into the transit gateway. */
    dataProcessedGbPerMonth?: number;
  };
  /**
   * A transit gateway route table: the attachments associated with it look up their traffic
   * here; propagating attachments add their VPC CIDR; static routes target an attachment or
   * "blackhole" (drop).
   */
  'transit-gateway-route-table': {
    transitGateway: string;
    associations?: string[];
    propagations?: string[];
    routes?: Route[];
  };
}

export interface ResourceOf<T extends ResourceType> {
  id: string;
  type: T;
  name?: string;
  /** Containment: what it is drawn inside and placed in. */
  parent?: string;
  props: PropsByType[T];
}

/** Any resource; narrow on `type` to get typed props. */
export type Resource = { [T in ResourceType]: ResourceOf<T> }[ResourceType];

export interface Connection {
  id: string;
  from: string;
  to: string;
  /** Absent means "network" for placed resources. */
  kind?: ConnectionKind;
  protocol?: Protocol;
  port?: number;
  name?: string;
  /** Cost usage: GB a month this connection carries to the internet (egress pricing). */
  dataOutGbPerMonth?: number;
  /** Cost usage: GB a month this connection carries (inter-AZ transfer pricing). */
  dataGbPerMonth?: number;
  /** Which IP version the traffic uses: 4 (absent) or 6 (needs IPv6 blocks on both ends' subnets). */
  ipVersion?: 4 | 6;
}

export interface LayoutBox {
  x: number;
  y: number;
  w?: number;
  h?: number;
}

export interface Assumptions {
  hoursPerMonth?: number;
  freeTier?: boolean;
  /** KRW per USD used for the KRW column of cost reports. */
  krwPerUsd?: number;
  /** The account's Lambda concurrency limit in the design's Region (AWS default 1,000). */
  lambdaConcurrencyLimit?: number;
}

export interface Design {
  format: typeof FORMAT;
  version: typeof CURRENT_VERSION;
  name: string;
  region: string;
  description?: string;
  assumptions?: Assumptions;
  resources: Resource[];
  connections: Connection[];
  /** Presentation only: the engine never reads it. */
  layout?: Record<string, LayoutBox>;
  /** Extra top-level fields written by newer features are kept as they are. */
  [extra: string]: unknown;
}

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

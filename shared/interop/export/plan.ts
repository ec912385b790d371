/**
 * What both exporters need to know about a design beyond its props: a name for each resource in
 * the target language, the subnets each resource is placed in, and which props have no
 * CloudFormation/Terraform equivalent (usage assumptions), which travel as Skyplan metadata so
 * that importing the export again prices the same.
 */
import { CATALOG } from '../../catalog/index';
import type { Design, Resource, ResourceType } from '../../model/types';
import { placedSubnetIds } from '../../model/placement';
import { zoneLetters } from '../../edit/zones';

/** Props each exporter writes as real properties; every other prop goes to metadata. */
export const NATIVE_PROPS: Readonly<Record<ResourceType, readonly string[]>> = {
  internet: [],
  vpc: ['cidr'],
  subnet: ['cidr', 'az', 'routeTable', 'networkAcl', 'mapPublicIp'],
  'route-table': ['routes'],
  'internet-gateway': [],
  'nat-gateway': ['connectivity', 'elasticIp'],
  'elastic-ip': ['attachedTo'],
  'vpc-endpoint': ['service', 'endpointType', 'routeTables', 'subnets', 'securityGroups', 'privateDns'],
  'security-group': ['inbound', 'outbound'],
  'network-acl': ['inbound', 'outbound'],
  alb: ['scheme', 'subnets', 'securityGroups', 'listeners'],
  'ecs-service': [
    'subnets',
    'securityGroups',
    'launchType',
    'desiredCount',
    'cpu',
    'memoryGb',
    'assignPublicIp',
    'imageSource',
    'cpuArchitecture',
    'ephemeralStorageGb',
    'containerPort',
  ],
  'ec2-instance': ['instanceType', 'publicIp', 'elasticIp', 'securityGroups'],
  'lambda-function': [
    'memoryMb',
    'timeoutSec',
    'architecture',
    'subnets',
    'securityGroups',
    'deadLetterTarget',
    'ephemeralStorageMb',
  ],
  'rds-instance': [
    'engine',
    'instanceClass',
    'multiAz',
    'storageGb',
    'subnets',
    'securityGroups',
    'port',
    'publiclyAccessible',
  ],
  's3-bucket': [],
  'dynamodb-table': [],
  'sqs-queue': ['fifo', 'deadLetterTarget', 'visibilityTimeoutSec'],
  'sns-topic': ['fifo'],
  'api-gateway': ['apiType', 'endpointType'],
  'eventbridge-bus': [],
  'vpc-peering': ['requesterVpc', 'accepterVpc'],
  'transit-gateway': [],
  'transit-gateway-attachment': ['transitGateway', 'subnets'],
  'transit-gateway-route-table': ['transitGateway', 'associations', 'propagations', 'routes'],
  nlb: [],
  'egress-only-internet-gateway': [],
};

/** Props with no native equivalent, as given in the design (defaults are left to the reader). */
export function usageOf(resource: Resource): Record<string, unknown> | undefined {
  const native = new Set(NATIVE_PROPS[resource.type]);
  const out: Record<string, unknown> = {};
  for (const field of CATALOG[resource.type].fields) {
    const value = (resource.props as Record<string, unknown>)[field.key];
    if (value !== undefined && !native.has(field.key)) out[field.key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Unique names in a target language's syntax, derived from Skyplan ids. */
export class Names {
  private readonly taken = new Set<string>();
  private readonly byId = new Map<string, string>();

  constructor(private readonly clean: (id: string) => string) {}

  /** The name of a design resource (stable for the id). */
  of(id: string): string {
    const known = this.byId.get(id);
    if (known) return known;
    const name = this.fresh(this.clean(id));
    this.byId.set(id, name);
    return name;
  }

  /** A new name for a resource the export adds (an association, a listener). */
  fresh(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(name); n++) name = `${wanted}${n}`;
    this.taken.add(name);
    return name;
  }
}

export interface DesignIndex {
  design: Design;
  byId: ReadonlyMap<string, Resource>;
  placed(resource: Resource): string[];
  /** The index of an AZ letter in the region's list (for GetAZs / data sources). */
  azIndex(letter: string): number;
  /** The VPC a resource sits in (through its parent or its first placed subnet). */
  vpcOf(resource: Resource): string | undefined;
}

export function indexDesign(design: Design): DesignIndex {
  const byId = new Map(design.resources.map((r) => [r.id, r]));
  const letters = zoneLetters(design.region);
  const placed = (resource: Resource): string[] =>
    placedSubnetIds(resource, resource.parent ? byId.get(resource.parent)?.type : undefined).filter(
      (id) => byId.get(id)?.type === 'subnet',
    );
  const vpcOf = (resource: Resource): string | undefined => {
    let current: Resource | undefined = resource;
    for (let depth = 0; current && depth < 4; depth++) {
      if (current.type === 'vpc') return current.id;
      current = current.parent ? byId.get(current.parent) : undefined;
    }
    const subnet = placed(resource)[0];
    return subnet ? byId.get(subnet)?.parent : undefined;
  };
  return { design, byId, placed, azIndex: (letter) => letters.indexOf(letter), vpcOf };
}

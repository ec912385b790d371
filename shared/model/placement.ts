/**
 * Where a resource is placed: the one answer that the network engine, the canvas, the inspector,
 * the trace highlight, failure mode and the exports all read.
 *
 * A subnet-placed resource is placed in every subnet its `subnets` prop lists (ALB, ECS service,
 * RDS, VPC-attached Lambda, interface endpoint) or, for the types that live in exactly one subnet
 * (EC2 instance, NAT gateway), in its parent subnet. ECS services, RDS and Lambda without a
 * `subnets` list fall back to their parent subnet. Its `parent` is where the first ("home")
 * shape is drawn; every other subnet it uses gets a linked replica shape whose layout box is
 * stored under `replicaLayoutKey(id, subnetId)` (relative to that subnet, like every box).
 */
import type { Resource, ResourceType } from './types';

/** Types that live inside subnets (drawn inside each subnet they use). */
export const SUBNET_PLACED_TYPES: ReadonlySet<ResourceType> = new Set<ResourceType>([
  'alb',
  'nlb',
  'ecs-service',
  'ec2-instance',
  'rds-instance',
  'lambda-function',
  'nat-gateway',
  'vpc-endpoint',
  'transit-gateway-attachment',
]);

/** Types whose placement is a list of subnets (`props.subnets`). */
export const MULTI_SUBNET_TYPES: ReadonlySet<ResourceType> = new Set<ResourceType>([
  'alb',
  'nlb',
  'ecs-service',
  'rds-instance',
  'lambda-function',
  'vpc-endpoint',
  'transit-gateway-attachment',
]);

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * The ids of the subnets a resource is placed in, in declaration order, without duplicates.
 * `parentType` is the type of `resource.parent` (undefined when it has none or it is unknown).
 */
export function placedSubnetIds(resource: Resource, parentType: ResourceType | undefined): string[] {
  const props = (resource.props ?? {}) as Record<string, unknown>;
  let ids: string[];
  switch (resource.type) {
    case 'ec2-instance':
    case 'nat-gateway':
      ids = resource.parent ? [resource.parent] : [];
      break;
    case 'ecs-service':
    case 'rds-instance':
    case 'lambda-function': {
      const listed = stringsOf(props.subnets);
      ids = listed.length > 0 ? listed : resource.parent && parentType === 'subnet' ? [resource.parent] : [];
      break;
    }
    case 'alb':
    case 'nlb':
    case 'transit-gateway-attachment':
      ids = stringsOf(props.subnets);
      break;
    case 'vpc-endpoint':
      ids = props.endpointType === 'interface' ? stringsOf(props.subnets) : [];
      break;
    case 'subnet':
      ids = [resource.id];
      break;
    default:
      ids = [];
  }
  return [...new Set(ids)];
}

/** Layout key of the replica shape of `resourceId` drawn inside `subnetId`. */
export function replicaLayoutKey(resourceId: string, subnetId: string): string {
  return `${resourceId}@${subnetId}`;
}

/** The resource and subnet ids of a replica layout key, or undefined for a plain id. */
export function parseReplicaLayoutKey(key: string): { resourceId: string; subnetId: string } | undefined {
  const at = key.indexOf('@');
  if (at <= 0 || at === key.length - 1) return undefined;
  return { resourceId: key.slice(0, at), subnetId: key.slice(at + 1) };
}

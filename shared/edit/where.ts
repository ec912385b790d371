/**
 * Where a resource may go. The catalog says which container types a type accepts; on top of
 * that, resources that live in subnets (shared/model/placement.ts) must land in a subnet, and
 * anything else lands in the innermost container under the pointer that accepts it (a route
 * table dropped on a subnet lands in the subnet's VPC). A refusal says why and where it can go.
 */
import { CATALOG, canPlace, initialProps } from '../catalog/index';
import type { ParentRule } from '../catalog/index';
import { containerAt, indexResources, isContainer } from '../diagram/geometry';
import { SUBNET_PLACED_TYPES } from '../model/placement';
import type { Design, Resource, ResourceType } from '../model/types';
import type { EditResult, Message, Point } from './types';
import { ok, refuse, typeName } from './types';

/**
 * Whether a resource of `type` (with these props) must sit in a subnet. Lambda outside any VPC
 * and gateway endpoints (reached through route tables, not subnets) do not.
 */
export function needsSubnet(type: ResourceType, props: Record<string, unknown> = {}): boolean {
  if (!SUBNET_PLACED_TYPES.has(type)) return false;
  if (type === 'vpc-endpoint') return props.endpointType === 'interface';
  return true;
}

/** The containers around a point, innermost first (a subnet, its VPC). */
export function containerChain(design: Design, point: Point, exclude?: ReadonlySet<string>): Resource[] {
  const index = indexResources(design);
  const chain: Resource[] = [];
  let current = containerAt(design, point, exclude);
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = current.parent ? index.get(current.parent) : undefined;
  }
  return chain;
}

export function subnetsOfVpc(design: Design, vpcId: string): Resource[] {
  return design.resources.filter((r) => r.type === 'subnet' && r.parent === vpcId);
}

/** "Public A (pubA)" style names for refusals that list where something can go. */
export function displayName(resource: Resource): string {
  return resource.name ?? resource.id;
}

/** The generic refusal: "<type> cannot be placed <where>. Put it in: <allowed>." */
export function placeRefusal(
  type: ResourceType,
  parentType: ResourceType | undefined,
  mode: 'drop' | 'move' = 'drop',
): EditResult<never> {
  // Resources that live in subnets are only offered a subnet (the catalog also lists the VPC,
  // where older designs put them).
  const rules: readonly ParentRule[] = needsSubnet(type, initialProps(type) as Record<string, unknown>)
    ? ['subnet']
    : CATALOG[type].allowedParents;
  const allowed: Message[] = rules.map((p: ParentRule) =>
    p === 'none' ? { key: 'ui.drop.topLevelOption' } : typeName(p),
  );
  const where: Message = parentType
    ? { key: 'ui.drop.inside', params: { parent: typeName(parentType) } }
    : { key: 'ui.drop.topLevel' };
  return refuse(mode === 'drop' ? 'ui.drop.refused' : 'ui.move.refused', {
    type: typeName(type),
    where,
    allowed,
  });
}

/** "ECS service goes inside a subnet. Drop it on one of: App A, App B." */
export function subnetRefusal(
  design: Design,
  type: ResourceType,
  vpcId: string | undefined,
): EditResult<never> {
  const subnets = vpcId ? subnetsOfVpc(design, vpcId) : [];
  if (subnets.length === 0) return refuse('edit.refused.needsSubnetNone', { type: typeName(type) });
  return refuse('edit.refused.needsSubnet', { type: typeName(type), subnets: subnets.map(displayName) });
}

/**
 * The container a resource of `type` lands in, given the containers under the pointer
 * (innermost first): undefined means the top level.
 */
export function resolveContainer(
  design: Design,
  type: ResourceType,
  props: Record<string, unknown>,
  chain: readonly Resource[],
  mode: 'drop' | 'move' = 'drop',
): EditResult<Resource | undefined> {
  if (needsSubnet(type, props)) {
    const subnet = chain.find((c) => c.type === 'subnet');
    if (subnet) return ok<Resource | undefined>(subnet);
    const vpc = chain.find((c) => c.type === 'vpc');
    // A Lambda function outside every VPC is a plain (non-VPC) function.
    if (type === 'lambda-function' && !vpc) return ok<Resource | undefined>(undefined);
    if (vpc) return subnetRefusal(design, type, vpc.id);
    if (!canPlace(type, undefined)) return placeRefusal(type, chain[0]?.type, mode);
  }
  for (const container of chain) {
    // A gateway endpoint is reached through route tables: it never sits in a subnet.
    if (container.type === 'subnet' && type === 'vpc-endpoint') continue;
    if (canPlace(type, container.type)) return ok<Resource | undefined>(container);
  }
  if (canPlace(type, undefined)) return ok<Resource | undefined>(undefined);
  return placeRefusal(type, chain[0]?.type, mode);
}

/** Containers that may hold `type`, for keyboard adds: selection first, then every container. */
export function candidateContainers(design: Design, selection: readonly string[]): Resource[] {
  const result = selectionContainers(design, selection);
  for (const resource of design.resources) {
    if (isContainer(resource.type) && !result.includes(resource)) result.push(resource);
  }
  return result;
}

/** The selected containers and the containers around selected resources, innermost first. */
export function selectionContainers(design: Design, selection: readonly string[]): Resource[] {
  const index = indexResources(design);
  const result: Resource[] = [];
  for (const id of selection) {
    let current = index.get(id);
    while (current) {
      if (isContainer(current.type) && !result.includes(current)) result.push(current);
      current = current.parent ? index.get(current.parent) : undefined;
    }
  }
  return result;
}

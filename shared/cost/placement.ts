/**
 * Where priced things sit, read straight from the document: which subnets a resource uses and
 * the Availability Zones of those subnets. This is containment, not routing; routing questions
 * (which path reaches S3?) go to shared/network.
 */
import type { Design, Resource, ResourceOf } from '../model/types';

export function subnetIdsOf(resource: Resource, byId: ReadonlyMap<string, Resource>): string[] {
  const props = resource.props as { subnets?: unknown };
  if (Array.isArray(props.subnets) && props.subnets.length > 0) {
    return props.subnets.filter((id): id is string => typeof id === 'string');
  }
  const parent = resource.parent ? byId.get(resource.parent) : undefined;
  return parent?.type === 'subnet' ? [parent.id] : [];
}

export function azOfSubnet(id: string, byId: ReadonlyMap<string, Resource>): string | undefined {
  const subnet = byId.get(id);
  return subnet?.type === 'subnet' ? (subnet as ResourceOf<'subnet'>).props.az : undefined;
}

/** Distinct AZs of the resource's subnets, in the order the subnets are listed. */
export function azsOf(resource: Resource, byId: ReadonlyMap<string, Resource>): string[] {
  const azs: string[] = [];
  for (const id of subnetIdsOf(resource, byId)) {
    const az = azOfSubnet(id, byId);
    if (az !== undefined && !azs.includes(az)) azs.push(az);
  }
  return azs;
}

export function indexResources(design: Design): Map<string, Resource> {
  return new Map(design.resources.map((resource) => [resource.id, resource]));
}

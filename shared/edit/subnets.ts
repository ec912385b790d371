/**
 * Keeping a multi-subnet resource's three faces in agreement: its `subnets` prop (what the
 * engine and the inspector read), its `parent` (the subnet its home shape is drawn in) and its
 * replica layout boxes (`id@subnet`, one per other subnet). Every edit of where such a resource
 * lives goes through `setPlacedSubnets`; `normalizePlacement` repairs designs written before
 * (an ALB parented to its VPC with its subnets only listed).
 */
import { absolutePosition, indexResources } from '../diagram/geometry';
import type { ResourceIndex } from '../diagram/geometry';
import {
  MULTI_SUBNET_TYPES,
  parseReplicaLayoutKey,
  placedSubnetIds,
  replicaLayoutKey,
} from '../model/placement';
import type { Design, Resource } from '../model/types';
import { freeSlot, growToFit } from './boxes';
import { ShapeIndex } from './shape-index';

export function isMultiSubnet(resource: Resource): boolean {
  return MULTI_SUBNET_TYPES.has(resource.type);
}

/**
 * The subnets a resource is placed in (see shared/model/placement.ts), existing ones only.
 * Pass `index` when asking for many resources of one design.
 */
export function placedSubnetsOf(
  design: Design,
  resource: Resource,
  index: ResourceIndex = indexResources(design),
): string[] {
  return placedIn(index, resource);
}

function placedIn(index: ResourceIndex, resource: Resource): string[] {
  const parentType = resource.parent ? index.get(resource.parent)?.type : undefined;
  return placedSubnetIds(resource, parentType).filter((id) => index.get(id)?.type === 'subnet');
}

/** Layout keys of a resource's replica shapes. */
export function replicaKeysOf(design: Design, resourceId: string): string[] {
  return Object.keys(design.layout ?? {}).filter(
    (key) => parseReplicaLayoutKey(key)?.resourceId === resourceId,
  );
}

/**
 * Places a multi-subnet resource in exactly `subnets` (in that order). The home shape stays in
 * its parent subnet while that subnet is listed, else moves to the first listed one (taking
 * over the replica box there when it had one); replica boxes are added for newly listed subnets
 * and removed for unlisted ones. With no subnet left the resource goes back to the VPC level.
 */
export function setPlacedSubnets(draft: Design, id: string, subnets: readonly string[]): void {
  placeInSubnets(new ShapeIndex(draft), id, subnets);
}

/** setPlacedSubnets on the design of `shapes`, making every change through the index. */
function placeInSubnets(shapes: ShapeIndex, id: string, subnets: readonly string[]): void {
  const draft = shapes.design;
  const resource = shapes.first(id);
  if (!resource || !isMultiSubnet(resource)) return;
  const index = shapes.byId;
  const list = [...new Set(subnets)].filter((s) => index.get(s)?.type === 'subnet');
  const props = resource.props as Record<string, unknown>;
  draft.layout ??= {};
  const layout = draft.layout;

  if (list.length === 0) {
    const home = resource.parent ? index.get(resource.parent) : undefined;
    if (home?.type === 'subnet' && home.parent) {
      // Keep the shape where it is on screen, now relative to the VPC.
      const at = absolutePosition(draft, id, index);
      const origin = absolutePosition(draft, home.parent, index);
      const box = layout[id] ?? { x: 0, y: 0 };
      shapes.setBox(id, { ...box, x: at.x - origin.x, y: at.y - origin.y });
      shapes.setParent(resource, home.parent);
    }
    if (resource.type === 'alb') props.subnets = [];
    else delete props.subnets;
    for (const key of shapes.replicaKeysOf(id)) shapes.deleteBox(key);
    return;
  }

  props.subnets = list;
  const home = resource.parent && list.includes(resource.parent) ? resource.parent : (list[0] as string);
  if (resource.parent !== home) {
    const takeover = layout[replicaLayoutKey(id, home)];
    shapes.setParent(resource, home);
    shapes.deleteBox(replicaLayoutKey(id, home));
    shapes.setBox(id, takeover ? { ...takeover } : freeSlot(draft, home, resource.type, id, shapes));
  }
  for (const key of shapes.replicaKeysOf(id)) {
    const subnet = parseReplicaLayoutKey(key)?.subnetId;
    if (!subnet || subnet === home || !list.includes(subnet)) shapes.deleteBox(key);
  }
  for (const subnet of list) {
    if (subnet === home) continue;
    const key = replicaLayoutKey(id, subnet);
    if (!layout[key]) shapes.setBox(key, freeSlot(draft, subnet, resource.type, undefined, shapes));
  }
  for (const subnet of list) growToFit(draft, subnet, shapes);
}

/**
 * Makes every multi-subnet resource's parent, `subnets` prop and replica boxes agree (see
 * setPlacedSubnets), and drops replica boxes of resources or subnets that no longer exist.
 * Meant for opening a file; changes nothing in a design that already agrees. It runs on every
 * open, so one ShapeIndex serves the whole pass: each repair looks only at the containers it
 * touches instead of rescanning the design.
 */
export function normalizePlacement(draft: Design): void {
  const index = indexResources(draft);
  for (const key of Object.keys(draft.layout ?? {})) {
    const replica = parseReplicaLayoutKey(key);
    if (!replica || !draft.layout) continue;
    if (!index.has(replica.resourceId) || index.get(replica.subnetId)?.type !== 'subnet') {
      delete draft.layout[key];
    }
  }
  const shapes = new ShapeIndex(draft);
  for (const resource of draft.resources) {
    const placed = placementToRepair(index, draft, resource, shapes.replicaKeysOf(resource.id).length);
    if (placed) placeInSubnets(shapes, resource.id, placed);
  }
}

/**
 * True when `normalizePlacement` would change something. Read-only and without an immer draft,
 * so opening a design that already agrees (every design the app saved) costs one pass over it
 * instead of a draft of the whole document.
 */
export function placementNeedsRepair(design: Design): boolean {
  const index = indexResources(design);
  const replicas = new Map<string, number>();
  for (const key of Object.keys(design.layout ?? {})) {
    const replica = parseReplicaLayoutKey(key);
    if (!replica) continue;
    if (!index.has(replica.resourceId) || index.get(replica.subnetId)?.type !== 'subnet') return true;
    replicas.set(replica.resourceId, (replicas.get(replica.resourceId) ?? 0) + 1);
  }
  return design.resources.some(
    (resource) => placementToRepair(index, design, resource, replicas.get(resource.id) ?? 0) !== null,
  );
}

/** The subnets to place a multi-subnet resource in when its three faces disagree, else null. */
function placementToRepair(
  index: ResourceIndex,
  design: Design,
  resource: Resource,
  replicaCount: number,
): string[] | null {
  if (!isMultiSubnet(resource)) return null;
  const placed = placedIn(index, resource);
  if (placed.length === 0) return null;
  const listed = (resource.props as Record<string, unknown>).subnets;
  // A list naming unknown subnets is the validator's to report, not ours to rewrite.
  if (Array.isArray(listed) && listed.some((s) => index.get(s as string)?.type !== 'subnet')) return null;
  const agrees =
    Array.isArray(listed) &&
    listed.length === placed.length &&
    resource.parent !== undefined &&
    placed.includes(resource.parent) &&
    placed.every((s) => s === resource.parent || design.layout?.[replicaLayoutKey(resource.id, s)]) &&
    replicaCount === placed.length - 1;
  return agrees ? null : placed;
}

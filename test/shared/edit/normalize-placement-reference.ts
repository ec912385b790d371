/**
 * The slow reference: a frozen copy of `normalizePlacement` (with the `setPlacedSubnets`,
 * `freeSlot`, `growToFit` and `shapesIn` it called) as it was before the editor indexed shapes
 * once per call. It rescans every resource and layout key for each multi-subnet resource, so it
 * is quadratic; normalize-placement-index.test.ts checks the fast version gives exactly the same
 * document. Do not "fix" or update this file: it is the behaviour the fast version must match.
 */
import { absolutePosition, defaultSize, indexResources, sizeOf } from '../../../shared/diagram/geometry';
import { boxFor, HEADER, PADDING } from '../../../shared/edit/boxes';
import {
  MULTI_SUBNET_TYPES,
  parseReplicaLayoutKey,
  placedSubnetIds,
  replicaLayoutKey,
} from '../../../shared/model/placement';
import type { Design, LayoutBox, Resource, ResourceType } from '../../../shared/model/types';
import { isContainer } from '../../../shared/diagram/geometry';

const SLOT = { w: 128, h: 112 };

interface PlacedBox {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

function shapesIn(design: Design, containerId: string): PlacedBox[] {
  const result: PlacedBox[] = [];
  const index = indexResources(design);
  for (const resource of design.resources) {
    if (resource.parent !== containerId) continue;
    const box = design.layout?.[resource.id] ?? { x: 0, y: 0 };
    result.push({ key: resource.id, x: box.x, y: box.y, ...sizeOf(resource, box) });
  }
  for (const [key, box] of Object.entries(design.layout ?? {})) {
    const replica = parseReplicaLayoutKey(key);
    if (!replica || replica.subnetId !== containerId) continue;
    const resource = index.get(replica.resourceId);
    if (resource) result.push({ key, x: box.x, y: box.y, ...sizeOf(resource, box) });
  }
  return result;
}

function freeSlot(design: Design, parent: string, type: ResourceType, ignore?: string): LayoutBox {
  const parentResource = indexResources(design).get(parent);
  const { w } = parentResource ? sizeOf(parentResource, design.layout?.[parent]) : { w: SLOT.w };
  const size = defaultSize(type);
  const taken = shapesIn(design, parent).filter((box) => box.key !== ignore);
  const columns = Math.max(1, Math.floor((w - 32) / SLOT.w));
  for (let slot = 0; ; slot++) {
    const x = PADDING + (slot % columns) * SLOT.w;
    const y = HEADER + PADDING + Math.floor(slot / columns) * SLOT.h;
    const clear = taken.every(
      (box) => x + size.w <= box.x || box.x + box.w <= x || y + size.h <= box.y || box.y + box.h <= y,
    );
    if (clear) return boxFor(type, x, y);
  }
}

function growToFit(draft: Design, containerId: string | undefined): void {
  const index = indexResources(draft);
  let current = containerId ? index.get(containerId) : undefined;
  const seen = new Set<string>();
  while (current && isContainer(current.type) && !seen.has(current.id)) {
    seen.add(current.id);
    draft.layout ??= {};
    const box = draft.layout[current.id] ?? (draft.layout[current.id] = { x: 0, y: 0 });
    const size = sizeOf(current, box);
    let w = size.w;
    let h = size.h;
    for (const shape of shapesIn(draft, current.id)) {
      w = Math.max(w, shape.x + shape.w + PADDING);
      h = Math.max(h, shape.y + shape.h + PADDING);
    }
    if (w > size.w) box.w = w;
    if (h > size.h) box.h = h;
    current = current.parent ? index.get(current.parent) : undefined;
  }
}

function isMultiSubnet(resource: Resource): boolean {
  return MULTI_SUBNET_TYPES.has(resource.type);
}

function placedSubnetsOf(design: Design, resource: Resource): string[] {
  const index = indexResources(design);
  const parentType = resource.parent ? index.get(resource.parent)?.type : undefined;
  return placedSubnetIds(resource, parentType).filter((id) => index.get(id)?.type === 'subnet');
}

function replicaKeysOf(design: Design, resourceId: string): string[] {
  return Object.keys(design.layout ?? {}).filter(
    (key) => parseReplicaLayoutKey(key)?.resourceId === resourceId,
  );
}

function setPlacedSubnets(draft: Design, id: string, subnets: readonly string[]): void {
  const resource = draft.resources.find((r) => r.id === id);
  if (!resource || !isMultiSubnet(resource)) return;
  const index = indexResources(draft);
  const list = [...new Set(subnets)].filter((s) => index.get(s)?.type === 'subnet');
  const props = resource.props as Record<string, unknown>;
  draft.layout ??= {};
  const layout = draft.layout;

  if (list.length === 0) {
    const home = resource.parent ? index.get(resource.parent) : undefined;
    if (home?.type === 'subnet' && home.parent) {
      const at = absolutePosition(draft, id, index);
      const origin = absolutePosition(draft, home.parent, index);
      const box = layout[id] ?? { x: 0, y: 0 };
      layout[id] = { ...box, x: at.x - origin.x, y: at.y - origin.y };
      resource.parent = home.parent;
    }
    if (resource.type === 'alb') props.subnets = [];
    else delete props.subnets;
    for (const key of replicaKeysOf(draft, id)) delete layout[key];
    return;
  }

  props.subnets = list;
  const home = resource.parent && list.includes(resource.parent) ? resource.parent : (list[0] as string);
  if (resource.parent !== home) {
    const takeover = layout[replicaLayoutKey(id, home)];
    resource.parent = home;
    delete layout[replicaLayoutKey(id, home)];
    layout[id] = takeover ? { ...takeover } : freeSlot(draft, home, resource.type, id);
  }
  for (const key of replicaKeysOf(draft, id)) {
    const subnet = parseReplicaLayoutKey(key)?.subnetId;
    if (!subnet || subnet === home || !list.includes(subnet)) delete layout[key];
  }
  for (const subnet of list) {
    if (subnet === home) continue;
    const key = replicaLayoutKey(id, subnet);
    if (!layout[key]) layout[key] = freeSlot(draft, subnet, resource.type);
  }
  for (const subnet of list) growToFit(draft, subnet);
}

/** The old normalizePlacement, unchanged: the output the fast version must reproduce exactly. */
export function referenceNormalizePlacement(draft: Design): void {
  const index = indexResources(draft);
  for (const key of Object.keys(draft.layout ?? {})) {
    const replica = parseReplicaLayoutKey(key);
    if (!replica || !draft.layout) continue;
    if (!index.has(replica.resourceId) || index.get(replica.subnetId)?.type !== 'subnet') {
      delete draft.layout[key];
    }
  }
  for (const resource of draft.resources) {
    if (!isMultiSubnet(resource)) continue;
    const placed = placedSubnetsOf(draft, resource);
    if (placed.length === 0) continue;
    const listed = (resource.props as Record<string, unknown>).subnets;
    if (Array.isArray(listed) && listed.some((s) => index.get(s as string)?.type !== 'subnet')) continue;
    const agrees =
      Array.isArray(listed) &&
      listed.length === placed.length &&
      resource.parent !== undefined &&
      placed.includes(resource.parent) &&
      placed.every((s) => s === resource.parent || draft.layout?.[replicaLayoutKey(resource.id, s)]) &&
      replicaKeysOf(draft, resource.id).length === placed.length - 1;
    if (!agrees) setPlacedSubnets(draft, resource.id, placed);
  }
}

/**
 * Geometry of the document's layout, without React Flow: sizes, absolute positions, and which
 * container lies under a point. Layout boxes are relative to the parent's box (as React Flow
 * sub-flows are), so moving a VPC moves everything inside it with one layout change.
 */
import { CATALOG } from '../catalog/index';
import type { Design, LayoutBox, Resource, ResourceType } from '../model/types';
import { SIZES } from './style';

/** Sizes come from the diagram conventions (style.ts), shared with the exports. */
export const RESOURCE_SIZE = SIZES.resource;
export const GRID = SIZES.grid;

const CONTAINER_SIZE: Partial<Record<ResourceType, { w: number; h: number }>> = {
  vpc: SIZES.vpc,
  subnet: SIZES.subnet,
};

export function isContainer(type: ResourceType): boolean {
  return CATALOG[type].container;
}

export function defaultSize(type: ResourceType): { w: number; h: number } {
  return CONTAINER_SIZE[type] ?? (isContainer(type) ? { w: 320, h: 240 } : RESOURCE_SIZE);
}

/** Size drawn for a resource: containers may be resized (w/h in layout); icons have one size. */
export function sizeOf(resource: Resource, box: LayoutBox | undefined): { w: number; h: number } {
  const base = defaultSize(resource.type);
  if (!isContainer(resource.type)) return base;
  return { w: box?.w ?? base.w, h: box?.h ?? base.h };
}

export function snap(value: number): number {
  return Math.round(value / GRID) * GRID;
}

export type ResourceIndex = Map<string, Resource>;

export function indexResources(design: Design): ResourceIndex {
  return new Map(design.resources.map((resource) => [resource.id, resource]));
}

/** Absolute top-left of a resource: its box plus every ancestor's box. */
export function absolutePosition(
  design: Design,
  id: string,
  index: ResourceIndex = indexResources(design),
): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let current = index.get(id);
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    const box = design.layout?.[current.id];
    x += box?.x ?? 0;
    y += box?.y ?? 0;
    current = current.parent ? index.get(current.parent) : undefined;
  }
  return { x, y };
}

/** Ids of the given resources and everything nested inside them. */
export function withDescendants(design: Design, ids: Iterable<string>): Set<string> {
  const result = new Set(ids);
  const children = new Map<string, string[]>();
  for (const resource of design.resources) {
    if (!resource.parent) continue;
    const list = children.get(resource.parent) ?? [];
    list.push(resource.id);
    children.set(resource.parent, list);
  }
  const queue = [...result];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const child of children.get(id) ?? []) {
      if (!result.has(child)) {
        result.add(child);
        queue.push(child);
      }
    }
  }
  return result;
}

function depthOf(index: ResourceIndex, resource: Resource): number {
  let depth = 0;
  let current: Resource | undefined = resource;
  while (current?.parent && depth < 64) {
    current = index.get(current.parent);
    depth++;
  }
  return depth;
}

/**
 * The innermost container whose box contains the point (absolute flow coordinates), skipping
 * `exclude` (a dragged node and its descendants cannot be their own parent).
 */
export function containerAt(
  design: Design,
  point: { x: number; y: number },
  exclude: ReadonlySet<string> = new Set(),
): Resource | undefined {
  const index = indexResources(design);
  let best: Resource | undefined;
  let bestDepth = -1;
  for (const resource of design.resources) {
    if (!isContainer(resource.type) || exclude.has(resource.id)) continue;
    const { x, y } = absolutePosition(design, resource.id, index);
    const { w, h } = sizeOf(resource, design.layout?.[resource.id]);
    if (point.x < x || point.y < y || point.x > x + w || point.y > y + h) continue;
    const depth = depthOf(index, resource);
    if (depth > bestDepth) {
      best = resource;
      bestDepth = depth;
    }
  }
  return best;
}

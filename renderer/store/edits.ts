/**
 * Document edits as plain functions on a (draft) design, so every command, drop and test uses
 * the same code: add, delete with children, copy and paste with id remapping, re-parent.
 * They are called inside `store.apply(label, draft => ...)`, which makes each one undoable.
 */
import { CATALOG, initialProps } from '../../shared/catalog/index';
import type { Connection, Design, LayoutBox, Resource, ResourceType } from '../../shared/model/types';
import {
  GRID,
  absolutePosition,
  indexResources,
  sizeOf,
  withDescendants,
} from '../../shared/diagram/geometry';

/** The smallest free id `<prefix><n>` (n from 1), unique across resources and connections. */
export function freshId(design: Design, prefix: string, taken: Set<string> = new Set()): string {
  const used = new Set<string>(taken);
  for (const resource of design.resources) used.add(resource.id);
  for (const connection of design.connections) used.add(connection.id);
  for (let n = 1; ; n++) {
    const id = `${prefix}${n}`;
    if (!used.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** Adds a resource from the catalog at `box` (relative to `parent`); returns its id. */
export function addResource(
  draft: Design,
  type: ResourceType,
  parent: string | undefined,
  box: LayoutBox,
): string {
  const id = freshId(draft, CATALOG[type].idPrefix);
  const resource = { id, type, props: initialProps(type) } as Resource;
  if (parent) resource.parent = parent;
  draft.resources.push(resource);
  draft.layout ??= {};
  draft.layout[id] = { ...box };
  return id;
}

/**
 * Rewrites every resource reference in props (ref and refs fields, route targets, security
 * group peers) through `map`: a new id replaces it, undefined removes it.
 */
export function mapRefs(resource: Resource, map: (id: string) => string | undefined): void {
  const props = resource.props as Record<string, unknown>;
  for (const field of CATALOG[resource.type].fields) {
    const value = props[field.key];
    if (value === undefined) continue;
    if (field.kind === 'ref' && typeof value === 'string') {
      const next = map(value);
      if (next === undefined) delete props[field.key];
      else if (next !== value) props[field.key] = next;
    } else if (field.kind === 'refs' && Array.isArray(value)) {
      const next = (value as string[]).map(map).filter((id): id is string => id !== undefined);
      if (next.length !== value.length || next.some((id, i) => id !== value[i])) props[field.key] = next;
    } else if (field.kind === 'routes' && Array.isArray(value)) {
      const routes = value as { destination: string; target: string }[];
      for (let i = routes.length - 1; i >= 0; i--) {
        const route = routes[i] as { target: string };
        const next = map(route.target);
        if (next === undefined) routes.splice(i, 1);
        else if (next !== route.target) route.target = next;
      }
    }
  }
  // Security-group rules name their peer by CIDR or group id; only ids are rewritten.
  if (resource.type === 'security-group') {
    for (const key of ['inbound', 'outbound'] as const) {
      const rules = resource.props[key];
      if (!rules) continue;
      for (let i = rules.length - 1; i >= 0; i--) {
        const rule = rules[i];
        if (!rule || rule.peer.includes('/')) continue;
        const next = map(rule.peer);
        if (next === undefined) rules.splice(i, 1);
        else if (next !== rule.peer) rule.peer = next;
      }
    }
  }
}

/** What `deleteItems` would remove: the ids, their descendants, and connections touching them. */
export function deletionSet(design: Design, ids: readonly string[]): Set<string> {
  const resourceIds = new Set(design.resources.map((r) => r.id));
  const removed = withDescendants(
    design,
    ids.filter((id) => resourceIds.has(id)),
  );
  for (const id of ids) if (!resourceIds.has(id)) removed.add(id);
  for (const connection of design.connections) {
    if (removed.has(connection.from) || removed.has(connection.to)) removed.add(connection.id);
  }
  return removed;
}

/** Deletes resources with their children, their connections, and references to them. */
export function deleteItems(draft: Design, ids: readonly string[]): void {
  const removed = deletionSet(draft, ids);
  draft.resources = draft.resources.filter((r) => !removed.has(r.id));
  draft.connections = draft.connections.filter((c) => !removed.has(c.id));
  for (const resource of draft.resources) {
    mapRefs(resource, (id) => (removed.has(id) ? undefined : id));
  }
  if (draft.layout) for (const id of removed) delete draft.layout[id];
}

/** A self-contained copy of some resources (with their children) and the connections among them. */
export interface Clip {
  resources: Resource[];
  connections: Connection[];
  layout: Record<string, LayoutBox>;
}

export function copyItems(design: Design, ids: readonly string[]): Clip | null {
  const resourceIds = new Set(design.resources.map((r) => r.id));
  const picked = withDescendants(
    design,
    ids.filter((id) => resourceIds.has(id)),
  );
  if (picked.size === 0) return null;
  const resources = design.resources.filter((r) => picked.has(r.id));
  const connections = design.connections.filter((c) => picked.has(c.from) && picked.has(c.to));
  const layout: Record<string, LayoutBox> = {};
  for (const id of picked) {
    const box = design.layout?.[id];
    if (box) layout[id] = box;
  }
  return structuredClone({ resources, connections, layout });
}

/**
 * How far the `step`-th paste of a clip moves from the original: to the right by the width of the
 * copied items plus a grid gap, so the copy sits beside the original instead of on top of it
 * (a fixed 32 px step left a 96 px icon mostly covered by its own copy).
 */
export function pasteOffset(clip: Clip, step: number): { x: number; y: number } {
  const ids = new Set(clip.resources.map((r) => r.id));
  let left = Infinity;
  let right = -Infinity;
  for (const resource of clip.resources) {
    if (resource.parent !== undefined && ids.has(resource.parent)) continue;
    const box = clip.layout[resource.id] ?? { x: 0, y: 0 };
    left = Math.min(left, box.x);
    right = Math.max(right, box.x + sizeOf(resource, box).w);
  }
  const width = Number.isFinite(left) ? right - left : 0;
  return { x: (width + GRID) * step, y: 0 };
}

/**
 * Pastes a clip with fresh ids: references among the pasted items follow the copies, the rest
 * keep pointing at the originals (a pasted instance stays in the same security group).
 * Items whose parent is not in the clip keep that parent when it still exists, and move by
 * `offset`. Returns the ids of the pasted top-level items (to select them).
 */
export function pasteClip(draft: Design, clip: Clip, offset: { x: number; y: number }): string[] {
  const taken = new Set<string>();
  const renamed = new Map<string, string>();
  for (const resource of clip.resources) {
    renamed.set(resource.id, freshId(draft, CATALOG[resource.type].idPrefix, taken));
  }
  for (const connection of clip.connections) renamed.set(connection.id, freshId(draft, 'c', taken));
  const existing = indexResources(draft);
  const roots: string[] = [];
  draft.layout ??= {};
  for (const original of clip.resources) {
    const copy = structuredClone(original);
    copy.id = renamed.get(original.id) as string;
    const inClip = original.parent !== undefined && renamed.has(original.parent);
    if (inClip) copy.parent = renamed.get(original.parent as string);
    else if (original.parent && !existing.has(original.parent)) delete copy.parent;
    mapRefs(copy, (id) => renamed.get(id) ?? id);
    draft.resources.push(copy);
    const box = clip.layout[original.id] ?? { x: 0, y: 0 };
    draft.layout[copy.id] = inClip ? { ...box } : { ...box, x: box.x + offset.x, y: box.y + offset.y };
    if (!inClip) roots.push(copy.id);
  }
  for (const original of clip.connections) {
    draft.connections.push({
      ...structuredClone(original),
      id: renamed.get(original.id) as string,
      from: renamed.get(original.from) as string,
      to: renamed.get(original.to) as string,
    });
  }
  return roots;
}

/** Moves a resource into `parent` (or the top level) keeping its place on screen. */
export function reparent(
  draft: Design,
  id: string,
  parent: string | undefined,
  absolute: { x: number; y: number },
): void {
  const resource = draft.resources.find((r) => r.id === id);
  if (!resource) return;
  const origin = parent ? absolutePosition(draft, parent) : { x: 0, y: 0 };
  if (parent) resource.parent = parent;
  else delete resource.parent;
  draft.layout ??= {};
  const box = draft.layout[id] ?? { x: 0, y: 0 };
  draft.layout[id] = { ...box, x: absolute.x - origin.x, y: absolute.y - origin.y };
}

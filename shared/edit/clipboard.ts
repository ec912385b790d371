/**
 * Copy, paste and duplicate. A clip is a self-contained copy of some resources (with their
 * children, replica boxes) and the connections among them; pasting gives everything fresh ids,
 * re-points references among the pasted items at the copies and leaves the rest pointing at the
 * originals (a pasted instance stays in the same security group).
 */
import { CATALOG } from '../catalog/index';
import { GRID, indexResources, sizeOf, withDescendants } from '../diagram/geometry';
import { parseReplicaLayoutKey, replicaLayoutKey } from '../model/placement';
import type { Connection, Design, LayoutBox, Resource } from '../model/types';
import { freshId, mapRefs } from './ids';
import type { Point } from './types';
import { ok, operation } from './types';

/** Designs are JSON, so a JSON round trip is a faithful deep copy (and works on immer drafts). */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

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
  for (const [key, box] of Object.entries(design.layout ?? {})) {
    if (picked.has(key) || picked.has(parseReplicaLayoutKey(key)?.resourceId ?? '')) layout[key] = box;
  }
  return clone({ resources, connections, layout });
}

/**
 * How far the `step`-th paste of a clip moves from the original: to the right by the width of
 * the copied items plus a grid gap, so the copy sits beside the original instead of on top.
 */
export function pasteOffset(clip: Clip, step: number): Point {
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
 * Pastes a clip with fresh ids. Items whose parent is not in the clip keep that parent when it
 * still exists, and move by `offset`. Returns the ids of the pasted top-level items.
 */
export function pasteInto(draft: Design, clip: Clip, offset: Point): string[] {
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
    const copy = clone(original);
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
  for (const [key, box] of Object.entries(clip.layout)) {
    const replica = parseReplicaLayoutKey(key);
    const resource = replica && renamed.get(replica.resourceId);
    if (!replica || !resource) continue;
    const subnet = renamed.get(replica.subnetId) ?? replica.subnetId;
    // A replica in a subnet that was not copied moves along with the pasted home shape.
    const moved = renamed.has(replica.subnetId) ? box : { ...box, x: box.x + offset.x, y: box.y + offset.y };
    draft.layout[replicaLayoutKey(resource, subnet)] = { ...moved };
  }
  for (const original of clip.connections) {
    draft.connections.push({
      ...clone(original),
      id: renamed.get(original.id) as string,
      from: renamed.get(original.from) as string,
      to: renamed.get(original.to) as string,
    });
  }
  return roots;
}

/** Pastes `clip` for the `step`-th time (each paste one step further right). */
export const paste = operation<{ clip: Clip; step?: number }, string[]>(
  'paste',
  () => ({ key: 'ui.action.paste' }),
  (draft, args) => ok(pasteInto(draft, args.clip, pasteOffset(args.clip, args.step ?? 1))),
);

/** Copies and pastes the given items in one step, beside the originals. */
export const duplicate = operation<{ ids: readonly string[] }, string[]>(
  'duplicate',
  () => ({ key: 'ui.action.duplicate' }),
  (draft, args) => {
    const clip = copyItems(draft, args.ids);
    return ok(clip ? pasteInto(draft, clip, pasteOffset(clip, 1)) : []);
  },
);

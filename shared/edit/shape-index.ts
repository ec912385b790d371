/**
 * What is drawn where, indexed once: each container's child resources, each subnet's replica
 * boxes and each resource's replica boxes. `normalizePlacement` asks these questions for every
 * multi-subnet resource of a design, and answering them by rescanning every resource and layout
 * key made opening a large design quadratic.
 *
 * An index is a snapshot kept in step by its own writers: change parents and layout boxes
 * through `setParent`, `setBox` and `deleteBox` while you use it, and build a new one for each
 * operation rather than keeping one across edits. Iteration follows `design.resources` and the
 * layout's key order when the index is fresh; after changes through it a moved entry comes
 * last, so callers must not depend on the order (the box helpers take maxima and overlap tests).
 */
import { indexResources } from '../diagram/geometry';
import type { ResourceIndex } from '../diagram/geometry';
import { parseReplicaLayoutKey } from '../model/placement';
import type { Design, LayoutBox, Resource } from '../model/types';

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

const NONE: ReadonlySet<never> = new Set();

export class ShapeIndex {
  /** Resources by id (the last one wins on a repeated id, as `indexResources`). */
  readonly byId: ResourceIndex;
  /** The first resource with each id, as `design.resources.find` would return it. */
  private readonly firstById = new Map<string, Resource>();
  private readonly children = new Map<string, Set<Resource>>();
  /** Replica layout keys by the subnet they are drawn in, and by the resource they show. */
  private readonly replicasIn = new Map<string, Set<string>>();
  private readonly replicasOf = new Map<string, Set<string>>();

  constructor(readonly design: Design) {
    this.byId = indexResources(design);
    for (const resource of design.resources) {
      if (!this.firstById.has(resource.id)) this.firstById.set(resource.id, resource);
      if (resource.parent !== undefined) addTo(this.children, resource.parent, resource);
    }
    for (const key of Object.keys(design.layout ?? {})) this.noteAdded(key);
  }

  first(id: string): Resource | undefined {
    return this.firstById.get(id);
  }

  /** Resources whose `parent` is `containerId`. */
  childrenOf(containerId: string): ReadonlySet<Resource> {
    return this.children.get(containerId) ?? NONE;
  }

  /** Replica layout keys (`id@subnet`) drawn inside `subnetId`. */
  replicaKeysIn(subnetId: string): ReadonlySet<string> {
    return this.replicasIn.get(subnetId) ?? NONE;
  }

  /** Replica layout keys of `resourceId`, as a copy (safe to delete boxes while iterating). */
  replicaKeysOf(resourceId: string): string[] {
    return [...(this.replicasOf.get(resourceId) ?? NONE)];
  }

  setParent(resource: Resource, parent: string): void {
    if (resource.parent !== undefined) this.children.get(resource.parent)?.delete(resource);
    resource.parent = parent;
    addTo(this.children, parent, resource);
  }

  /** Writes `layout[key]` (creating the layout) and returns the box as written. */
  setBox(key: string, box: LayoutBox): LayoutBox {
    this.design.layout ??= {};
    this.design.layout[key] = box;
    this.noteAdded(key);
    return box;
  }

  deleteBox(key: string): void {
    if (this.design.layout) delete this.design.layout[key];
    const replica = parseReplicaLayoutKey(key);
    if (!replica) return;
    this.replicasIn.get(replica.subnetId)?.delete(key);
    this.replicasOf.get(replica.resourceId)?.delete(key);
  }

  private noteAdded(key: string): void {
    const replica = parseReplicaLayoutKey(key);
    if (!replica) return;
    addTo(this.replicasIn, replica.subnetId, key);
    addTo(this.replicasOf, replica.resourceId, key);
  }
}

/**
 * When a document edit can skip the flow mapper's walk of every shape (flow.ts).
 *
 * Most edits replace a few resources where they are: the inspector changes a route, a name, a
 * size. A full mapping still lists every shape, sorts them parents first and builds the inputs
 * of every node: about 7 ms at 1,000 resources and several times that at 5,000, on the main
 * thread while the engine worker checks the same edit. When the edit keeps every resource's
 * id, type, parent and place in the list, the layout and the connections, and draws the same
 * shapes, the shapes and their order are those of the last mapping; only the replaced
 * resources' shapes, and shapes whose chips changed (a route table's routes show on its
 * subnets), need new inputs.
 */
import { looseAttachments } from '../../shared/diagram/attachments';
import type { Shape } from '../../shared/diagram/structure';
import { placedSubnetIds, SUBNET_PLACED_TYPES } from '../../shared/model/placement';
import { resourcesEditedInPlace } from '../../shared/model/replaced';
import type { Replacement } from '../../shared/model/replaced';
import type { Design, Resource } from '../../shared/model/types';

/** More replaced resources than this map in full: past it the walk is no longer the cost. */
export const MAX_REPLACED = 64;

/** A resource of the edited document and the one it replaces. */
export type ReplacedResource = Replacement<Resource>;

/**
 * The resources of `after` that take the place of one of `before` (same index, id, type and
 * parent), by id; null when the list changed in any other way or more than `max` were replaced.
 */
export function replacedInPlace(
  before: readonly Resource[],
  after: readonly Resource[],
  max = MAX_REPLACED,
): Map<string, ReplacedResource> | null {
  const replaced = resourcesEditedInPlace(before, after, max);
  return replaced && new Map(replaced.map((entry) => [entry.now.id, entry]));
}

/** Whether two lists hold the same items (===) in the same order; both absent counts as the same. */
export function sameItems<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  return a === b || (!!a && !!b && a.length === b.length && a.every((item, i) => item === b[i]));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/**
 * Whether the default view draws the same shapes for `after` as for `before`, given that only
 * `replaced` changed (in place): each one is placed in the same subnets (its replicas), and the
 * same route tables, NACLs and security groups are left attached to nothing (drawn as shapes
 * rather than as chips).
 */
export function drawsSameShapes(
  before: Design,
  after: Design,
  replaced: ReadonlyMap<string, ReplacedResource>,
): boolean {
  let typeOf: Map<string, Resource['type']> | null = null;
  for (const { was, now } of replaced.values()) {
    if (!SUBNET_PLACED_TYPES.has(now.type)) continue;
    // Parents and types are unchanged, so the parent's type is the same in both documents.
    typeOf ??= new Map(after.resources.map((r) => [r.id, r.type]));
    const parentType = now.parent ? typeOf.get(now.parent) : undefined;
    if (!sameItems(placedSubnetIds(was, parentType), placedSubnetIds(now, parentType))) return false;
  }
  return sameSet(looseAttachments(before), looseAttachments(after, before));
}

/** `shapes` with each replaced resource's shapes holding its new object. */
export function withReplaced(
  shapes: readonly Shape[],
  replaced: ReadonlyMap<string, ReplacedResource>,
): Shape[] {
  return shapes.map((shape) => {
    const resource = replaced.get(shape.resource.id)?.now;
    return resource ? { ...shape, resource } : shape;
  });
}

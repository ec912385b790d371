/**
 * Deleting: the items, everything inside them, the connections touching them and every
 * reference to them. A multi-subnet resource whose home subnet is deleted keeps living in its
 * other subnets (its home moves there) instead of being deleted with the subnet.
 */
import { indexResources, withDescendants } from '../diagram/geometry';
import { parseReplicaLayoutKey } from '../model/placement';
import type { Design } from '../model/types';
import { mapRefs } from './ids';
import { isMultiSubnet, placedSubnetsOf, setPlacedSubnets } from './subnets';
import { ok, operation } from './types';

/** What deleting `ids` removes: the ids, their descendants, and connections touching them. */
export function deletionSet(design: Design, ids: readonly string[]): Set<string> {
  const resourceIds = new Set(design.resources.map((r) => r.id));
  const picked = ids.filter((id) => resourceIds.has(id));
  const removed = withDescendants(design, picked);
  const index = indexResources(design);
  // Survivors: spread resources living on in a subnet that is not being deleted.
  for (const resource of design.resources) {
    if (!removed.has(resource.id) || picked.includes(resource.id) || !isMultiSubnet(resource)) continue;
    if (placedSubnetsOf(design, resource, index).some((s) => !removed.has(s))) {
      for (const id of withDescendants(design, [resource.id])) removed.delete(id);
    }
  }
  for (const id of ids) if (!resourceIds.has(id)) removed.add(id);
  for (const connection of design.connections) {
    if (removed.has(connection.from) || removed.has(connection.to)) removed.add(connection.id);
  }
  return removed;
}

/** Deletes resources with their children, their connections, and references to them. */
export function deleteFrom(draft: Design, ids: readonly string[]): void {
  const removed = deletionSet(draft, ids);
  const index = indexResources(draft);
  const rehomed = draft.resources.filter(
    (r) =>
      !removed.has(r.id) && isMultiSubnet(r) && placedSubnetsOf(draft, r, index).some((s) => removed.has(s)),
  );
  for (const resource of rehomed) {
    setPlacedSubnets(
      draft,
      resource.id,
      placedSubnetsOf(draft, resource).filter((s) => !removed.has(s)),
    );
  }
  draft.resources = draft.resources.filter((r) => !removed.has(r.id));
  draft.connections = draft.connections.filter((c) => !removed.has(c.id));
  for (const resource of draft.resources) {
    mapRefs(resource, (id) => (removed.has(id) ? undefined : id));
  }
  if (draft.layout) {
    for (const key of Object.keys(draft.layout)) {
      const replica = parseReplicaLayoutKey(key);
      if (
        removed.has(key) ||
        (replica && (removed.has(replica.resourceId) || removed.has(replica.subnetId)))
      ) {
        delete draft.layout[key];
      }
    }
  }
}

export const deleteItems = operation<{ ids: readonly string[] }>(
  'deleteItems',
  () => ({ key: 'ui.action.delete' }),
  (draft, args) => {
    deleteFrom(draft, args.ids);
    return ok();
  },
);

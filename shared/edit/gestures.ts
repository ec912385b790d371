/**
 * Drops that mean an association rather than a move: a security group dropped onto a resource
 * attaches to it, a route table or network ACL dropped onto a subnet is associated with it, a
 * route table dropped onto a gateway gets the route it means. The canvas asks `associationAt`
 * at the end of a drag; when it answers, the shape goes back where it was and `associate` runs
 * instead of `dropShapes`.
 */
import { fieldOf } from '../catalog/index';
import { indexResources, isContainer, sizeOf } from '../diagram/geometry';
import { parseReplicaLayoutKey } from '../model/placement';
import type { Design } from '../model/types';
import { ROUTE_TARGET_TYPES } from './gateway-routes';
import { shapePosition } from './move';
import type { Point } from './types';
import { containerChain } from './where';

/** The layout key of the innermost non-container shape under `point`, if any (skipping `except`). */
export function shapeAt(design: Design, point: Point, except: string): string | undefined {
  const index = indexResources(design);
  for (const key of Object.keys(design.layout ?? {})) {
    const id = parseReplicaLayoutKey(key)?.resourceId ?? key;
    const resource = index.get(id);
    if (!resource || id === except || isContainer(resource.type)) continue;
    const at = shapePosition(design, key);
    const { w, h } = sizeOf(resource, design.layout?.[key]);
    if (point.x >= at.x && point.x <= at.x + w && point.y >= at.y && point.y <= at.y + h) return key;
  }
  return undefined;
}

/**
 * The pair to associate when the shape `key` (dropped with its top-left at `at`) is plumbing
 * that landed on what it attaches to; undefined for an ordinary move.
 */
export function associationAt(
  design: Design,
  key: string,
  at?: Point,
): { from: string; to: string } | undefined {
  const id = parseReplicaLayoutKey(key)?.resourceId ?? key;
  const resource = indexResources(design).get(id);
  if (!resource) return undefined;
  const topLeft = at ?? shapePosition(design, key);
  const { w, h } = sizeOf(resource, design.layout?.[key]);
  const centre = { x: topLeft.x + w / 2, y: topLeft.y + h / 2 };
  if (resource.type === 'security-group') {
    const target = shapeAt(design, centre, id);
    const targetId = target ? (parseReplicaLayoutKey(target)?.resourceId ?? target) : undefined;
    const targetResource = targetId ? indexResources(design).get(targetId) : undefined;
    if (!targetResource || fieldOf(targetResource.type, 'securityGroups') === undefined) return undefined;
    return { from: id, to: targetResource.id };
  }
  if (resource.type === 'route-table') {
    // On a gateway (network details view): the route it means, never a move (gateway-routes.ts).
    const target = shapeAt(design, centre, id);
    const targetId = target ? (parseReplicaLayoutKey(target)?.resourceId ?? target) : undefined;
    const gateway = targetId ? indexResources(design).get(targetId) : undefined;
    if (gateway && ROUTE_TARGET_TYPES.has(gateway.type)) return { from: id, to: gateway.id };
  }
  if (resource.type === 'route-table' || resource.type === 'network-acl') {
    const subnet = containerChain(design, centre).find((c) => c.type === 'subnet');
    return subnet ? { from: id, to: subnet.id } : undefined;
  }
  return undefined;
}

/**
 * The reverse of a chip drop: the shapes `dragged` (node ids of one drag) released over the
 * route table or network ACL chip `chip` (shown on another subnet's header). One subnet dragged
 * alone means "use that table": the pair to `associate`. Anything else (several shapes, a
 * non-subnet, a chip that is not a table) is an ordinary move: undefined.
 */
export function subnetOntoChip(
  design: Design,
  dragged: readonly string[],
  chip: string,
): { from: string; to: string } | undefined {
  const shapes = dragged.filter((key) => !key.startsWith('az:'));
  if (shapes.length !== 1 || !shapes[0]) return undefined;
  const index = indexResources(design);
  const subnet = index.get(shapes[0]);
  const table = index.get(chip);
  if (subnet?.type !== 'subnet') return undefined;
  if (table?.type !== 'route-table' && table?.type !== 'network-acl') return undefined;
  return { from: subnet.id, to: table.id };
}

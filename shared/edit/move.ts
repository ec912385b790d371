/**
 * Moving shapes: plain layout moves and resizes (during a drag), and what happens when a drag
 * ends: the shape's centre decides the container it lands in. A multi-subnet resource dropped
 * in another subnet moves there, or with `extend` is placed there too (a replica shape); a
 * replica dragged elsewhere moves that one placement. Refusals say why and where it can go.
 */
import { absolutePosition, indexResources, sizeOf, withDescendants } from '../diagram/geometry';
import { parseReplicaLayoutKey, replicaLayoutKey } from '../model/placement';
import type { Design, Resource } from '../model/types';
import { freeSlot, growToFit } from './boxes';
import { vpcOf } from './connect';
import { findResource } from './ids';
import { isMultiSubnet, placedSubnetsOf, setPlacedSubnets } from './subnets';
import type { EditResult, Point } from './types';
import { ok, operation, refuse, typeName } from './types';
import { containerChain, displayName, placeRefusal, resolveContainer, subnetsOfVpc } from './where';

export interface ShapeMoves {
  /** New top-left of each shape, relative to its container (layout key: id or id@subnet). */
  moves?: readonly { key: string; x: number; y: number }[];
  sizes?: readonly { key: string; w: number; h: number }[];
}

/** Layout-only moves and resizes, as a drag or resize reports them step by step. */
export const moveShapes = operation<ShapeMoves>(
  'moveShapes',
  (args) => ({ key: args.sizes && args.sizes.length > 0 ? 'ui.action.resize' : 'ui.action.move' }),
  (draft, args) => {
    draft.layout ??= {};
    for (const move of args.moves ?? []) {
      const box = draft.layout[move.key];
      if (box) {
        box.x = move.x;
        box.y = move.y;
      } else draft.layout[move.key] = { x: move.x, y: move.y };
    }
    for (const size of args.sizes ?? []) {
      const box = draft.layout[size.key] ?? (draft.layout[size.key] = { x: 0, y: 0 });
      box.w = size.w;
      box.h = size.h;
    }
    return ok();
  },
);

/** Moves a resource into `parent` (or the top level) keeping its place on screen. */
export function reparentTo(draft: Design, id: string, parent: string | undefined, absolute: Point): void {
  const resource = draft.resources.find((r) => r.id === id);
  if (!resource) return;
  const origin = parent ? absolutePosition(draft, parent) : { x: 0, y: 0 };
  if (parent) resource.parent = parent;
  else delete resource.parent;
  draft.layout ??= {};
  const box = draft.layout[id] ?? { x: 0, y: 0 };
  draft.layout[id] = { ...box, x: absolute.x - origin.x, y: absolute.y - origin.y };
}

export const reparent = operation<{ id: string; parent: string | undefined; at: Point }>(
  'reparent',
  () => ({ key: 'ui.action.move' }),
  (draft, args) => {
    const resource = findResource(draft, args.id);
    if (!resource) return refuse('edit.refused.unknown', { id: args.id });
    const parent = args.parent ? findResource(draft, args.parent) : undefined;
    if (args.parent && !parent) return refuse('edit.refused.unknown', { id: args.parent });
    // Exactly this container or nothing: the same rules as a drop, without walking outwards.
    const resolved = resolveContainer(
      draft,
      resource.type,
      resource.props as Record<string, unknown>,
      parent ? [parent] : [],
      'move',
    );
    if (!resolved.ok) return resolved;
    if (resolved.value?.id !== args.parent) return placeRefusal(resource.type, parent?.type, 'move');
    if (args.parent && withDescendants(draft, [args.id]).has(args.parent)) {
      return placeRefusal(resource.type, parent?.type, 'move');
    }
    reparentTo(draft, args.id, args.parent, args.at);
    if (isMultiSubnet(resource) && parent?.type === 'subnet') setPlacedSubnets(draft, args.id, [parent.id]);
    growToFit(draft, args.parent);
    return ok();
  },
);

/** Absolute top-left of a shape by layout key (a replica's box is relative to its subnet). */
export function shapePosition(design: Design, key: string): Point {
  const replica = parseReplicaLayoutKey(key);
  if (!replica) return absolutePosition(design, key);
  const origin = absolutePosition(design, replica.subnetId);
  const box = design.layout?.[key] ?? { x: 0, y: 0 };
  return { x: origin.x + box.x, y: origin.y + box.y };
}

export interface DropItem {
  /** Layout key of the dragged shape: a resource id, or `id@subnetId` for a replica. */
  key: string;
  /** Absolute top-left where it was dropped; defaults to where the layout has it now. */
  at?: Point;
}

/** One planned change of a drop, computed on the unchanged design and applied only if all pass. */
type Step = (draft: Design) => void;

function planMultiSubnet(
  design: Design,
  resource: Resource,
  from: string,
  target: Resource,
  at: Point,
  isReplica: boolean,
  extend: boolean,
): EditResult<Step> {
  const placed = placedSubnetsOf(design, resource);
  const vpc = vpcOf(design, target);
  const others = placed.filter((s) => s !== from || extend);
  const stray = others.find((s) => {
    const subnet = findResource(design, s);
    return subnet !== undefined && vpcOf(design, subnet) !== vpc;
  });
  if (stray) {
    const home = findResource(design, stray);
    const homeVpc = home ? vpcOf(design, home) : undefined;
    return refuse('edit.refused.otherVpc', {
      type: typeName(resource.type),
      subnets: (homeVpc ? subnetsOfVpc(design, homeVpc) : []).map(displayName),
    });
  }
  if (extend && placed.includes(target.id)) {
    return refuse('edit.refused.alreadyIn', { name: displayName(resource), subnet: displayName(target) });
  }
  const origin = absolutePosition(design, target.id);
  const box = { x: at.x - origin.x, y: at.y - origin.y };
  return ok((draft: Design) => {
    // A shape drawn outside its listed subnets (an old design) takes the target as its first.
    const list = extend
      ? [...placed, target.id]
      : placed.includes(from)
        ? placed.map((s) => (s === from ? target.id : s))
        : [target.id, ...placed.filter((s) => s !== target.id)];
    if (!extend && !isReplica && resource.parent !== target.id) {
      // The home shape moves: it stays the home shape, in its new subnet.
      const own = draft.resources.find((r) => r.id === resource.id);
      if (own) own.parent = target.id;
    }
    if (draft.layout && isReplica) delete draft.layout[replicaLayoutKey(resource.id, from)];
    setPlacedSubnets(draft, resource.id, list);
    draft.layout ??= {};
    const key =
      draft.resources.find((r) => r.id === resource.id)?.parent === target.id
        ? resource.id
        : replicaLayoutKey(resource.id, target.id);
    draft.layout[key] = { ...draft.layout[key], ...box };
    growToFit(draft, target.id);
  });
}

/** A shape moved within its container: the container still grows to fit it. */
function grow(containerId: string | undefined): Step | null {
  return containerId ? (draft: Design) => growToFit(draft, containerId) : null;
}

function planDrop(design: Design, item: DropItem, extend: boolean): EditResult<Step | null> {
  const replica = parseReplicaLayoutKey(item.key);
  const id = replica?.resourceId ?? item.key;
  const resource = findResource(design, id);
  if (!resource) return refuse('edit.refused.unknown', { id });
  const from = replica?.subnetId ?? resource.parent;
  const at = item.at ?? shapePosition(design, item.key);
  const size = sizeOf(resource, design.layout?.[item.key]);
  const centre = { x: at.x + size.w / 2, y: at.y + size.h / 2 };
  const chain = containerChain(design, centre, withDescendants(design, [id]));
  const props = resource.props as Record<string, unknown>;
  const resolved = resolveContainer(design, resource.type, props, chain, 'move');
  if (!resolved.ok) return resolved;
  const target = resolved.value;

  if (isMultiSubnet(resource) && target?.type === 'subnet' && from !== undefined) {
    if (target.id === from && !extend) return ok(grow(target.id));
    return planMultiSubnet(design, resource, from, target, at, replica !== undefined, extend);
  }
  if (extend && target?.type === 'subnet' && target.id !== from) {
    return refuse('edit.refused.singleSubnet', { type: typeName(resource.type) });
  }
  if (target?.id === resource.parent || replica) return ok(grow(target?.id));
  return ok((draft: Design) => {
    reparentTo(draft, id, target?.id, at);
    if (isMultiSubnet(resource) && target?.type === 'subnet') setPlacedSubnets(draft, id, [target.id]);
    growToFit(draft, target?.id);
  });
}

export interface DropArgs {
  items: readonly DropItem[];
  /** Place in the target subnet as well as where it already is (Alt-drag). */
  extend?: boolean;
}

/**
 * The end of a drag: every dragged shape whose centre landed in another container moves into
 * it (or extends to it). All or nothing: one refusal refuses the drop, changing nothing.
 * Shapes dragged along with their container are left to it.
 */
export const dropShapes = operation<DropArgs>(
  'dropShapes',
  () => ({ key: 'ui.action.move' }),
  (draft, args) => {
    const keys = new Set(args.items.map((i) => i.key));
    const index = indexResources(draft);
    const steps: Step[] = [];
    for (const item of args.items) {
      const resource = index.get(parseReplicaLayoutKey(item.key)?.resourceId ?? item.key);
      if (resource?.parent && keys.has(resource.parent) && !parseReplicaLayoutKey(item.key)) continue;
      const step = planDrop(draft, item, args.extend === true);
      if (!step.ok) return step;
      if (step.value) steps.push(step.value);
    }
    for (const step of steps) step(draft);
    return ok();
  },
);

/** Places a resource in one more subnet (the Alt-drag gesture without a drag). */
export const extendToSubnet = operation<{ id: string; subnet: string; at?: Point }>(
  'extendToSubnet',
  (args) => ({ key: 'edit.action.extend', params: { name: args.id, subnet: args.subnet } }),
  (draft, args) => {
    const resource = findResource(draft, args.id);
    const subnet = findResource(draft, args.subnet);
    if (!resource) return refuse('edit.refused.unknown', { id: args.id });
    if (subnet?.type !== 'subnet') return refuse('edit.refused.unknown', { id: args.subnet });
    if (!isMultiSubnet(resource))
      return refuse('edit.refused.singleSubnet', { type: typeName(resource.type) });
    const from = resource.parent ?? args.subnet;
    const origin = absolutePosition(draft, subnet.id);
    const slot = freeSlot(draft, subnet.id, resource.type);
    const at = args.at ?? { x: origin.x + slot.x, y: origin.y + slot.y };
    const plan = planMultiSubnet(draft, resource, from, subnet, at, false, true);
    if (!plan.ok) return plan;
    plan.value(draft);
    return ok();
  },
);

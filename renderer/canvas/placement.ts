/**
 * Where a new resource goes: under the pointer (drop) or somewhere sensible (keyboard add),
 * always asking the catalog whether the parent is allowed. A refusal carries what the toast
 * needs to say why.
 */
import { CATALOG, canPlace } from '../../shared/catalog/index';
import type { ParentRule } from '../../shared/catalog/index';
import type { Translate } from '../../shared/i18n/index';
import type { Design, LayoutBox, ResourceType } from '../../shared/model/types';
import {
  absolutePosition,
  containerAt,
  defaultSize,
  indexResources,
  isContainer,
  sizeOf,
  snap,
} from '../../shared/diagram/geometry';

export type Placement =
  | { ok: true; parent: string | undefined; box: LayoutBox }
  | { ok: false; type: ResourceType; parentType: ResourceType | undefined };

/** Room left for a container's header inside its box. */
const HEADER = 48;
const SLOT = { w: 120, h: 112 };

function boxFor(type: ResourceType, x: number, y: number): LayoutBox {
  const box: LayoutBox = { x, y };
  if (isContainer(type)) {
    const size = defaultSize(type);
    box.w = size.w;
    box.h = size.h;
  }
  return box;
}

/** Placement for a drop at `point` (absolute flow coordinates; the node is centred on it). */
export function placeAt(design: Design, type: ResourceType, point: { x: number; y: number }): Placement {
  const container = containerAt(design, point);
  if (!canPlace(type, container?.type)) return { ok: false, type, parentType: container?.type };
  const size = defaultSize(type);
  const origin = container ? absolutePosition(design, container.id) : { x: 0, y: 0 };
  let x = snap(point.x - size.w / 2 - origin.x);
  let y = snap(point.y - size.h / 2 - origin.y);
  if (container) {
    x = Math.max(8, x);
    y = Math.max(HEADER, y);
  }
  return { ok: true, parent: container?.id, box: boxFor(type, x, y) };
}

/**
 * The first grid slot of `parent` (row by row, below its header) where a new `type` overlaps none
 * of the parent's children. Counting children to pick a slot put an ALB added to a VPC on top of
 * the VPC's subnets; this finds the free band instead (below everything if the box is full).
 */
function freeSlot(design: Design, parent: string, type: ResourceType): LayoutBox {
  const index = indexResources(design);
  const parentResource = index.get(parent);
  const { w } = parentResource ? sizeOf(parentResource, design.layout?.[parent]) : { w: SLOT.w };
  const size = defaultSize(type);
  const taken = design.resources
    .filter((r) => r.parent === parent)
    .map((r) => {
      const box = design.layout?.[r.id] ?? { x: 0, y: 0 };
      return { x: box.x, y: box.y, ...sizeOf(r, box) };
    });
  const columns = Math.max(1, Math.floor((w - 32) / SLOT.w));
  for (let slot = 0; ; slot++) {
    const x = 24 + (slot % columns) * SLOT.w;
    const y = HEADER + 8 + Math.floor(slot / columns) * SLOT.h;
    const clear = taken.every(
      (box) => x + size.w <= box.x || box.x + box.w <= x || y + size.h <= box.y || box.y + box.h <= y,
    );
    // Every child occupies finitely many slots, so a free one always comes.
    if (clear) return boxFor(type, x, y);
  }
}

/**
 * Placement without a pointer (click or Enter on a palette item): inside the selected
 * container (or the selected resource's container) when allowed, else the first container
 * that allows it, else the top level near `center`.
 */
export function placeSomewhere(
  design: Design,
  type: ResourceType,
  selection: readonly string[],
  center: { x: number; y: number },
): Placement {
  const index = indexResources(design);
  const candidates: string[] = [];
  for (const id of selection) {
    let current = index.get(id);
    while (current) {
      if (isContainer(current.type)) candidates.push(current.id);
      current = current.parent ? index.get(current.parent) : undefined;
    }
  }
  for (const resource of design.resources) if (isContainer(resource.type)) candidates.push(resource.id);

  for (const id of candidates) {
    const parent = index.get(id);
    if (!parent || !canPlace(type, parent.type)) continue;
    return { ok: true, parent: id, box: freeSlot(design, id, type) };
  }
  if (canPlace(type, undefined)) {
    const topLevel = design.resources.filter((r) => !r.parent).length;
    const size = defaultSize(type);
    const x = snap(center.x - size.w / 2 + (topLevel % 5) * 24);
    const y = snap(center.y - size.h / 2 + (topLevel % 5) * 24);
    return { ok: true, parent: undefined, box: boxFor(type, x, y) };
  }
  // Nowhere to put it yet (a subnet before any VPC): refuse as a top-level drop would.
  return { ok: false, type, parentType: undefined };
}

/** "A NAT gateway cannot be placed on the canvas itself. Put it in: Subnet." */
export function refusalMessage(
  t: Translate,
  type: ResourceType,
  parentType: ResourceType | undefined,
  key: 'ui.drop.refused' | 'ui.move.refused' = 'ui.drop.refused',
): string {
  const allowed = CATALOG[type].allowedParents.map((p: ParentRule) =>
    p === 'none' ? t('ui.drop.topLevelOption') : t(`type.${p}`),
  );
  return t(key, {
    type: t(`type.${type}`),
    where: parentType ? t('ui.drop.inside', { parent: t(`type.${parentType}`) }) : t('ui.drop.topLevel'),
    allowed: allowed.join(', '),
  });
}

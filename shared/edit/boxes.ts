/**
 * Layout boxes as the editor sees them: every shape drawn inside a container (its children and
 * the replica shapes of multi-subnet resources placed in it), the first free slot for a new
 * shape, and containers growing to fit what is put in them. Boxes are relative to the parent.
 */
import { parseReplicaLayoutKey } from '../model/placement';
import type { Design, LayoutBox } from '../model/types';
import { defaultSize, isContainer, sizeOf } from '../diagram/geometry';
import type { ResourceType } from '../model/types';
import { ShapeIndex } from './shape-index';

/** Room left for a container's header inside its box. */
export const HEADER = 48;
/** Margin kept between a container's edge and the shapes inside it. */
export const PADDING = 16;
/** Slots are whole grid steps from a grid-aligned start, so slotted shapes line up with dragged ones. */
const SLOT = { w: 128, h: 112 };

export interface PlacedBox {
  /** Layout key: a resource id, or `id@subnetId` for a replica shape. */
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Every shape drawn directly inside `containerId`, with its size. Pass `shapes` (an index of
 * `design` kept in step since it was built) when asking many times in one operation.
 */
export function shapesIn(
  design: Design,
  containerId: string,
  shapes: ShapeIndex = new ShapeIndex(design),
): PlacedBox[] {
  const result: PlacedBox[] = [];
  for (const resource of shapes.childrenOf(containerId)) {
    const box = design.layout?.[resource.id] ?? { x: 0, y: 0 };
    result.push({ key: resource.id, x: box.x, y: box.y, ...sizeOf(resource, box) });
  }
  for (const key of shapes.replicaKeysIn(containerId)) {
    const box = design.layout?.[key];
    const resourceId = parseReplicaLayoutKey(key)?.resourceId;
    const resource = resourceId === undefined ? undefined : shapes.byId.get(resourceId);
    if (box && resource) result.push({ key, x: box.x, y: box.y, ...sizeOf(resource, box) });
  }
  return result;
}

/** A new box for `type` at (x, y): containers get their default size, icons only a position. */
export function boxFor(type: ResourceType, x: number, y: number): LayoutBox {
  const box: LayoutBox = { x, y };
  if (isContainer(type)) {
    const size = defaultSize(type);
    box.w = size.w;
    box.h = size.h;
  }
  return box;
}

/**
 * The first grid slot of `parent` (row by row, below its header) where a new `type` overlaps
 * none of the shapes already inside it (below everything when the box is full).
 */
export function freeSlot(
  design: Design,
  parent: string,
  type: ResourceType,
  ignore?: string,
  shapes: ShapeIndex = new ShapeIndex(design),
): LayoutBox {
  const parentResource = shapes.byId.get(parent);
  const { w } = parentResource ? sizeOf(parentResource, design.layout?.[parent]) : { w: SLOT.w };
  const size = defaultSize(type);
  const taken = shapesIn(design, parent, shapes).filter((box) => box.key !== ignore);
  const columns = Math.max(1, Math.floor((w - 32) / SLOT.w));
  for (let slot = 0; ; slot++) {
    const x = PADDING + (slot % columns) * SLOT.w;
    const y = HEADER + PADDING + Math.floor(slot / columns) * SLOT.h;
    const clear = taken.every(
      (box) => x + size.w <= box.x || box.x + box.w <= x || y + size.h <= box.y || box.y + box.h <= y,
    );
    // Every shape occupies finitely many slots, so a free one always comes.
    if (clear) return boxFor(type, x, y);
  }
}

/**
 * Grows `containerId` (and then each container around it) so every shape inside fits with a
 * margin. Never shrinks: a box the user made large stays large.
 */
export function growToFit(
  draft: Design,
  containerId: string | undefined,
  shapes: ShapeIndex = new ShapeIndex(draft),
): void {
  const index = shapes.byId;
  let current = containerId ? index.get(containerId) : undefined;
  const seen = new Set<string>();
  while (current && isContainer(current.type) && !seen.has(current.id)) {
    seen.add(current.id);
    const box = draft.layout?.[current.id] ?? shapes.setBox(current.id, { x: 0, y: 0 });
    const size = sizeOf(current, box);
    let w = size.w;
    let h = size.h;
    for (const shape of shapesIn(draft, current.id, shapes)) {
      w = Math.max(w, shape.x + shape.w + PADDING);
      h = Math.max(h, shape.y + shape.h + PADDING);
    }
    if (w > size.w) box.w = w;
    if (h > size.h) box.h = h;
    current = current.parent ? index.get(current.parent) : undefined;
  }
}

/**
 * Dropping an attachment chip (chipDrag.tsx) on another shape: a route table or network ACL
 * chip taken from one subnet's header and dropped on another subnet associates that subnet
 * with it; a security group chip taken from one resource and dropped on another attaches the
 * group to it. The pure half: which shape under the pointer is the target, and the editor
 * operation (`associate`, one history entry) that does it. The editor refuses what makes no
 * sense (another VPC, a resource without security groups, an association already made).
 */
import { addResource, associate } from '../../shared/edit/index';
import type { Refusal } from '../../shared/edit/index';
import type { Design } from '../../shared/model/types';
import type { EditorStore } from '../store/index';
import type { Chip } from './flowExtras';

export interface ChipDrag {
  /** The attached resource the chip stands for (route table, network ACL, security group). */
  chip: string;
  kind: Chip['kind'];
  /** The resource the chip was taken from (its subnet, or the resource wearing the group). */
  owner: string;
}

const CONTAINERS = new Set(['vpc', 'subnet']);

/** The topmost shape in `under` that is not a container (a resource that may wear groups). */
function resourceUnder(design: Design, under: readonly string[]): string | undefined {
  const types = new Map(design.resources.map((r) => [r.id, r.type]));
  return under.find((id) => {
    const type = types.get(id);
    return type !== undefined && !CONTAINERS.has(type);
  });
}

/**
 * The pair to associate when `drag` is dropped over the shapes `under` (resource ids, topmost
 * first); undefined when the drop means nothing (empty canvas, back on its own shape).
 */
export function chipDropPair(
  design: Design,
  drag: ChipDrag,
  under: readonly string[],
): { from: string; to: string } | undefined {
  // A table belongs to a subnet: over a resource inside one, the subnet around it is meant.
  const target =
    drag.kind === 'security-group'
      ? resourceUnder(design, under)
      : under.find((id) => design.resources.some((r) => r.id === id && r.type === 'subnet'));
  if (!target || target === drag.owner || target === drag.chip) return undefined;
  return { from: drag.chip, to: target };
}

/** Performs the drop; returns the editor's refusal to show, if it refused. */
export function commitChipDrop(
  store: EditorStore,
  drag: ChipDrag,
  under: readonly string[],
): Refusal | undefined {
  const pair = chipDropPair(store.getState().design, drag, under);
  if (!pair) return undefined;
  const result = store.perform(associate, pair);
  return result.ok ? undefined : result.refusal;
}

/**
 * A security group dropped from the palette over the shapes `under`: over a resource, the group
 * is added (by `add`, the palette's usual drop, which returns the new id or null when refused)
 * and attached to that resource, as one history entry. Returns the attachment's refusal (a
 * resource that wears no groups): the group stays added, as any palette drop.
 */
export function addGroupOnto(
  store: EditorStore,
  under: readonly string[],
  add: () => string | null,
): Refusal | undefined {
  const target = resourceUnder(store.getState().design, under);
  if (!target) {
    add();
    return undefined;
  }
  store.beginGesture(addResource.label({ type: 'security-group' }, store.getState().design));
  const group = add();
  if (!group) {
    store.cancelGesture();
    return undefined;
  }
  const attached = store.perform(associate, { from: group, to: target });
  store.endGesture();
  return attached.ok ? undefined : attached.refusal;
}

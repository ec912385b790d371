/**
 * Dropping an attachment chip (chipDrag.tsx) on another shape: a route table or network ACL
 * chip taken from one subnet's header and dropped on another subnet associates that subnet
 * with it; a security group chip taken from one resource and dropped on another attaches the
 * group to it. The pure half: which shape under the pointer is the target, and the editor
 * operation (`associate`, one history entry) that does it. The editor refuses what makes no
 * sense (another VPC, a resource without security groups, an association already made).
 */
import { associate } from '../../shared/edit/index';
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

/**
 * The pair to associate when `drag` is dropped over the shapes `under` (resource ids, topmost
 * first); undefined when the drop means nothing (empty canvas, back on its own shape).
 */
export function chipDropPair(
  design: Design,
  drag: ChipDrag,
  under: readonly string[],
): { from: string; to: string } | undefined {
  const types = new Map(design.resources.map((r) => [r.id, r.type]));
  const target = under.find((id) => {
    const type = types.get(id);
    if (!type) return false;
    // A table belongs to a subnet: over a resource inside one, the subnet around it is meant.
    return drag.kind === 'security-group' ? !CONTAINERS.has(type) : type === 'subnet';
  });
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

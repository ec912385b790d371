/**
 * Dropping an attachment chip (chipDrag.tsx) on another shape: a route table or network ACL
 * chip taken from one subnet's header and dropped on another subnet associates that subnet
 * with it; a route table chip dropped on a gateway (internet, NAT, egress-only, peering,
 * transit gateway, gateway endpoint) adds the route that gateway means; a security group chip
 * taken from one resource and dropped on another attaches the group to it. The pure half: which
 * shape under the pointer is the target, what letting go there would do (for the hint), and the
 * editor operation (`associate` or `routeToGateway`, one history entry) that does it. The
 * editor refuses what makes no sense (another VPC, a resource without security groups, an
 * association or route already made) and says why.
 */
import {
  addResource,
  associate,
  connectionMeaning,
  meaningLabel,
  ROUTE_TARGET_TYPES,
  routeToGateway,
} from '../../shared/edit/index';
import type { Refusal } from '../../shared/edit/index';
import type { Design } from '../../shared/model/types';
import type { EditorStore } from '../store/index';
import type { DropAnswer } from './dropHint';
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

/** What a chip drop does: associate the pair, or route the table to the gateway. */
export type ChipDropPlan =
  { op: 'associate'; from: string; to: string } | { op: 'route'; table: string; gateway: string };

/**
 * The drop `drag` makes over the shapes `under` (resource ids, topmost first); undefined when it
 * means nothing (empty canvas, back on its own shape). A route table over a gateway routes to
 * it; over anything inside a subnet, the subnet around it is meant.
 */
export function chipDropPlan(
  design: Design,
  drag: ChipDrag,
  under: readonly string[],
): ChipDropPlan | undefined {
  if (drag.kind === 'security-group') {
    const target = resourceUnder(design, under);
    if (!target || target === drag.owner || target === drag.chip) return undefined;
    return { op: 'associate', from: drag.chip, to: target };
  }
  const types = new Map(design.resources.map((r) => [r.id, r.type]));
  const target = under.find((id) => {
    const type = types.get(id);
    return (
      type === 'subnet' || (drag.kind === 'route-table' && type !== undefined && ROUTE_TARGET_TYPES.has(type))
    );
  });
  if (!target || target === drag.owner || target === drag.chip) return undefined;
  if (types.get(target) === 'subnet') return { op: 'associate', from: drag.chip, to: target };
  return { op: 'route', table: drag.chip, gateway: target };
}

/** The resource a plan lands on (the shape to outline). */
export function planTarget(plan: ChipDropPlan): string {
  return plan.op === 'route' ? plan.gateway : plan.to;
}

/** What letting go would do, in the editor's words, or why it would be refused. */
export function describePlan(design: Design, plan: ChipDropPlan): DropAnswer {
  const [from, to] = plan.op === 'route' ? [plan.table, plan.gateway] : [plan.from, plan.to];
  const meaning = connectionMeaning(design, from, to);
  if (!meaning.ok) return { message: meaning.refusal, refused: true };
  // The operations refuse the kinds a chip gesture never means; ask them for that refusal.
  const allowed =
    plan.op === 'route'
      ? meaning.value.kind === 'route' || meaning.value.kind === 'endpointRoute'
      : meaning.value.kind !== 'traffic';
  if (!allowed) {
    const result = performOn(design, plan);
    if (!result.ok) return { message: result.refusal, refused: true };
  }
  return { message: meaningLabel(design, meaning.value), refused: false };
}

/** Runs the plan's operation on a throwaway copy (only to read its refusal). */
function performOn(design: Design, plan: ChipDropPlan) {
  const copy = structuredClone(design);
  return plan.op === 'route' ? routeToGateway.run(copy, plan) : associate.run(copy, plan);
}

/** Performs the drop; returns the editor's refusal to show, if it refused. */
export function commitChipDrop(
  store: EditorStore,
  drag: ChipDrag,
  under: readonly string[],
): Refusal | undefined {
  const plan = chipDropPlan(store.getState().design, drag, under);
  if (!plan) return undefined;
  const result = plan.op === 'route' ? store.perform(routeToGateway, plan) : store.perform(associate, plan);
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

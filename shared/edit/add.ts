/**
 * Adding a resource: where it lands (under the pointer, or somewhere sensible for a keyboard
 * add) and the defaults it starts with: a subnet gets the next free CIDR, the next AZ and a
 * name; a resource placed in a subnet lists that subnet in its `subnets` prop; the container
 * grows to fit it.
 */
import { CATALOG, initialProps } from '../catalog/index';
import type { Locale } from '../i18n/index';
import { absolutePosition, defaultSize, GRID, indexResources, isContainer, snap } from '../diagram/geometry';
import { MULTI_SUBNET_TYPES } from '../model/placement';
import type { Design, LayoutBox, Resource, ResourceType } from '../model/types';
import { boxFor, freeSlot, growToFit, HEADER } from './boxes';
import { freshId } from './ids';
import { isPublicSubnet, nextFreeCidr, subnetName } from './subnet-defaults';
import type { EditResult, Point } from './types';
import { ok, operation, refuse, typeName } from './types';
import {
  candidateContainers,
  containerChain,
  selectionContainers,
  needsSubnet,
  placeRefusal,
  resolveContainer,
  subnetRefusal,
} from './where';
import { nextZone } from './zones';
import { fillLinkRefs } from './link-defaults';

export interface Spot {
  /** The container it lands in; undefined for the top level. */
  parent: string | undefined;
  /** Its box, relative to `parent`. */
  box: LayoutBox;
}

/**
 * Where a drop at `point` lands (absolute flow coordinates). An icon is centred on it; a
 * container (VPC, subnet) puts its top-left corner there, so its header is where the pointer
 * was rather than half a box up and to the left. Positions are on the grid the canvas snaps to.
 */
export function placeAt(
  design: Design,
  type: ResourceType,
  point: Point,
  props?: Record<string, unknown>,
): EditResult<Spot> {
  const chain = containerChain(design, point);
  const resolved = resolveContainer(
    design,
    type,
    props ?? (initialProps(type) as Record<string, unknown>),
    chain,
  );
  if (!resolved.ok) return resolved;
  const container = resolved.value;
  const size = defaultSize(type);
  const origin = container ? absolutePosition(design, container.id) : { x: 0, y: 0 };
  const anchor = isContainer(type) ? { x: 0, y: 0 } : { x: size.w / 2, y: size.h / 2 };
  let x = snap(point.x - anchor.x - origin.x);
  let y = snap(point.y - anchor.y - origin.y);
  if (container) {
    x = Math.max(GRID, x);
    y = Math.max(HEADER, y);
  }
  // Landing in an outer container than the one under the pointer: take a free slot there.
  if (container && chain[0] && container.id !== chain[0].id) {
    return ok({ parent: container.id, box: freeSlot(design, container.id, type) });
  }
  return ok({ parent: container?.id, box: boxFor(type, x, y) });
}

/** Subnets a keyboard-added `type` prefers: public ones for an internet-facing ALB or a NAT gateway. */
function prefersPublic(type: ResourceType): boolean | undefined {
  if (type === 'alb' || type === 'nat-gateway') return true;
  if (needsSubnet(type, { endpointType: 'interface' })) return false;
  return undefined;
}

/**
 * Where a resource added without a pointer goes: inside the selected container (or the selected
 * resource's container) when allowed, else the first container that allows it (for subnet
 * types, a public or private subnet as fits the type), else the top level near `center`.
 */
export function placeSomewhere(
  design: Design,
  type: ResourceType,
  selection: readonly string[],
  center: Point,
): EditResult<Spot> {
  const props = initialProps(type) as Record<string, unknown>;
  const candidates = candidateContainers(design, selection);
  const subnetOnly = needsSubnet(type, props);
  const wantPublic = prefersPublic(type);
  const selected = new Set(selectionContainers(design, selection));
  const score = (c: Resource): number => {
    if (c.type !== 'subnet' || wantPublic === undefined) return 0;
    return isPublicSubnet(design, c as Resource & { type: 'subnet' }) === wantPublic ? 0 : 1;
  };
  const fitting = candidates.filter((c) =>
    subnetOnly ? c.type === 'subnet' : CATALOG[type].allowedParents.includes(c.type),
  );
  // The selection wins; among the rest, the better-suited subnet comes first (stable otherwise).
  const ordered = [
    ...fitting.filter((c) => selected.has(c)),
    ...fitting.filter((c) => !selected.has(c)).sort((a, b) => score(a) - score(b)),
  ];
  const parent = ordered[0];
  if (parent) return ok({ parent: parent.id, box: freeSlot(design, parent.id, type) });
  if (CATALOG[type].allowedParents.includes('none') && !(subnetOnly && type !== 'lambda-function')) {
    const topLevel = design.resources.filter((r) => !r.parent).length;
    const size = defaultSize(type);
    const x = snap(center.x - size.w / 2 + (topLevel % 5) * 24);
    const y = snap(center.y - size.h / 2 + (topLevel % 5) * 24);
    return ok({ parent: undefined, box: boxFor(type, x, y) });
  }
  if (subnetOnly) {
    const vpc = design.resources.find((r) => r.type === 'vpc');
    return subnetRefusal(design, type, vpc?.id);
  }
  // Nowhere to put it yet (a subnet before any VPC): refuse as a top-level drop would.
  return placeRefusal(type, undefined);
}

/**
 * Inserts a resource of `type` in `parent` at `box` with its starting props and defaults;
 * returns its id. The lower-level half of `addResource` (no placement decision).
 */
export function insertResource(
  draft: Design,
  type: ResourceType,
  parent: string | undefined,
  box: LayoutBox,
  props?: Record<string, unknown>,
  locale: Locale = 'en',
): string {
  const id = freshId(draft, CATALOG[type].idPrefix);
  const resource = { id, type, props: { ...initialProps(type), ...props } } as Resource;
  const index = indexResources(draft);
  const parentResource = parent ? index.get(parent) : undefined;
  if (parent) resource.parent = parent;
  if (resource.type === 'subnet' && parentResource?.type === 'vpc') {
    resource.props.cidr = nextFreeCidr(draft, parentResource.id) ?? resource.props.cidr;
    resource.props.az = nextZone(draft, parentResource.id);
    const isPublic = isPublicSubnet(draft, resource);
    resource.name = subnetName(draft, parentResource.id, resource.props.az, isPublic, locale);
  }
  if (MULTI_SUBNET_TYPES.has(type) && parentResource?.type === 'subnet') {
    (resource.props as { subnets?: string[] }).subnets = [parentResource.id];
  }
  fillLinkRefs(draft, resource);
  draft.resources.push(resource);
  draft.layout ??= {};
  draft.layout[id] = { ...box };
  growToFit(draft, parent);
  return id;
}

/** Where a drop lands, with the props it implies: a VPC endpoint dropped on a subnet is an interface endpoint. */
function dropSpot(
  design: Design,
  type: ResourceType,
  at: Point,
): { spot: EditResult<Spot>; props?: Record<string, unknown> } {
  if (type === 'vpc-endpoint' && containerChain(design, at).some((c) => c.type === 'subnet')) {
    const props = { endpointType: 'interface' };
    return { spot: placeAt(design, type, at, props), props };
  }
  return { spot: placeAt(design, type, at) };
}

export interface AddArgs {
  type: ResourceType;
  /** A drop: the absolute point the new shape is centred on. */
  at?: Point;
  /** A keyboard add: the selection to add into, and the view centre for top-level items. */
  selection?: readonly string[];
  center?: Point;
  /** An exact spot (tests, the CLI, templates): skips the placement decision. */
  spot?: Spot;
  /**
   * The language default names are written in ("Subnet A" / "서브넷 A"): the app passes its UI
   * language, the CLI its `--lang`. English when left out.
   */
  locale?: Locale;
}

export const addResource = operation<AddArgs, string>(
  'addResource',
  (args) => ({ key: 'ui.action.add', params: { type: typeName(args.type) } }),
  (draft, args) => {
    if (!CATALOG[args.type]) return refuse('edit.refused.unknown', { id: args.type });
    const dropped = args.at ? dropSpot(draft, args.type, args.at) : undefined;
    const spot = args.spot
      ? ok(args.spot)
      : (dropped?.spot ??
        placeSomewhere(draft, args.type, args.selection ?? [], args.center ?? { x: 0, y: 0 }));
    if (!spot.ok) return spot;
    const { parent, box } = spot.value;
    return ok(insertResource(draft, args.type, parent, box, dropped?.props, args.locale));
  },
);

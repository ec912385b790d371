/**
 * The parts of the canvas view model that are not resources: Availability Zone group boxes
 * (derived from the subnets' `az`), attachment chips (route table / NACL on a subnet, security
 * groups on a resource) and the typed links of the network-details view.
 */
import type { Edge, Node } from '@xyflow/react';
import {
  attachmentsEdit,
  attachmentsOf,
  detailLinks,
  looseAttachments,
  resourceLookup,
} from '../../shared/diagram/attachments';
import type { Attachments } from '../../shared/diagram/attachments';
import { deadLetterLinks } from '../../shared/diagram/dead-letters';
import type { DetailLinkKind } from '../../shared/diagram/attachments';
import { sizeOf } from '../../shared/diagram/geometry';
import { azColumns, azGroupId, shapesOf } from '../../shared/diagram/structure';
import { SIZES, isAttachmentType } from '../../shared/diagram/style';
import type { Design, Resource } from '../../shared/model/types';
import { NO_HANDLES } from './nodeHandles';

export interface Chip {
  /** The attached resource's id. */
  id: string;
  kind: 'route-table' | 'network-acl' | 'security-group';
  label: string;
  /** Route table only: "0.0.0.0/0 → igw1" lines for the tooltip. */
  routes?: string[];
  /** The simulator's current hop is this attachment (a NACL or route table on the way). */
  state?: 'sim-focus' | 'sim-blocked';
  /** The attached resource is selected (a click on the chip selects it). */
  selected?: boolean;
}

export interface AzNodeData extends Record<string, unknown> {
  az: string;
}

export type AzFlowNode = Node<AzNodeData, 'az'>;

function nameOf(resource: Resource): string {
  return resource.name?.trim() || resource.id;
}

/** Marks the chips of the simulator's current hop (when that hop is an attachment). */
function withFocus(chips: Chip[], focus: { resource?: string; blocked?: boolean } | null): Chip[] {
  if (!focus?.resource || !chips.some((chip) => chip.id === focus.resource)) return chips;
  return chips.map((chip) =>
    chip.id === focus.resource ? { ...chip, state: focus.blocked ? 'sim-blocked' : 'sim-focus' } : chip,
  );
}

/** Marks the chips of selected attachments. */
export function withSelection(chips: readonly Chip[], selected: ReadonlySet<string>): readonly Chip[] {
  if (!chips.some((chip) => selected.has(chip.id))) return chips;
  return chips.map((chip) => (selected.has(chip.id) ? { ...chip, selected: true } : chip));
}

/**
 * Chips per resource id, for the default view (the details view draws nodes instead). With
 * `previous` (the document an edit started from, see attachmentsOf), an edit that replaced a
 * few resources in place keeps the chips of every resource whose attachments it left alone.
 */
export function chipsOf(
  design: Design,
  details: boolean,
  focus: { resource?: string; blocked?: boolean } | null = null,
  previous?: Design,
): Map<string, Chip[]> {
  const cached = chipCache.get(design.resources);
  if (cached && cached.details === details && cached.focus === focus) return cached.result;
  const from = previous ? chipCache.get(previous.resources) : undefined;
  const result =
    (previous && from && !details && !from.details && from.focus === focus
      ? chipsAfterEdit(design, previous, from.result, focus)
      : null) ?? computeChips(design, details, focus);
  chipCache.set(design.resources, { details, focus, result });
  return result;
}

// Chips depend on the resources (and the simulator's focus): a drag frame reuses them.
const chipCache = new WeakMap<
  Design['resources'],
  { details: boolean; focus: unknown; result: Map<string, Chip[]> }
>();

/** The chips of one resource's attachments. */
function chipsFor(entry: Attachments, byId: (id: string) => Resource | undefined): Chip[] {
  const chips: Chip[] = [];
  const table = entry.routeTable;
  if (table?.type === 'route-table') {
    const routes = (table.props.routes ?? []).map((route) => {
      const target = byId(route.target);
      return `${route.destination} → ${target ? nameOf(target) : route.target}`;
    });
    chips.push({ id: table.id, kind: 'route-table', label: nameOf(table), routes });
  }
  if (entry.networkAcl)
    chips.push({ id: entry.networkAcl.id, kind: 'network-acl', label: nameOf(entry.networkAcl) });
  for (const group of entry.securityGroups) {
    chips.push({ id: group.id, kind: 'security-group', label: nameOf(group) });
  }
  return chips;
}

function computeChips(
  design: Design,
  details: boolean,
  focus: { resource?: string; blocked?: boolean } | null,
): Map<string, Chip[]> {
  const result = new Map<string, Chip[]>();
  if (details) return result;
  const byId = resourceLookup(design);
  for (const [id, entry] of attachmentsOf(design)) result.set(id, withFocus(chipsFor(entry, byId), focus));
  return result;
}

/**
 * `design`'s chips from `previous`'s (`before`): a resource keeps its chips when the edit left its
 * attachments entry alone (attachmentsEdit) and no route of its table names a resource the edit
 * replaced (the chip's tooltip shows the target's name). Null when the attachments were not
 * derived from `previous`'s by an edit in place.
 */
function chipsAfterEdit(
  design: Design,
  previous: Design,
  before: ReadonlyMap<string, Chip[]>,
  focus: { resource?: string; blocked?: boolean } | null,
): Map<string, Chip[]> | null {
  const entries = attachmentsOf(design, previous);
  const edit = attachmentsEdit(design, previous);
  if (!edit) return null;
  const { replaced, remade } = edit;
  const byId = resourceLookup(design);
  const result = new Map<string, Chip[]>();
  entries.forEach((entry, id) => {
    const kept = before.get(id);
    const routes = entry.routeTable?.type === 'route-table' ? (entry.routeTable.props.routes ?? []) : [];
    result.set(
      id,
      kept && !remade.has(id) && !routes.some((route) => replaced.has(route.target))
        ? kept
        : withFocus(chipsFor(entry, byId), focus),
    );
  });
  return result;
}

/** One dashed AZ box per AZ of each VPC, around that AZ's subnets (positions relative to the VPC). */
export function azGroupNodes(
  design: Design,
  isPublic: ReadonlyMap<string, boolean>,
  previous: ReadonlyMap<string, AzFlowNode> = new Map(),
): Map<string, AzFlowNode[]> {
  const result = new Map<string, AzFlowNode[]>();
  for (const vpc of design.resources) {
    if (vpc.type !== 'vpc') continue;
    const nodes: AzFlowNode[] = [];
    for (const column of azColumns(design, vpc.id, isPublic)) {
      let left = Infinity;
      let top = Infinity;
      let right = -Infinity;
      let bottom = -Infinity;
      for (const subnet of column.subnets) {
        const box = design.layout?.[subnet.id];
        if (!box) continue;
        const { w, h } = sizeOf(subnet, box);
        left = Math.min(left, box.x);
        top = Math.min(top, box.y);
        right = Math.max(right, box.x + w);
        bottom = Math.max(bottom, box.y + h);
      }
      if (!Number.isFinite(left)) continue;
      const x = left - SIZES.azPadding;
      const y = top - SIZES.azHeader - 8;
      const width = right - left + 2 * SIZES.azPadding;
      const height = bottom - y + SIZES.azPadding;
      const id = azGroupId(vpc.id, column.az);
      const before = previous.get(id);
      // The same box keeps the same node object, so React Flow skips it.
      if (
        before &&
        before.position.x === x &&
        before.position.y === y &&
        before.width === width &&
        before.height === height
      ) {
        nodes.push(before);
        continue;
      }
      nodes.push({
        id,
        type: 'az',
        parentId: vpc.id,
        position: { x, y },
        width,
        height,
        measured: { width, height },
        // No handles, declared so: React Flow then treats the group as measured (nodeHandles.ts).
        handles: NO_HANDLES,
        selectable: false,
        draggable: false,
        connectable: false,
        focusable: false,
        className: 'az-group',
        data: { az: column.az },
      });
    }
    result.set(vpc.id, nodes);
  }
  return result;
}

/**
 * A VPC's display height in the default view: its attachments band (where the network-details
 * view puts route tables and groups) is hidden. Undefined when there is nothing to hide.
 */
export function trimmedHeight(design: Design, vpcId: string): number | undefined {
  const box = design.layout?.[vpcId];
  if (!box?.h) return undefined;
  let hidden = false;
  let bottom = 0;
  const loose = looseAttachments(design);
  for (const r of childrenOf(design).get(vpcId) ?? []) {
    if (isAttachmentType(r.type) && !loose.has(r.id)) {
      hidden = true;
      continue;
    }
    const child = design.layout?.[r.id];
    if (!child) return undefined;
    const extra = r.type === 'subnet' ? SIZES.azPadding : 0;
    bottom = Math.max(bottom, child.y + sizeOf(r, child).h + extra);
  }
  if (!hidden || bottom === 0) return undefined;
  return Math.min(box.h, bottom + SIZES.padding);
}

// Children per parent, once per resources array (a drag frame does not change it).
const childIndex = new WeakMap<Design['resources'], Map<string, Resource[]>>();

function childrenOf(design: Design): Map<string, Resource[]> {
  const hit = childIndex.get(design.resources);
  if (hit) return hit;
  const index = new Map<string, Resource[]>();
  for (const r of design.resources) {
    if (!r.parent) continue;
    const list = index.get(r.parent) ?? [];
    list.push(r);
    index.set(r.parent, list);
  }
  childIndex.set(design.resources, index);
  return index;
}

const LINK_ORDER: Record<DetailLinkKind, number> = {
  'route-table': 0,
  'network-acl': 1,
  route: 2,
  'security-group': 3,
};

/** The typed links of the network-details view between shapes that are drawn. */
export function detailEdges(design: Design, drawn: ReadonlySet<string>): Edge[] {
  return detailLinks(design)
    .filter((link) => drawn.has(link.from) && drawn.has(link.to))
    .sort((a, b) => LINK_ORDER[a.kind] - LINK_ORDER[b.kind])
    .map((link) => ({
      id: `detail:${link.id}`,
      source: link.from,
      target: link.to,
      type: 'detail',
      selectable: false,
      className: `detail-link detail-${link.kind}`,
      markerEnd: 'skyplan-arrow-detail',
      data: { kind: link.kind, destination: link.destination },
    }));
}

/** A link between two shapes drawn in every view (shared/diagram's dead-letter and VPC links). */
interface ShapeLink {
  id: string;
  from: string;
  to: string;
}

/**
 * Light, unselectable edges for the links whose two ends are drawn, kept per `resources` array
 * in `cache`: the same array while the resources stay the same, so a drag does not redraw them.
 */
export function cachedLinkEdges(
  cache: WeakMap<Design['resources'], Edge[]>,
  design: Design,
  drawn: ReadonlySet<string>,
  links: (design: Design) => readonly ShapeLink[],
  look: Pick<Edge, 'className' | 'markerEnd' | 'data'>,
): Edge[] {
  const cached = cache.get(design.resources);
  if (cached) return cached;
  const edges: Edge[] = links(design)
    .filter((link) => drawn.has(link.from) && drawn.has(link.to))
    .map((link) => ({
      id: link.id,
      source: link.from,
      target: link.to,
      type: 'detail',
      selectable: false,
      ...look,
    }));
  cache.set(design.resources, edges);
  return edges;
}

const deadLetterCache = new WeakMap<Design['resources'], Edge[]>();

/** Dead-letter links (queue → its DLQ), drawn in every view: light, dotted, labelled. */
export function deadLetterEdges(design: Design, drawn: ReadonlySet<string>): Edge[] {
  return cachedLinkEdges(deadLetterCache, design, drawn, deadLetterLinks, {
    className: 'detail-link dead-letter-link',
    markerEnd: 'skyplan-arrow-detail',
    data: { kind: 'dead-letter' },
  });
}

/** Every shape key the default view draws (for tests and the exports' parity checks). */
export function drawnKeys(design: Design): string[] {
  return shapesOf(design, { attachments: false }).map((shape) => shape.key);
}

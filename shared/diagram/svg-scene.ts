/**
 * A diagram as absolute boxes, ready to draw: groups (VPCs, Availability Zones, subnets), nodes
 * (home shapes and replicas), chips (route tables, network ACLs, security groups) and
 * connections with orthogonal routes. The SVG and draw.io exports both draw from this scene, so
 * they place everything alike; positions come from the document's layout (relative to the
 * parent, as the canvas stores them).
 */
import { CATALOG } from '../catalog/index';
import type { Locale } from '../i18n/index';
import { t } from '../i18n/index';
import type { Connection, Design, LayoutBox, Resource } from '../model/types';
import { defaultSize, indexResources, isContainer, sizeOf } from './geometry';
import { iconPathOf } from './icons';
import { overlaps } from './label-place';
import { connectionLabel } from './labels';
import { attachmentsOf } from './attachments';
import { deadLetterLinks } from './dead-letters';
import { midpointOfLongest, routeFits } from './routes';
import type { EdgeRoute, Point } from './routes';
import { routeEdge } from './svg-route';
import type { GroupKind } from './style';
import { isAsyncKind, isAttachmentType, SIZES } from './style';
import { azColumns, azGroupId, publicSubnets, shapesOf } from './structure';
import { typeLine } from './type-line';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Chip {
  kind: 'route-table' | 'network-acl' | 'security-group';
  /** Resource id of the attachment. */
  id: string;
  label: string;
}

export interface SceneGroup extends Rect {
  /** Resource id, or the AZ group id (`az:vpc:a`). */
  key: string;
  kind: GroupKind;
  /** Resource id of the container this group sits in (AZ groups: their VPC). */
  parentKey: string | undefined;
  resource?: Resource;
  title: string;
  subtitle: string;
  icon?: string;
  chips: Chip[];
  /** Layout height before the attachments band was trimmed off (VPCs; draw.io shows the band). */
  fullH?: number;
}

export interface SceneNode extends Rect {
  key: string;
  resource: Resource;
  /** Key of the group the node is drawn in (AZ-free: the design's container). */
  parentKey: string | undefined;
  replica: boolean;
  name: string;
  detail: string;
  icon: string;
  chips: Chip[];
}

export interface SceneEdge {
  connection: Connection;
  from: string;
  to: string;
  points: Point[];
  label: string;
  labelAt: Point;
  dashed: boolean;
}

/** A light link that is not a connection: a queue → its dead-letter queue (dead-letters.ts). */
export interface SceneLink {
  id: string;
  from: string;
  to: string;
  points: Point[];
  label: string;
  labelAt: Point;
}

export interface Scene {
  /** Bounding box of everything drawn (before the margin). */
  bounds: Rect;
  groups: SceneGroup[];
  nodes: SceneNode[];
  edges: SceneEdge[];
  links?: SceneLink[];
}

export interface SceneOptions {
  /** Layout to draw; defaults to the document's own. */
  layout?: Readonly<Record<string, LayoutBox>>;
  /** ELK's connection routes (layout.ts computeDiagram); used where both ends still fit. */
  routes?: Readonly<Record<string, EdgeRoute>>;
  locale: Locale;
}

export function displayName(resource: Resource): string {
  return resource.name?.trim() || resource.id;
}

function union(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.w));
  const bottom = Math.max(...rects.map((r) => r.y + r.h));
  return { x, y, w: right - x, h: bottom - y };
}

export function buildScene(design: Design, options: SceneOptions): Scene {
  const layout = options.layout ?? design.layout ?? {};
  const { locale } = options;
  const byId = indexResources(design);
  const isPublic = publicSubnets(design);
  const shapes = shapesOf(design, { attachments: false });

  // Absolute boxes, parents first (shapesOf lists containers before their contents only when
  // the document does; resolve recursively instead of relying on order).
  const boxes = new Map<string, Rect>();
  const shapeByKey = new Map(shapes.map((shape) => [shape.key, shape]));
  // Boxes already taken inside each container (relative), for shapes the layout lacks.
  const taken = new Map<string | undefined, Rect[]>();
  for (const shape of shapes) {
    const box = layout[shape.key];
    if (!box) continue;
    const size = defaultSize(shape.resource.type);
    const list = taken.get(shape.container) ?? [];
    list.push({ x: box.x, y: box.y, w: box.w ?? size.w, h: box.h ?? size.h });
    taken.set(shape.container, list);
  }
  /** The first grid cell of the container that overlaps nothing placed there yet. */
  const freeSlot = (container: string | undefined, size: { w: number; h: number }): LayoutBox => {
    const list = taken.get(container) ?? [];
    for (let slot = 0; ; slot++) {
      const candidate = {
        x: SIZES.padding + (slot % 4) * (size.w + SIZES.gap),
        y: SIZES.header + SIZES.padding + Math.floor(slot / 4) * (size.h + SIZES.gap),
        ...size,
      };
      if (slot > 400 || !list.some((r) => overlaps(r, candidate))) {
        list.push(candidate);
        taken.set(container, list);
        return { x: candidate.x, y: candidate.y };
      }
    }
  };
  const resolve = (key: string, depth = 0): Rect => {
    const known = boxes.get(key);
    if (known) return known;
    const shape = shapeByKey.get(key);
    const resource = shape?.resource ?? byId.get(key);
    if (!resource || depth > 64) return { x: 0, y: 0, w: 0, h: 0 };
    const container = shape ? shape.container : resource.parent;
    const origin = container && byId.has(container) ? resolve(container, depth + 1) : { x: 0, y: 0 };
    const size = defaultSize(resource.type);
    let box = layout[key];
    if (!box) box = freeSlot(container, size);
    const rect = { x: origin.x + box.x, y: origin.y + box.y, ...sizeOf(resource, box) };
    boxes.set(key, rect);
    return rect;
  };

  const nameOf = (id: string) => {
    const found = byId.get(id);
    return found ? displayName(found) : id;
  };
  const chip = (kind: Chip['kind'], id: string): Chip | undefined =>
    byId.get(id)?.type === kind ? { kind, id, label: nameOf(id) } : undefined;

  // Route tables, NACLs and security groups are chips, as on the canvas (attachments.ts).
  const attachments = attachmentsOf(design);
  const chipsOf = (id: string): Chip[] => {
    const entry = attachments.get(id);
    if (!entry) return [];
    const list: Chip[] = [];
    if (entry.routeTable)
      list.push({ kind: 'route-table', id: entry.routeTable.id, label: displayName(entry.routeTable) });
    if (entry.networkAcl)
      list.push({ kind: 'network-acl', id: entry.networkAcl.id, label: displayName(entry.networkAcl) });
    for (const group of entry.securityGroups)
      list.push({ kind: 'security-group', id: group.id, label: displayName(group) });
    return list;
  };

  const groups: SceneGroup[] = [];
  const nodes: SceneNode[] = [];
  for (const shape of shapes) {
    const { resource } = shape;
    const rect = resolve(shape.key);
    const props = resource.props as Record<string, unknown>;
    if (isContainer(resource.type)) {
      const subnet = resource.type === 'subnet';
      const kind: GroupKind =
        resource.type === 'vpc'
          ? 'vpc'
          : subnet
            ? isPublic.has(resource.id)
              ? isPublic.get(resource.id)
                ? 'public'
                : 'private'
              : 'unknown'
            : 'unknown';
      const cidr = typeof props.cidr === 'string' ? props.cidr : '';
      const az =
        subnet && typeof props.az === 'string' ? t(locale, 'export.diagram.az', { az: props.az }) : '';
      const chips = chipsOf(resource.id);
      groups.push({
        ...rect,
        key: shape.key,
        kind,
        parentKey: shape.container,
        resource,
        title: displayName(resource),
        subtitle: [cidr, az].filter(Boolean).join(' · '),
        icon: iconPathOf(resource, isPublic.get(resource.id)),
        chips: chips.filter((c): c is Chip => c !== undefined),
      });
      continue;
    }
    nodes.push({
      ...rect,
      key: shape.key,
      resource,
      parentKey: shape.container,
      replica: shape.replica,
      name: displayName(resource),
      // The canvas's type line: the short name ("ALB") where the full one does not fit.
      detail: typeLine(resource.type, (key) => t(locale, key)),
      icon: CATALOG[resource.type].icon,
      chips: chipsOf(resource.id),
    });
  }

  // A VPC's attachments band (where the network-details view puts route tables and groups) is
  // not drawn by default: the VPC ends below its last subnet or resource, as on the canvas.
  for (const group of groups) {
    if (group.resource?.type !== 'vpc') continue;
    const children = design.resources.filter((r) => r.parent === group.key);
    if (!children.some((r) => isAttachmentType(r.type))) continue;
    let bottom = 0;
    for (const child of children) {
      if (isAttachmentType(child.type)) continue;
      const box = boxes.get(child.id);
      if (box) bottom = Math.max(bottom, box.y + box.h + (child.type === 'subnet' ? SIZES.azPadding : 0));
    }
    if (bottom > group.y) {
      group.fullH = group.h;
      group.h = Math.min(group.h, bottom - group.y + SIZES.padding);
    }
  }

  // Attachments nothing refers to (a spare security group, an unassociated route table) are
  // still part of the design: they go as chips on their container's header.
  const shown = new Set([...groups, ...nodes].flatMap((item) => item.chips.map((c) => c.id)));
  for (const resource of design.resources) {
    if (!isAttachmentType(resource.type) || shown.has(resource.id)) continue;
    const owner = groups.find((g) => g.key === resource.parent);
    const own = chip(resource.type as Chip['kind'], resource.id);
    if (owner && own) owner.chips.push(own);
  }

  // Availability Zones: one dashed box per AZ around its subnets, as the canvas draws them.
  for (const vpc of design.resources.filter((r) => r.type === 'vpc')) {
    const azGroups: SceneGroup[] = [];
    for (const column of azColumns(design, vpc.id, isPublic)) {
      const around = union(column.subnets.map((s) => resolve(s.id)));
      if (!around || column.az === '') continue;
      azGroups.push({
        x: around.x - SIZES.azPadding,
        y: around.y - SIZES.azHeader - 8,
        w: around.w + 2 * SIZES.azPadding,
        h: around.h + SIZES.azHeader + 8 + SIZES.azPadding,
        key: azGroupId(vpc.id, column.az),
        kind: 'az',
        parentKey: vpc.id,
        title: t(locale, 'export.diagram.availabilityZone', { az: column.az }),
        subtitle: '',
        chips: [],
      });
    }
    // Draw AZs right after their VPC, under the subnets.
    const at = groups.findIndex((g) => g.key === vpc.id);
    groups.splice(at + 1, 0, ...azGroups);
  }

  const nodeByKey = new Map<string, Rect>();
  for (const node of nodes) nodeByKey.set(node.key, node);
  for (const group of groups) if (group.resource) nodeByKey.set(group.key, group);
  const edges: SceneEdge[] = [];
  for (const connection of design.connections) {
    const from = nodeByKey.get(connection.from);
    const to = nodeByKey.get(connection.to);
    if (!from || !to || connection.from === connection.to) continue;
    const route = drawnRoute(options.routes?.[connection.id], from, to);
    edges.push({
      connection,
      from: connection.from,
      to: connection.to,
      points: route.points,
      labelAt: route.labelAt,
      label: connectionLabel(connection),
      dashed: isAsyncKind(connection.kind),
    });
  }

  const links: SceneLink[] = [];
  for (const link of deadLetterLinks(design)) {
    const from = nodeByKey.get(link.from);
    const to = nodeByKey.get(link.to);
    if (!from || !to) continue;
    const route = drawnRoute(options.routes?.[link.id], from, to);
    links.push({
      ...link,
      points: route.points,
      labelAt: route.labelAt,
      label: t(locale, 'diagram.link.deadLetter'),
    });
  }

  const all: Rect[] = [
    ...groups,
    ...nodes.map((n) => ({ ...n, h: n.h + (n.chips.length ? 20 : 0) })),
    ...edges.flatMap((e) => e.points.map((p) => ({ x: p.x, y: p.y, w: 0, h: 0 }))),
  ];
  const bounds = union(all) ?? { x: 0, y: 0, w: 0, h: 0 };
  return { bounds, groups, nodes, edges, links };
}

/**
 * The line between two boxes: the router's route (and its label spot) while it still fits both
 * ends, else a simple orthogonal path of our own.
 */
function drawnRoute(
  routed: EdgeRoute | undefined,
  from: Rect,
  to: Rect,
): { points: Point[]; labelAt: Point } {
  if (!routed || routed.points.length < 2 || !routeFits(routed, from, to)) return routeEdge(from, to);
  const label = routed.label;
  return {
    points: routed.points,
    labelAt: label
      ? { x: label.x + label.w / 2, y: label.y + label.h / 2 }
      : midpointOfLongest(routed.points),
  };
}

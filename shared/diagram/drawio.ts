/**
 * The diagram as a draw.io file (`.drawio`, uncompressed mxGraph XML), so a design can be
 * finished in draw.io: VPCs, Availability Zones and subnets are `mxgraph.aws4.group` containers
 * (moving a VPC there moves what is inside), every resource is one cell with an `mxgraph.aws4`
 * shape whose `parent` is its container, connections are orthogonal edges with their labels,
 * and all geometry comes from the same scene the SVG export draws.
 *
 * Dead-letter links (a queue → its dead-letter queue) are thin dotted edges along their routes,
 * as in the SVG export.
 *
 * Cell ids: a resource's own id for its home shape, `id@subnetId` for a replica, `az:vpc:a`
 * for an AZ, `edge:<connection id>` for a connection, `link:dlq:<queue id>` for a dead-letter
 * link. Labels are plain text (escaped).
 */
import type { Locale } from '../i18n/index';
import type { Design, LayoutBox, Resource } from '../model/types';
import type { EdgeRoute } from './routes';
import { escapeXml, escapeXmlMultiline } from './escape';
import { edgeStyle, groupCellStyle, resourceStyle } from './drawio-styles';
import { defaultSize } from './geometry';
import type { Rect, Scene } from './svg-scene';
import { buildScene, displayName } from './svg-scene';
import type { Point } from './routes';
import { EDGE, isAttachmentType, SIZES } from './style';

export interface DrawioOptions {
  layout?: Readonly<Record<string, LayoutBox>>;
  routes?: Readonly<Record<string, EdgeRoute>>;
  locale?: Locale;
}

const ICON = 48;

function n(value: number): string {
  return String(Math.round(value));
}

interface Cell {
  id: string;
  value: string;
  style: string;
  parent: string;
  /** Absolute box of the cell (converted to parent-relative when written). */
  box: Rect;
  vertex: boolean;
}

function vertexXml(cell: Cell, parentBox: Rect | undefined): string {
  const x = cell.box.x - (parentBox?.x ?? 0);
  const y = cell.box.y - (parentBox?.y ?? 0);
  return (
    `<mxCell id="${escapeXml(cell.id)}" value="${escapeXmlMultiline(cell.value)}" style="${escapeXml(cell.style)}" vertex="1" parent="${escapeXml(cell.parent)}">` +
    `<mxGeometry x="${n(x)}" y="${n(y)}" width="${n(cell.box.w)}" height="${n(cell.box.h)}" as="geometry"/></mxCell>`
  );
}

/** Attachments (route tables, NACLs, security groups) as small cells where the layout put them. */
function attachmentCells(design: Design, scene: Scene, layout: Readonly<Record<string, LayoutBox>>): Cell[] {
  const boxOf = new Map<string, Rect>();
  for (const group of scene.groups) if (group.resource) boxOf.set(group.key, group);
  const cells: Cell[] = [];
  design.resources
    .filter((r) => isAttachmentType(r.type))
    .forEach((resource: Resource, index) => {
      const parent = resource.parent ? boxOf.get(resource.parent) : undefined;
      const box = layout[resource.id];
      const size = resource.type === 'security-group' ? { w: 140, h: 40 } : { w: ICON, h: ICON };
      const fallback = { x: SIZES.padding + index * (defaultSize(resource.type).w + 8), y: SIZES.header };
      const at = box ?? fallback;
      cells.push({
        id: resource.id,
        value: displayName(resource),
        style: resourceStyle(resource.type, false),
        parent: parent ? resource.parent! : '1',
        box: { x: (parent?.x ?? 0) + at.x, y: (parent?.y ?? 0) + at.y, ...size },
        vertex: true,
      });
    });
  return cells;
}

/** A dead-letter link: thin and dotted with a small label, a note rather than traffic (svg.ts). */
function linkStyle(): string {
  return `edgeStyle=orthogonalEdgeStyle;rounded=0;endArrow=block;endFill=1;strokeColor=${EDGE.light.stroke};strokeWidth=1;fontColor=${EDGE.light.label};labelBackgroundColor=#ffffff;fontSize=10;dashed=1;dashPattern=3 3;`;
}

/** An orthogonal edge cell between two cells, through the inner points of its route. */
function edgeXml(
  id: string,
  value: string,
  style: string,
  from: string,
  to: string,
  points: Point[],
): string {
  const waypoints = points
    .slice(1, -1)
    .map((p) => `<mxPoint x="${n(p.x)}" y="${n(p.y)}"/>`)
    .join('');
  return (
    `<mxCell id="${escapeXml(id)}" value="${escapeXmlMultiline(value)}" style="${escapeXml(style)}" edge="1" parent="1" source="${escapeXml(from)}" target="${escapeXml(to)}">` +
    `<mxGeometry relative="1" as="geometry">${waypoints ? `<Array as="points">${waypoints}</Array>` : ''}</mxGeometry></mxCell>`
  );
}

export function renderDrawio(design: Design, options: DrawioOptions = {}): string {
  const layout = options.layout ?? design.layout ?? {};
  const scene = buildScene(design, {
    layout,
    ...(options.routes ? { routes: options.routes } : {}),
    locale: options.locale ?? 'en',
  });
  const boxes = new Map<string, Rect>();
  const cells: Cell[] = [];
  // A subnet's cell parent is its AZ group when the scene draws AZs, else its VPC.
  const azOf = new Map<string, string>();
  for (const group of scene.groups) {
    if (group.kind !== 'az') continue;
    for (const subnet of scene.groups) {
      if (subnet.resource?.type !== 'subnet' || subnet.parentKey !== group.parentKey) continue;
      const inside =
        subnet.x >= group.x && subnet.y >= group.y && subnet.x + subnet.w <= group.x + group.w + 0.5;
      if (inside && String((subnet.resource.props as { az?: unknown }).az) === group.key.split(':').pop()) {
        azOf.set(subnet.key, group.key);
      }
    }
  }
  for (const group of scene.groups) {
    const parent = azOf.get(group.key) ?? group.parentKey ?? '1';
    boxes.set(group.key, { x: group.x, y: group.y, w: group.w, h: group.fullH ?? group.h });
    const value = group.subtitle ? `${group.title}\n${group.subtitle}` : group.title;
    // draw.io draws attachments as cells, so a VPC keeps the band at its bottom where they sit.
    const box = { x: group.x, y: group.y, w: group.w, h: group.fullH ?? group.h };
    cells.push({ id: group.key, value, style: groupCellStyle(group.kind), parent, box, vertex: true });
  }
  for (const node of scene.nodes) {
    const box = { x: node.x + (node.w - ICON) / 2, y: node.y + 4, w: ICON, h: ICON };
    cells.push({
      id: node.key,
      value: node.name,
      style: resourceStyle(node.resource.type, node.replica),
      parent: node.parentKey ?? '1',
      box,
      vertex: true,
    });
  }
  cells.push(...attachmentCells(design, scene, layout));

  const vertices = cells.map((cell) =>
    vertexXml(cell, cell.parent === '1' ? undefined : boxes.get(cell.parent)),
  );
  const edges = [
    ...scene.edges.map((edge) =>
      edgeXml(
        `edge:${edge.connection.id}`,
        edge.label,
        edgeStyle(edge.dashed),
        edge.from,
        edge.to,
        edge.points,
      ),
    ),
    ...(scene.links ?? []).map((link) =>
      edgeXml(`link:${link.id}`, link.label, linkStyle(), link.from, link.to, link.points),
    ),
  ];
  const { bounds } = scene;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<mxfile host="Skyplan" type="device">',
    `<diagram id="skyplan" name="${escapeXml(design.name)}">`,
    `<mxGraphModel dx="${n(bounds.x)}" dy="${n(bounds.y)}" grid="1" gridSize="${SIZES.grid}" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" pageWidth="${n(bounds.w + 64)}" pageHeight="${n(bounds.h + 64)}" math="0" shadow="0">`,
    '<root>',
    '<mxCell id="0"/>',
    '<mxCell id="1" parent="0"/>',
    ...vertices,
    ...edges,
    '</root>',
    '</mxGraphModel>',
    '</diagram>',
    '</mxfile>',
    '',
  ].join('\n');
}

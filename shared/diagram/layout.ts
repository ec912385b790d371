/**
 * Automatic layout ("Tidy up", and designs opened without a layout). Inside each VPC the
 * layout is the reference-architecture grid of grid.ts (AZ columns, public then private rows,
 * resources in every subnet they are placed in). Around the VPCs, ELK's layered algorithm
 * places the top-level shapes (users on the left, the VPC, managed services on the right) and
 * routes the connections between them orthogonally with their labels clear of each other;
 * those routes are returned for the renderers (connections into a VPC float, see edges.tsx).
 * Boxes come back relative to the parent (what `layout` stores); AZ groups are not resources,
 * so a subnet's box is relative to its VPC. Attachments (route tables, NACLs, security groups)
 * get a band at the bottom of their container, shown only by the "network details" view.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Design, LayoutBox } from '../model/types';
import { layoutVpc, VPC_HEADER } from './grid';
import { linkEdges } from './link-edges';
import { connectionLabel, labelWidth } from './labels';
import { needsReflow, reflowRows } from './reflow';
import { collectRoutes } from './routes';
import type { EdgeRoute } from './routes';
import { FONTS, SIZES, isAttachmentType } from './style';
import { publicSubnets, shapesOf } from './structure';
import type { Shape } from './structure';

export interface DiagramLayout {
  boxes: Record<string, LayoutBox>;
  /** Connection id -> route in absolute diagram coordinates, for the boxes above. */
  routes: Record<string, EdgeRoute>;
}

/** Resources without a layout box. */
export function missingLayout(design: Design): string[] {
  return design.resources.filter((r) => !design.layout?.[r.id]).map((r) => r.id);
}

type Elk = { layout(graph: ElkNode): Promise<ElkNode> };
let elkPromise: Promise<Elk> | undefined;

// ELK is 1.5 MB: loaded only when a design actually needs laying out.
function elk(): Promise<Elk> {
  // Evaluated inside a web worker (the app's engine worker), elk.bundled.js makes itself that
  // worker's message handler (`self.onmessage`), so the worker would never hear from its page
  // again after its first layout. Put the worker's own handler back.
  const scope = globalThis as { onmessage?: unknown };
  const handler = scope.onmessage;
  elkPromise ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => {
    const engine = new ELK();
    if (scope.onmessage !== handler) scope.onmessage = handler;
    return engine;
  });
  return elkPromise;
}

/** The top-level shape a resource is drawn under (itself when it is top-level). */
function topOf(design: Design, id: string): string {
  const byId = new Map(design.resources.map((r) => [r.id, r]));
  let current = byId.get(id);
  for (let i = 0; current?.parent && byId.has(current.parent) && i < 64; i++)
    current = byId.get(current.parent);
  return current?.id ?? id;
}

/** The top level as one flat ELK graph: VPCs are boxes of their grid's size. */
function topLevelGraph(
  design: Design,
  top: Shape[],
  sizes: ReadonlyMap<string, { w: number; h: number }>,
  direction: 'RIGHT' | 'DOWN' | 'WRAPPED' = 'RIGHT',
): ElkNode {
  const topIds = new Set(top.map((shape) => shape.key));
  const edges: ElkExtendedEdge[] = [];
  const lifted = new Set<string>();
  for (const c of design.connections) {
    const from = topOf(design, c.from);
    const to = topOf(design, c.to);
    if (!topIds.has(from) || !topIds.has(to) || from === to) continue;
    if (from === c.from && to === c.to) {
      const text = connectionLabel(c);
      edges.push({
        id: c.id,
        sources: [from],
        targets: [to],
        labels: [{ id: `${c.id}:label`, text, width: labelWidth(text), height: FONTS.edgeLabel + 6 }],
      });
    } else if (!lifted.has(`${from}>${to}`)) {
      // A connection into a VPC pulls the two boxes into order; its own line floats.
      lifted.add(`${from}>${to}`);
      edges.push({ id: `lift:${from}>${to}`, sources: [from], targets: [to] });
    }
  }
  edges.push(...linkEdges(design, topIds, (id) => topOf(design, id)));
  return {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction === 'DOWN' ? 'DOWN' : 'RIGHT',
      // Wrapped: a long left-to-right chain is cut into rows that fit a screen.
      ...(direction === 'WRAPPED'
        ? { 'elk.layered.wrapping.strategy': 'MULTI_EDGE', 'elk.aspectRatio': String(SCREEN_ASPECT) }
        : {}),
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.edgeLabels.placement': 'CENTER',
      // Tight spacings: a fitted ~30-resource design keeps its names at 11 px or more.
      'elk.spacing.nodeNode': '24',
      'elk.spacing.componentComponent': '20',
      // A layer gap holds a line and, where it has one, its label (a layer of its own).
      'elk.layered.spacing.nodeNodeBetweenLayers': '56',
      'elk.spacing.edgeNode': '24',
      'elk.spacing.edgeEdge': '16',
      'elk.spacing.edgeLabel': '6',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
    },
    children: top.map((shape) => {
      const size = sizes.get(shape.key) ?? SIZES.resource;
      // Users and the internet stand on the left, whichever way the connections point.
      const options: Record<string, string> =
        shape.resource.type === 'internet' ? { 'elk.layered.layering.layerConstraint': 'FIRST' } : {};
      return { id: shape.key, width: size.w, height: size.h, layoutOptions: options };
    }),
    edges,
  };
}

/** Attachments in a row at the bottom of their container (which grows to hold them). */
function placeAttachments(design: Design, boxes: Record<string, LayoutBox>): void {
  const byContainer = new Map<string | undefined, string[]>();
  const ids = new Set(design.resources.map((r) => r.id));
  for (const r of design.resources) {
    // Loose ones (attached to nothing) are already in the grid like any other shape.
    if (!isAttachmentType(r.type) || boxes[r.id]) continue;
    const parent = r.parent && ids.has(r.parent) ? r.parent : undefined;
    byContainer.set(parent, [...(byContainer.get(parent) ?? []), r.id]);
  }
  for (const [container, list] of byContainer) {
    const box = container ? boxes[container] : undefined;
    const top = box?.h ?? Math.max(0, ...Object.values(boxes).map((b) => b.y + (b.h ?? SIZES.resource.h)));
    const size = SIZES.resource;
    list.forEach((id, i) => {
      boxes[id] = { x: SIZES.padding + i * (size.w + SIZES.gap), y: top + (box ? 0 : SIZES.gap) };
    });
    if (box) {
      box.h = top + size.h + SIZES.padding;
      box.w = Math.max(box.w ?? 0, SIZES.padding + list.length * (size.w + SIZES.gap));
    }
  }
}

/**
 * An internet node whose only lines go into a VPC is moved level with that VPC's first subnet
 * row, so its lines run straight into the public subnets (over nothing but the gateway column).
 */
function alignWithFirstRow(design: Design, boxes: Record<string, LayoutBox>): void {
  for (const node of design.resources) {
    if (node.type !== 'internet' || !boxes[node.id]) continue;
    const ends = design.connections
      .filter((c) => c.from === node.id || c.to === node.id)
      .map((c) => topOf(design, c.from === node.id ? c.to : c.from));
    const vpc = ends[0];
    if (!vpc || ends.some((end) => end !== vpc)) continue;
    const vpcBox = boxes[vpc];
    if (!vpcBox || design.resources.find((r) => r.id === vpc)?.type !== 'vpc') continue;
    const rowTop = VPC_HEADER + SIZES.azHeader + 8 + SIZES.header + 8;
    (boxes[node.id] as LayoutBox).y = vpcBox.y + rowTop;
  }
}

/** Above this many top-level shapes the arrangement is not tried three ways. */
const MAX_ARRANGED = 40;

/** Width over height of the canvas at 1440x900 with the side panels open. */
const SCREEN_ASPECT = 1.42;

/** How large a laid-out top level is drawn when fitted to that screen (higher is better). */
function fitScore(root: ElkNode): number {
  let w = 0;
  let h = 0;
  for (const child of root.children ?? []) {
    w = Math.max(w, (child.x ?? 0) + (child.width ?? 0));
    h = Math.max(h, (child.y ?? 0) + (child.height ?? 0));
  }
  return w > 0 && h > 0 ? Math.min(SCREEN_ASPECT / w, 1 / h) : 0;
}

/** The whole diagram laid out: every box (replicas included) and top-level connection routes. */
export async function computeDiagram(design: Design): Promise<DiagramLayout> {
  const isPublic = publicSubnets(design);
  const shapes = shapesOf(design, { attachments: false });
  const inside = new Map<string, Shape[]>();
  const top: Shape[] = [];
  for (const shape of shapes) {
    if (!shape.container) top.push(shape);
    else inside.set(shape.container, [...(inside.get(shape.container) ?? []), shape]);
  }
  const boxes: Record<string, LayoutBox> = {};
  const sizes = new Map<string, { w: number; h: number }>();
  for (const shape of shapes) {
    if (shape.resource.type !== 'vpc') continue;
    sizes.set(shape.key, layoutVpc(design, shape.key, inside, isPublic, boxes));
  }
  const engine = await elk();
  let result = await engine.layout(topLevelGraph(design, top, sizes));
  let direction: 'RIGHT' | 'DOWN' | 'WRAPPED' = 'RIGHT';
  // Several VPCs in a row make a strip too wide to read when fitted: stack them, or wrap the
  // row, when that fits a screen better.
  // (Only for a screenful of top-level shapes: each try is a whole ELK run.)
  const vpcs = top.filter((shape) => shape.resource.type === 'vpc').length;
  if (vpcs >= 2 && top.length <= MAX_ARRANGED) {
    for (const other of ['DOWN', 'WRAPPED'] as const) {
      const candidate = await engine.layout(topLevelGraph(design, top, sizes, other));
      if (fitScore(candidate) > fitScore(result) * 1.02) {
        result = candidate;
        direction = other;
      }
    }
  }
  for (const node of result.children ?? []) {
    const size = sizes.get(node.id);
    boxes[node.id] = {
      x: Math.round(node.x ?? 0),
      y: Math.round(node.y ?? 0),
      ...(size ? { w: size.w, h: size.h } : {}),
    };
  }
  const routes = collectRoutes(result);
  for (const id of Object.keys(routes)) if (id.startsWith('lift:')) delete routes[id];
  // Too many top-level shapes to try three ways: a strip is re-flowed into rows (reflow.ts).
  // ELK's routes between them no longer fit, so those lines float as an unrouted line does.
  const placed = top.flatMap(({ key }) => {
    const box = boxes[key];
    const size = sizes.get(key) ?? SIZES.resource;
    return box ? [{ id: key, x: box.x, y: box.y, w: box.w ?? size.w, h: box.h ?? size.h }] : [];
  });
  if (top.length > MAX_ARRANGED && needsReflow(placed, SCREEN_ASPECT)) {
    for (const [id, corner] of Object.entries(reflowRows(placed, SCREEN_ASPECT))) {
      Object.assign(boxes[id] as LayoutBox, corner);
    }
    return { boxes: withAttachments(design, boxes), routes: {} };
  }
  if (direction === 'RIGHT') alignWithFirstRow(design, boxes);
  return { boxes: withAttachments(design, boxes), routes };
}

function withAttachments(design: Design, boxes: Record<string, LayoutBox>): Record<string, LayoutBox> {
  placeAttachments(design, boxes);
  return boxes;
}

export async function computeLayout(design: Design): Promise<Record<string, LayoutBox>> {
  return (await computeDiagram(design)).boxes;
}

/**
 * Merges a computed layout into a document's layout: missing boxes are added; containers
 * with newly placed children grow to the computed size if that is larger.
 */
export function mergeLayout(design: Design, computed: Record<string, LayoutBox>, draft: Design): void {
  draft.layout ??= {};
  const missing = new Set(missingLayout(design));
  const grown = new Set<string>();
  for (const resource of design.resources) {
    if (missing.has(resource.id) && resource.parent) grown.add(resource.parent);
  }
  for (const [id, box] of Object.entries(computed)) {
    const existing = draft.layout[id];
    if (!existing) {
      draft.layout[id] = box;
    } else if (grown.has(id) && box.w !== undefined && box.h !== undefined) {
      existing.w = Math.max(existing.w ?? 0, box.w);
      existing.h = Math.max(existing.h ?? 0, box.h);
    }
  }
}

/**
 * What the far-out picture shows (FarOutCanvas.tsx draws it): pure, so the tests can say what is
 * drawn where and in which colour without a browser.
 *
 * Far out (detail.ts) the canvas is drawn as one bitmap rather than thousands of DOM shapes: a
 * resource is a tile in its category's colour, a container its box, an Availability Zone its
 * dashed frame, a connection a thin line; problems are dots and the selection a thick outline.
 * Geometry comes from React Flow's node lookup (absolute positions, so a running drag shows),
 * colours from the theme's CSS variables (`Palette`), so dark mode needs no second table.
 */
import { CATALOG } from '../../shared/catalog/index';
import type { ResourceType } from '../../shared/model/types';
import { CATEGORY_COLOUR } from '../../shared/diagram/style';
import type { EdgeRoute, Point } from '../../shared/diagram/routes';
import { routeFits } from '../../shared/diagram/routes';
import type { ResourceFindings } from '../engine/findings';
import { nodeBox } from './nodeBox';

/** The theme's colours, read from the CSS variables of app.css (see paletteOf in FarOutCanvas). */
export interface Palette {
  surface: string;
  accent: string;
  error: string;
  warning: string;
  focus: string;
  edge: string;
  muted: string;
  vpcBorder: string;
  publicBorder: string;
  publicBg: string;
  privateBorder: string;
  privateBg: string;
  unknownBorder: string;
  unknownBg: string;
  azBorder: string;
  sgBorder: string;
  dark: boolean;
}

/** The part of a React Flow internal node the picture reads (InternalNode satisfies it). */
export interface SceneNode {
  id: string;
  type?: string;
  hidden?: boolean;
  selected?: boolean;
  width?: number;
  height?: number;
  measured: { width?: number; height?: number };
  internals: { positionAbsolute: { x: number; y: number }; z: number };
  data: unknown;
}

/** The part of a flow edge the picture reads. */
export interface SceneEdge {
  id: string;
  source: string;
  target: string;
  type?: string;
  selected?: boolean;
  hidden?: boolean;
  className?: string;
  data?: unknown;
}

type Rect = { x: number; y: number; w: number; h: number };

export type Item =
  | { kind: 'tile'; rect: Rect; fill: string; radius: number; alpha: number }
  | {
      kind: 'box';
      rect: Rect;
      fill: string | null;
      stroke: string;
      width: number;
      dash: boolean;
      alpha: number;
    }
  | { kind: 'line'; points: Point[]; stroke: string; width: number; dash: boolean }
  | { kind: 'dot'; x: number; y: number; r: number; fill: string; ring: string; ringWidth: number }
  | { kind: 'outline'; rect: Rect; stroke: string; width: number; radius: number };

/** The layers, bottom to top: containers, lines, tiles, then marks (outlines, dots) over all. */
export interface Scene {
  boxes: Item[];
  lines: Item[];
  tiles: Item[];
  marks: Item[];
  /**
   * The lines and the tiles grouped by look (stroke, width and dash; fill and opacity), in
   * order of first appearance: the painter strokes or fills each group as one path. Built with
   * the scene, so painting allocates nothing per item.
   */
  batches: { lines: Item[][]; tiles: Item[][] };
  /** Everything drawn, in flow coordinates (null: nothing to draw). */
  bounds: Rect | null;
}

/** Tile geometry, in diagram units, as the CSS drew the low-detail tile (canvas.css before). */
export const TILE_INSET = 14;
export const TILE_RADIUS = 22;
export const SELECTION_WIDTH = 12;
/** Problem dots: inner radius and the surface-coloured ring around it (52 / 64 units across in all). */
export const DOT = { resource: 16, container: 22, ring: 10 };
/** Strokes a few device pixels wide whatever the zoom, or a box vanishes at 5 % (see drawScene). */
export const MIN_STROKE_PX = { box: 1, line: 0.75 };

interface NodeData {
  resource?: { id: string; type: ResourceType; parent?: string };
  findings?: ResourceFindings;
  isPublic?: boolean;
  failed?: boolean;
  focused?: boolean;
  blocked?: boolean;
  replicaIn?: string;
}

/** A tile's colour: its category's, but the dark "external" tile would vanish on a dark canvas. */
export function tileColour(type: ResourceType, palette: Palette): string {
  const category = CATALOG[type]?.category ?? 'external';
  if (category === 'external' && palette.dark) return '#d5dbdb';
  return CATEGORY_COLOUR[category];
}

function problemColour(findings: ResourceFindings | undefined, palette: Palette): string | null {
  if (findings?.errors) return palette.error;
  if (findings?.warnings) return palette.warning;
  return null;
}

function containerLook(
  data: NodeData,
  palette: Palette,
): { fill: string | null; stroke: string; dash: boolean } {
  const type = data.resource?.type;
  if (type !== 'subnet') return { fill: null, stroke: palette.vpcBorder, dash: false };
  if (data.isPublic === undefined)
    return { fill: palette.unknownBg, stroke: palette.unknownBorder, dash: true };
  return data.isPublic
    ? { fill: palette.publicBg, stroke: palette.publicBorder, dash: false }
    : { fill: palette.privateBg, stroke: palette.privateBorder, dash: false };
}

/** Simulation marks drawn around a shape (sim-focus / sim-blocked in app.css). */
function simulationOutline(rect: Rect, data: NodeData, palette: Palette): Item | null {
  if (!data.focused) return null;
  return {
    kind: 'outline',
    rect: grow(rect, 8),
    stroke: data.blocked ? palette.error : palette.focus,
    width: 12,
    radius: 8,
  };
}

function grow(rect: Rect, by: number): Rect {
  return { x: rect.x - by, y: rect.y - by, w: rect.w + by * 2, h: rect.h + by * 2 };
}

/** The centre of the side of `from` that faces `to` (a far-out line needs no more than that). */
function facing(from: Rect, to: Rect): Point {
  const fc = { x: from.x + from.w / 2, y: from.y + from.h / 2 };
  const tc = { x: to.x + to.w / 2, y: to.y + to.h / 2 };
  const dx = tc.x - fc.x;
  const dy = tc.y - fc.y;
  if (Math.abs(dx) - (from.w + to.w) / 2 >= Math.abs(dy) - (from.h + to.h) / 2)
    return { x: dx >= 0 ? from.x + from.w : from.x, y: fc.y };
  return { x: fc.x, y: dy >= 0 ? from.y + from.h : from.y };
}

/** The points of an edge: the router's route while it still fits its ends, else an elbow. */
export function edgePoints(edge: SceneEdge, from: Rect, to: Rect): Point[] {
  const route = (edge.data as { route?: EdgeRoute } | undefined)?.route;
  if (route && route.points.length >= 2 && routeFits(route, from, to)) return route.points;
  const a = facing(from, to);
  const b = facing(to, from);
  // One elbow: horizontal first when the ends leave sideways, vertical first otherwise.
  const sideways = a.x === from.x || a.x === from.x + from.w;
  const elbow = sideways ? { x: (a.x + b.x) / 2, y: a.y } : { x: a.x, y: (a.y + b.y) / 2 };
  const elbow2 = sideways ? { x: (a.x + b.x) / 2, y: b.y } : { x: b.x, y: (a.y + b.y) / 2 };
  return [a, elbow, elbow2, b];
}

function edgeStroke(edge: SceneEdge, palette: Palette): { stroke: string; width: number; dash: boolean } {
  const classes = edge.className ?? '';
  if (edge.selected) return { stroke: palette.accent, width: 6, dash: false };
  if (classes.includes('sim-blocked')) return { stroke: palette.error, width: 6, dash: false };
  if (classes.includes('sim-focus')) return { stroke: palette.focus, width: 6, dash: false };
  if (classes.includes('has-error')) return { stroke: palette.error, width: 1.5, dash: false };
  if (edge.type === 'detail')
    return {
      stroke: classes.includes('detail-security-group') ? palette.sgBorder : palette.muted,
      width: 1,
      dash: true,
    };
  return { stroke: palette.edge, width: 1.5, dash: classes.includes('async-flow') };
}

/** What one node added to the scene, kept while React Flow keeps the same node object. */
interface NodeEntry {
  node: SceneNode;
  internals: SceneNode['internals'];
  at: SceneNode['internals']['positionAbsolute'];
  measured: SceneNode['measured'];
  z: number;
  /** Null: not drawn (hidden, or not measured yet). */
  rect: Rect | null;
  box: Item | null;
  tile: Item | null;
  marks: Item[];
  /** The update that last saw this node (entries not seen by the latest one are dropped). */
  seen: number;
}

interface EdgeEntry {
  edge: SceneEdge;
  from: Rect;
  to: Rect;
  line: Item;
  seen: number;
}

/**
 * The last scene and what each node and edge added to it. The view model (flow.ts) and React
 * Flow keep the same object for an unchanged node or edge, so after an edit or an engine answer
 * only the few changed ones are built again (a full build is ~15 ms at 1,000 resources).
 */
export interface SceneCache {
  palette: Palette | null;
  nodes: Map<string, NodeEntry>;
  order: NodeEntry[];
  edges: Map<string, EdgeEntry>;
  edgeOrder: EdgeEntry[];
  scene: Scene | null;
  /** Counts the updates; each marks the entries it saw with it. */
  generation: number;
}

export function createSceneCache(): SceneCache {
  return {
    palette: null,
    nodes: new Map(),
    order: [],
    edges: new Map(),
    edgeOrder: [],
    scene: null,
    generation: 0,
  };
}

function nodeEntry(node: SceneNode, palette: Palette): NodeEntry {
  const entry: NodeEntry = {
    node,
    internals: node.internals,
    at: node.internals.positionAbsolute,
    measured: node.measured,
    z: node.internals.z,
    rect: null,
    box: null,
    tile: null,
    marks: [],
    seen: 0,
  };
  if (node.hidden) return entry;
  const rect = nodeBox(node);
  if (rect.w <= 0 || rect.h <= 0) return entry;
  entry.rect = rect;
  const { marks } = entry;
  const data = (node.data ?? {}) as NodeData;
  const alpha = data.failed ? 0.45 : 1;
  if (node.type === 'az') {
    entry.box = { kind: 'box', rect, fill: null, stroke: palette.azBorder, width: 1.5, dash: true, alpha: 1 };
    return entry;
  }
  const problem = problemColour(data.findings, palette);
  if (node.type === 'container') {
    const look = containerLook(data, palette);
    entry.box = {
      kind: 'box',
      rect,
      fill: look.fill,
      stroke: problem === palette.error ? palette.error : look.stroke,
      width: data.resource?.type === 'subnet' ? 1.5 : 2,
      dash: look.dash,
      alpha,
    };
    if (node.selected)
      marks.push({
        kind: 'outline',
        rect: grow(rect, 6),
        stroke: palette.accent,
        width: SELECTION_WIDTH,
        radius: 4,
      });
    if (problem)
      marks.push({
        kind: 'dot',
        x: rect.x + rect.w - 8 - DOT.container - DOT.ring,
        y: rect.y + 8 + DOT.container + DOT.ring,
        r: DOT.container,
        fill: problem,
        ring: palette.surface,
        ringWidth: DOT.ring,
      });
  } else {
    const inner = {
      x: rect.x + TILE_INSET,
      y: rect.y + TILE_INSET,
      w: rect.w - TILE_INSET * 2,
      h: rect.h - TILE_INSET * 2,
    };
    const fill = data.resource ? tileColour(data.resource.type, palette) : palette.muted;
    entry.tile = {
      kind: 'tile',
      rect: inner,
      fill,
      radius: TILE_RADIUS - TILE_INSET,
      alpha: data.replicaIn ? alpha * 0.92 : alpha,
    };
    if (node.selected)
      marks.push({
        kind: 'outline',
        rect: grow(rect, SELECTION_WIDTH / 2),
        stroke: palette.accent,
        width: SELECTION_WIDTH,
        radius: TILE_RADIUS,
      });
    if (problem)
      marks.push({
        kind: 'dot',
        x: rect.x + rect.w + 6 - DOT.resource - DOT.ring,
        y: rect.y - 6 + DOT.resource + DOT.ring,
        r: DOT.resource,
        fill: problem,
        ring: palette.surface,
        ringWidth: DOT.ring,
      });
  }
  const sim = simulationOutline(rect, data, palette);
  if (sim) marks.push(sim);
  return entry;
}

/**
 * Whether `entry` still says what `node` looks like. React Flow writes some fields of a node it
 * keeps in place (updateAbsolutePositions sets `internals.positionAbsolute`, adoptUserNodes
 * raises a root parent's `internals.z`), so those are compared too, not just the node object.
 */
function fresh(entry: NodeEntry | undefined, node: SceneNode): entry is NodeEntry {
  return (
    entry !== undefined &&
    entry.node === node &&
    entry.internals === node.internals &&
    entry.at === node.internals.positionAbsolute &&
    entry.measured === node.measured &&
    entry.z === node.internals.z
  );
}

/** Plain values (items, rectangles, numbers) compared field by field. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) =>
    sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** Whether two entries of one node put the same items at the same depth into the scene. */
function drawsSame(a: NodeEntry, b: NodeEntry): boolean {
  return (
    a.z === b.z &&
    sameValue(a.rect, b.rect) &&
    sameValue(a.box, b.box) &&
    sameValue(a.tile, b.tile) &&
    sameValue(a.marks, b.marks)
  );
}

/** What fresh() compares: taken over from a rebuilt entry by the one it draws the same as. */
function bookkeeping({ node, internals, at, measured }: NodeEntry): Partial<NodeEntry> {
  return { node, internals, at, measured };
}

/** Puts `entry` at `at` in `list`; true when that changed the list. */
function placeAt<T>(list: T[], at: number, entry: T): boolean {
  if (list[at] === entry) return false;
  list[at] = entry;
  return true;
}

/** Cuts `list` to `length`; true when that changed it. */
function cutTo<T>(list: T[], length: number): boolean {
  if (list.length === length) return false;
  list.length = length;
  return true;
}

/** Drops the entries the latest update (`generation`) did not see: nodes or edges now gone. */
function dropUnseen<T extends { seen: number }>(entries: Map<string, T>, kept: number, generation: number) {
  if (entries.size === kept) return;
  for (const [id, entry] of entries) if (entry.seen !== generation) entries.delete(id);
}

/**
 * The scene of every visible node and edge, built again only for the nodes and edges whose
 * objects changed since the last call with this cache. Returns the cache's previous scene (the
 * same object) when nothing drawn changed, so the caller can skip painting. Nodes come in React
 * Flow's lookup order; containers are sorted by depth (z) so a subnet is drawn over its VPC, as
 * the DOM stacks them.
 *
 * The cache is updated in place: this runs in every frame after a change of the canvas (an
 * edit, an engine answer, each frame of a drag), and at 1,000 shapes new maps and lists on each
 * call were a megabyte of garbage per edit for the main thread's collector.
 */
export function updateScene(
  cache: SceneCache,
  nodes: Iterable<SceneNode>,
  edges: readonly SceneEdge[],
  palette: Palette,
): Scene {
  if (!sameValue(cache.palette, palette)) {
    cache.palette = palette;
    cache.nodes = new Map();
    cache.edges = new Map();
    cache.scene = null;
  }
  const generation = ++cache.generation;
  const { order, edgeOrder } = cache;
  let changed = cache.scene === null;
  let count = 0;
  for (const node of nodes) {
    let entry = cache.nodes.get(node.id);
    if (!fresh(entry, node)) {
      const rebuilt = nodeEntry(node, palette);
      // A new node object that draws as before (its chips, tooltips or cost tag changed, which
      // the picture does not show: a route table edit, a price) keeps its entry and its items,
      // so the scene stays the same object and nothing is painted again.
      if (entry && drawsSame(entry, rebuilt)) Object.assign(entry, bookkeeping(rebuilt));
      else {
        entry = rebuilt;
        cache.nodes.set(node.id, entry);
      }
    }
    entry.seen = generation;
    changed = placeAt(order, count++, entry) || changed;
  }
  changed = cutTo(order, count) || changed;
  dropUnseen(cache.nodes, count, generation);
  let edgeCount = 0;
  for (const edge of edges) {
    if (edge.hidden) continue;
    const from = cache.nodes.get(edge.source)?.rect;
    const to = cache.nodes.get(edge.target)?.rect;
    if (!from || !to) continue;
    let entry = cache.edges.get(edge.id);
    if (!entry || entry.edge !== edge || entry.from !== from || entry.to !== to) {
      entry = {
        edge,
        from,
        to,
        line: { kind: 'line', points: edgePoints(edge, from, to), ...edgeStroke(edge, palette) },
        seen: generation,
      };
      cache.edges.set(edge.id, entry);
    }
    entry.seen = generation;
    changed = placeAt(edgeOrder, edgeCount++, entry) || changed;
  }
  changed = cutTo(edgeOrder, edgeCount) || changed;
  dropUnseen(cache.edges, edgeCount, generation);
  if (!changed && cache.scene) return cache.scene;
  cache.scene = assemble(order, edgeOrder);
  return cache.scene;
}

/** The key items painted as one path share: what paintBatched sets before stroking or filling. */
function batchKey(item: Item): string {
  if (item.kind === 'line') return `l|${item.stroke}|${item.width}|${item.dash}`;
  if (item.kind === 'tile') return `t|${item.fill}|${item.alpha}`;
  return item.kind;
}

// Per item, so an unchanged item is keyed once, not on every assembly.
const batchKeys = new WeakMap<Item, string>();

/** `items` grouped by batchKey, groups in order of their first item. */
function batched(items: readonly Item[]): Item[][] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    let key = batchKeys.get(item);
    if (key === undefined) {
      key = batchKey(item);
      batchKeys.set(item, key);
    }
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

/** The layers from the entries: cheap (no geometry, no colours), so it runs on every change. */
function assemble(order: readonly NodeEntry[], edgeOrder: readonly EdgeEntry[]): Scene {
  const boxes: { z: number; item: Item }[] = [];
  const tiles: Item[] = [];
  const marks: Item[] = [];
  // The bounds as four numbers: no object per node (this runs on every frame of a far-out drag).
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const entry of order) {
    const { rect } = entry;
    if (!rect) continue;
    left = Math.min(left, rect.x);
    top = Math.min(top, rect.y);
    right = Math.max(right, rect.x + rect.w);
    bottom = Math.max(bottom, rect.y + rect.h);
    if (entry.box) boxes.push({ z: entry.z, item: entry.box });
    if (entry.tile) tiles.push(entry.tile);
    for (const mark of entry.marks) marks.push(mark);
  }
  boxes.sort((a, b) => a.z - b.z);
  const bounds = right > left ? { x: left, y: top, w: right - left, h: bottom - top } : null;
  const lines = edgeOrder.map((entry) => entry.line);
  return {
    boxes: boxes.map((entry) => entry.item),
    lines,
    tiles,
    marks,
    batches: { lines: batched(lines), tiles: batched(tiles) },
    bounds,
  };
}

/** The scene of every visible node and edge, from scratch (see updateScene). */
export function buildScene(nodes: Iterable<SceneNode>, edges: readonly SceneEdge[], palette: Palette): Scene {
  return updateScene(createSceneCache(), nodes, edges, palette);
}

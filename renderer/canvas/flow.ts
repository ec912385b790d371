/**
 * Document -> React Flow view model. Nodes and edges are derived, never stored: a mapper keeps
 * the node objects of the previous call and reuses every one whose inputs did not change
 * (immer keeps unchanged resources identical), so an edit or a drag frame on a 1,000-resource
 * design rebuilds one node, and React Flow skips the rest (it compares node identity).
 * A call where only the selection changed skips the document walk altogether and patches the
 * nodes and edges whose selected flag flipped (flowSelection.ts); one where only the engines
 * answered (findings, public subnets, cost) rebuilds only the shapes whose badge changed.
 */
import type { Edge } from '@xyflow/react';
import type { Design, Resource } from '../../shared/model/types';
import type { ResourceFindings } from '../engine/findings';
import { isContainer, sizeOf } from '../../shared/diagram/geometry';
import { shapesOf } from '../../shared/diagram/structure';
import type { Shape } from '../../shared/diagram/structure';
import { isAsyncKind } from '../../shared/diagram/style';
import {
  azGroupNodes,
  chipsOf,
  deadLetterEdges,
  detailEdges,
  trimmedHeight,
  withSelection,
} from './flowExtras';
import type { AzFlowNode, Chip } from './flowExtras';
import { drawsSameShapes, replacedInPlace, sameItems, withReplaced } from './flowDocument';
import { createSelectionPatcher } from './flowSelection';
import { handlesOf } from './nodeHandles';
import type { SelectionPatcher } from './flowSelection';
import type {
  ConnectionFlowEdge,
  EdgeEntry,
  EdgeInputs,
  FlowInputs,
  FlowModel,
  FlowNode,
  NodeEntry,
  NodeInputs,
  ResourceFlowNode,
} from './flowTypes';

// The view-model types live in flowTypes.ts; importers of the mapper find them here too.
export type * from './flowTypes';
import { withVpcLinks } from './vpcLinks';

/** A shape's node id: the resource id, or `id@subnetId` for a replica. */
export function resourceIdOfNode(nodeId: string): string {
  const at = nodeId.indexOf('@');
  return at > 0 ? nodeId.slice(0, at) : nodeId;
}

export { connectionLabel } from '../../shared/diagram/labels';

/** Resources ordered parents first (React Flow needs a parent before its children). */
export function parentsFirst(design: Design): Resource[] {
  const byId = new Map(design.resources.map((r) => [r.id, r]));
  const depth = new Map<string, number>();
  const depthOf = (resource: Resource, guard = 0): number => {
    const known = depth.get(resource.id);
    if (known !== undefined) return known;
    const parent = resource.parent ? byId.get(resource.parent) : undefined;
    const value = parent && guard < 64 ? depthOf(parent, guard + 1) + 1 : 0;
    depth.set(resource.id, value);
    return value;
  };
  const order = design.resources.map((resource, index) => ({ resource, index, depth: depthOf(resource) }));
  order.sort((a, b) => a.depth - b.depth || a.index - b.index);
  return order.map((entry) => entry.resource);
}

/** Findings are recomputed per edit; equal counts keep the node (and its badge) as it was. */
function sameFindings(a: ResourceFindings | undefined, b: ResourceFindings | undefined): boolean {
  return a === b || (!!a && !!b && a.errors === b.errors && a.warnings === b.warnings && a.infos === b.infos);
}

function sameChips(a: readonly Chip[], b: readonly Chip[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (chip, i) =>
        chip.id === b[i]?.id &&
        chip.label === b[i]?.label &&
        chip.state === b[i]?.state &&
        chip.selected === b[i]?.selected &&
        // A route table chip's tooltip lines ("0.0.0.0/0 → igw1") change with its routes.
        sameItems(chip.routes, b[i]?.routes),
    )
  );
}

function sameInputs(a: NodeInputs, b: NodeInputs): boolean {
  return (
    a.resource === b.resource &&
    a.box === b.box &&
    a.height === b.height &&
    a.shape.container === b.shape.container &&
    sameChips(a.chips, b.chips) &&
    a.parentExists === b.parentExists &&
    a.selected === b.selected &&
    sameFindings(a.findings, b.findings) &&
    a.monthly === b.monthly &&
    a.isPublic === b.isPublic &&
    a.failed === b.failed &&
    a.focused === b.focused &&
    a.blocked === b.blocked &&
    (a.box !== undefined || (a.fallback.x === b.fallback.x && a.fallback.y === b.fallback.y))
  );
}

function buildNode(inputs: NodeInputs): ResourceFlowNode {
  const { resource, box, shape } = inputs;
  const container = isContainer(resource.type);
  const { w } = sizeOf(resource, box);
  const h = inputs.height ?? sizeOf(resource, box).h;
  const node: ResourceFlowNode = {
    id: shape.key,
    type: container ? 'container' : 'resource',
    position: box ? { x: box.x, y: box.y } : inputs.fallback,
    width: w,
    height: h,
    // Sizes and handles are known from the layout, so React Flow need not wait for a DOM
    // measurement, and mounts only the shapes on screen (nodeHandles.ts).
    measured: { width: w, height: h },
    handles: handlesOf(container ? 'container' : 'resource', w, h),
    selected: inputs.selected,
    data: {
      resource,
      findings: inputs.findings,
      monthly: inputs.monthly,
      isPublic: inputs.isPublic,
      failed: inputs.failed,
      focused: inputs.focused,
      blocked: inputs.blocked,
      chips: inputs.chips,
      ...(shape.replica ? { replicaIn: shape.container } : {}),
    },
  };
  if (shape.container && inputs.parentExists) node.parentId = shape.container;
  if (container) node.className = `container-${resource.type}`;
  if (shape.replica) node.className = 'replica';
  return node;
}

function buildEdge(inputs: EdgeInputs): ConnectionFlowEdge {
  const { connection } = inputs;
  const classes = ['connection'];
  if (inputs.findings?.errors) classes.push('has-error');
  else if (inputs.findings?.warnings) classes.push('has-warning');
  if (inputs.focused) classes.push(inputs.blocked ? 'sim-blocked' : 'sim-focus');
  if (inputs.broken) classes.push('sim-broken');
  if (connection.kind && connection.kind !== 'network') classes.push('service-flow');
  if (isAsyncKind(connection.kind)) classes.push('async-flow');
  return {
    id: connection.id,
    source: connection.from,
    target: connection.to,
    type: 'connection',
    selected: inputs.selected,
    className: classes.join(' '),
    // The arrowhead at the receiving end; its colour follows the theme (see edges.tsx).
    markerEnd: 'skyplan-arrow',
    data: {
      connection,
      findings: inputs.findings,
      focused: inputs.focused,
      blocked: inputs.blocked,
      route: inputs.route,
    },
  };
}

type EngineInputs = Pick<FlowInputs, 'findings' | 'publicSubnets' | 'costs'>;

const monthlyOf = (shape: NodeInputs['shape'], costs: EngineInputs['costs']) =>
  shape.replica ? undefined : costs?.get(shape.resource.id);
const isPublicOf = ({ resource }: NodeInputs['shape'], publicSubnets: EngineInputs['publicSubnets']) =>
  resource.type === 'subnet' ? publicSubnets.get(resource.id) : undefined;

/** What the engines say about a shape: its problem counts, its cost tag, public or private. */
function engineValues(
  shape: NodeInputs['shape'],
  { findings, publicSubnets, costs }: EngineInputs,
): Pick<NodeInputs, 'findings' | 'monthly' | 'isPublic'> {
  return {
    findings: findings.get(shape.resource.id),
    monthly: monthlyOf(shape, costs),
    isPublic: isPublicOf(shape, publicSubnets),
  };
}

/**
 * Whether `inputs` already hold what the engines say (engineValues), asked without making the
 * values: an answer at 1,000 resources changes a handful of shapes, and this runs for all.
 */
function holdsEngineValues(inputs: NodeInputs, { findings, publicSubnets, costs }: EngineInputs): boolean {
  const { shape } = inputs;
  return (
    sameFindings(inputs.findings, findings.get(shape.resource.id)) &&
    inputs.monthly === monthlyOf(shape, costs) &&
    inputs.isPublic === isPublicOf(shape, publicSubnets)
  );
}

/** `previous` when `next` holds the same items in the same order, else `next`. */
export function sameItemsOr<T>(previous: T[], next: T[]): T[] {
  return sameItems(previous, next) ? previous : next;
}

/**
 * A stateful mapper: call it with each new document state; it reuses what did not change.
 * When every node (or every edge) is the one it gave last time, it returns last time's array
 * itself: React Flow re-indexes all its nodes and edges whenever it gets a new array (about
 * 100 ms at 1,000 resources), and most inputs that change (a cost map, the findings after an
 * edit elsewhere, the routes) leave every node as it was.
 */
export function createFlowMapper(): (inputs: FlowInputs) => FlowModel {
  let nodeCache = new Map<string, NodeEntry>();
  let edgeCache = new Map<string, EdgeEntry>();
  let azCache = new Map<string, AzFlowNode>();
  let azGroups = new Map<string, AzFlowNode[]>();
  let azGroupsFor: ReadonlyMap<string, boolean> | null = null;
  let lastNodes: FlowNode[] = [];
  let lastEdges: ConnectionFlowEdge[] = [];
  let lastAll: (ConnectionFlowEdge | Edge)[] = [];
  let extraCache = new Map<string, Edge>();
  /** The last mapping's shapes, in node order, and their keys. */
  let lastShapes: Shape[] = [];
  let lastDrawn: ReadonlySet<string> = new Set();

  let last: { inputs: FlowInputs; selected: ReadonlySet<string>; model: FlowModel } | null = null;
  let patcher: SelectionPatcher | null = null;

  /**
   * The AZ boxes of each VPC. With `keep` (the caller knows no VPC, subnet or layout box
   * changed) and the same public subnets, the last ones: a box spans its AZ's subnets, so an
   * edit of anything else leaves every box where it was. Walking them took about 0.3 ms per
   * edit at 1,000 resources, and 3 ms on the first edits after an open.
   */
  const azGroupsOf = (
    design: Design,
    publicSubnets: ReadonlyMap<string, boolean>,
    keep = false,
  ): Map<string, AzFlowNode[]> => {
    if (keep && publicSubnets === azGroupsFor) return azGroups;
    azGroups = azGroupNodes(design, publicSubnets, azCache);
    azCache = new Map([...azGroups.values()].flat().map((node) => [node.id, node]));
    azGroupsFor = publicSubnets;
    return azGroups;
  };

  const mapAll = ({
    design,
    selection,
    findings,
    publicSubnets,
    costs,
    simulation,
    networkDetails,
    routes,
  }: FlowInputs): FlowModel => {
    const selected = new Set(selection);
    const failedResources = new Set(simulation.failed.resources);
    const failedAzs = new Set(simulation.failed.azs);
    const focus = simulation.focus;
    const ids = new Set(design.resources.map((r) => r.id));
    const byId = new Map(design.resources.map((r) => [r.id, r]));
    // The AZ a shape is drawn in: a replica fails with its own subnet's AZ, not its home's.
    const azOf = (container: string | undefined, resource: Resource): string | undefined => {
      let current: Resource | undefined =
        resource.type === 'subnet' ? resource : container ? byId.get(container) : undefined;
      for (let i = 0; current && i < 64; i++) {
        if (current.type === 'subnet') return current.props.az;
        current = current.parent ? byId.get(current.parent) : undefined;
      }
      return undefined;
    };
    const details = !!networkDetails;
    const shapes = shapesOf(design, { attachments: details });
    const order = new Map(parentsFirst(design).map((r, i) => [r.id, i]));
    shapes.sort(
      (a, b) =>
        (order.get(a.resource.id) ?? 0) - (order.get(b.resource.id) ?? 0) ||
        Number(a.replica) - Number(b.replica),
    );
    const chips = chipsOf(design, details, focus);

    const nextNodes = new Map<string, NodeEntry>();
    const nodes: FlowNode[] = [];
    const groups = azGroupsOf(design, publicSubnets);
    let unplaced = 0;
    for (const shape of shapes) {
      const { resource } = shape;
      // A replica without its own box starts where the home shape sits in its subnet.
      const box = design.layout?.[shape.key] ?? (shape.replica ? design.layout?.[resource.id] : undefined);
      const az = failedAzs.size > 0 ? azOf(shape.container, resource) : undefined;
      const ownChips = chips.get(resource.id) ?? NO_CHIPS;
      const inputs: NodeInputs = {
        resource,
        shape,
        box,
        height: resource.type === 'vpc' && !details ? trimmedHeight(design, resource.id) : undefined,
        chips: withSelection(ownChips, selected),
        parentExists: !!shape.container && ids.has(shape.container),
        selected: selected.has(resource.id),
        ...engineValues(shape, { findings, publicSubnets, costs }),
        failed:
          (!shape.replica && failedResources.has(resource.id)) || (az !== undefined && failedAzs.has(az)),
        focused: focus?.resource === resource.id,
        blocked: focus?.resource === resource.id && !!focus.blocked,
        // Resources without a layout box (a file edited by hand) get a tidy row until laid out.
        fallback: box
          ? { x: 0, y: 0 }
          : { x: 24 + (unplaced % 8) * 120, y: 24 + Math.floor(unplaced / 8) * 112 },
      };
      if (!box) unplaced++;
      const previous = nodeCache.get(shape.key);
      const node = previous && sameInputs(previous.inputs, inputs) ? previous.node : buildNode(inputs);
      nextNodes.set(shape.key, { inputs, node, chips: ownChips });
      nodes.push(node);
      // AZ groups go right after their VPC, so they are drawn under its subnets.
      if (resource.type === 'vpc') nodes.push(...(groups.get(resource.id) ?? []));
    }
    nodeCache = nextNodes;
    lastShapes = shapes;

    const nextEdges = new Map<string, EdgeEntry>();
    const edges: ConnectionFlowEdge[] = [];
    const drawn = new Set(shapes.map((shape) => shape.key));
    lastDrawn = drawn;
    for (const connection of design.connections) {
      if (!drawn.has(connection.from) || !drawn.has(connection.to)) continue;
      const inputs: EdgeInputs = {
        connection,
        selected: selected.has(connection.id),
        findings: findings.get(connection.id),
        focused: focus?.connection === connection.id,
        blocked: focus?.connection === connection.id && !!focus.blocked,
        broken: !!simulation.broken?.includes(connection.id),
        route: routes?.[connection.id],
      };
      const previous = edgeCache.get(connection.id);
      const same =
        previous &&
        previous.inputs.connection === inputs.connection &&
        previous.inputs.selected === inputs.selected &&
        sameFindings(previous.inputs.findings, inputs.findings) &&
        previous.inputs.focused === inputs.focused &&
        previous.inputs.blocked === inputs.blocked &&
        previous.inputs.broken === inputs.broken &&
        previous.inputs.route === inputs.route;
      const edge = same ? previous.edge : buildEdge(inputs);
      nextEdges.set(connection.id, { inputs, edge });
      edges.push(edge);
    }
    edgeCache = nextEdges;
    lastNodes = sameItemsOr(lastNodes, nodes);
    lastEdges = sameItemsOr(lastEdges, edges);
    return withLinks(design, drawn, details);
  };

  /** The model of `lastNodes` and `lastEdges` with the document's link edges after them. */
  const withLinks = (design: Design, drawn: ReadonlySet<string>, details: boolean): FlowModel => {
    const links = withVpcLinks(deadLetterEdges(design, drawn), design, drawn);
    // Link edges are rebuilt whenever a resource changes; keep the ones that look the same.
    const extra = (details ? [...links, ...detailEdges(design, drawn)] : links).map((edge) => {
      const before = extraCache.get(edge.id);
      return before && sameLink(before, edge) ? before : edge;
    });
    extraCache = new Map(extra.map((edge) => [edge.id, edge]));
    lastAll = sameItemsOr(lastAll, extra.length ? [...lastEdges, ...extra] : lastEdges);
    return { nodes: lastNodes, edges: lastEdges, details: extra, allEdges: lastAll };
  };

  /**
   * A document edit that replaced a few resources in place and draws the same shapes
   * (flowDocument.ts): new inputs only for those resources' shapes and shapes whose chips
   * changed; the walk, the sort and every other node and edge stay. Null when the edit is
   * anything else: then map in full.
   */
  const redocument = (
    inputs: FlowInputs,
    previous: FlowInputs,
    selected: ReadonlySet<string>,
  ): FlowModel | null => {
    const before = previous.design;
    const { design } = inputs;
    // A failed AZ marks shapes by their subnets' AZ, which an edit of a subnet can change.
    if (inputs.networkDetails || inputs.simulation.failed.azs.length > 0) return null;
    if (design.layout !== before.layout || design.connections !== before.connections) return null;
    const replaced = replacedInPlace(before.resources, design.resources);
    if (!replaced || !drawsSameShapes(before, design, replaced)) return null;
    const chips = chipsOf(design, false, inputs.simulation.focus, before);
    const shapes = withReplaced(lastShapes, replaced);
    const boxesKept = ![...replaced.values()].some(({ now }) => now.type === 'subnet' || now.type === 'vpc');
    const groups = azGroupsOf(design, inputs.publicSubnets, boxesKept);
    const nodes: FlowNode[] = [];
    for (const shape of shapes) {
      const { resource } = shape;
      let entry = nodeCache.get(shape.key)!;
      const ownChips = chips.get(resource.id) ?? NO_CHIPS;
      if (entry.inputs.resource !== resource || !sameChips(entry.chips, ownChips)) {
        // The rest (box, height, parent, engine values, simulation) depends on nothing the
        // edit changed: the layout, the types and parents, which attachments are loose.
        const next: NodeInputs = {
          ...entry.inputs,
          resource,
          shape,
          chips: withSelection(ownChips, selected),
        };
        entry = {
          inputs: next,
          node: sameInputs(entry.inputs, next) ? entry.node : buildNode(next),
          chips: ownChips,
        };
        nodeCache.set(shape.key, entry);
      }
      nodes.push(entry.node);
      if (resource.type === 'vpc') nodes.push(...(groups.get(resource.id) ?? []));
    }
    lastShapes = shapes;
    lastNodes = sameItemsOr(lastNodes, nodes);
    return withLinks(design, lastDrawn, false);
  };

  /**
   * The engines answered (findings, public subnets, cost) for the document already mapped:
   * nothing but those values can differ, so only the shapes and connections whose badge, shading
   * or tag changed are rebuilt, in place, without the document walk (shapes, chips, AZ groups
   * and links do not depend on them). Unchanged arrays when no badge changed.
   */
  const reengine = (inputs: FlowInputs, model: FlowModel): FlowModel => {
    let nodes: FlowNode[] | null = null;
    model.nodes.forEach((node, at) => {
      const entry = nodeCache.get(node.id);
      if (!entry || entry.node !== node) return; // an AZ group
      if (holdsEngineValues(entry.inputs, inputs)) return;
      const next = { ...entry.inputs, ...engineValues(entry.inputs.shape, inputs) };
      const built = buildNode(next);
      nodeCache.set(node.id, { ...entry, inputs: next, node: built });
      (nodes ??= model.nodes.slice())[at] = built;
    });
    let edges: ConnectionFlowEdge[] | null = null;
    model.edges.forEach((edge, at) => {
      const entry = edgeCache.get(edge.id);
      if (!entry || entry.edge !== edge) return;
      const found = inputs.findings.get(edge.id);
      if (sameFindings(entry.inputs.findings, found)) return;
      const next = { ...entry.inputs, findings: found };
      const built = buildEdge(next);
      edgeCache.set(edge.id, { inputs: next, edge: built });
      (edges ??= model.edges.slice())[at] = built;
    });
    if (!nodes && !edges) return model;
    lastNodes = nodes ?? model.nodes;
    lastEdges = edges ?? model.edges;
    lastAll = edges ? (model.details.length ? [...lastEdges, ...model.details] : lastEdges) : model.allEdges;
    return { nodes: lastNodes, edges: lastEdges, details: model.details, allEdges: lastAll };
  };

  return (inputs) => {
    const selected = new Set(inputs.selection);
    if (last && onlyEngineChanged(last.inputs, inputs)) {
      const model = reengine(inputs, last.model);
      // The selection patcher indexes the arrays it was made for.
      if (model !== last.model) patcher = null;
      last = { inputs, selected: last.selected, model };
      return model;
    }
    if (last && onlySelectionChanged(last.inputs, inputs)) {
      // A click changes nothing but the selection: patch the few nodes and edges whose flag
      // flipped instead of walking the whole document (shapes, chips, AZ groups, links).
      patcher ??= createSelectionPatcher(nodeCache, edgeCache, last.model);
      const model = patcher.patch(
        last.selected,
        selected,
        (entry) => {
          const next = {
            ...entry.inputs,
            selected: selected.has(entry.inputs.resource.id),
            chips: withSelection(entry.chips, selected),
          };
          return sameInputs(entry.inputs, next) ? entry : { ...entry, inputs: next, node: buildNode(next) };
        },
        (entry) => {
          const next = { ...entry.inputs, selected: selected.has(entry.inputs.connection.id) };
          return next.selected === entry.inputs.selected ? entry : { inputs: next, edge: buildEdge(next) };
        },
      );
      ({ nodes: lastNodes, edges: lastEdges, allEdges: lastAll } = model);
      last = { inputs, selected, model };
      return model;
    }
    const model =
      (last && onlyDocumentChanged(last.inputs, inputs) && redocument(inputs, last.inputs, selected)) ||
      mapAll(inputs);
    patcher = null;
    last = { inputs, selected, model };
    return model;
  };
}

/** The engines' answers, the simulation and the view are those of the previous call (the same objects). */
function sameSurroundings(a: FlowInputs, b: FlowInputs): boolean {
  return (
    a.findings === b.findings &&
    a.publicSubnets === b.publicSubnets &&
    a.costs === b.costs &&
    a.simulation === b.simulation &&
    !!a.networkDetails === !!b.networkDetails &&
    a.routes === b.routes
  );
}

/** Every input but the selection is the one of the previous call. */
function onlySelectionChanged(a: FlowInputs, b: FlowInputs): boolean {
  return a.design === b.design && sameSurroundings(a, b);
}

/** Every input but the document is the one of the previous call. */
function onlyDocumentChanged(a: FlowInputs, b: FlowInputs): boolean {
  return a.selection === b.selection && sameSurroundings(a, b);
}

/** The document, selection, simulation and view are those of the previous call; the engines answered. */
function onlyEngineChanged(a: FlowInputs, b: FlowInputs): boolean {
  return (
    a.design === b.design &&
    a.selection === b.selection &&
    a.simulation === b.simulation &&
    !!a.networkDetails === !!b.networkDetails &&
    a.routes === b.routes
  );
}

const NO_CHIPS: readonly Chip[] = [];

/** Link edges (dead letters, VPC links, network details) carry no more than these fields. */
function sameLink(a: Edge, b: Edge): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.type === b.type &&
    a.className === b.className &&
    a.selectable === b.selectable &&
    a.markerEnd === b.markerEnd &&
    JSON.stringify(a.data) === JSON.stringify(b.data)
  );
}

/**
 * Document -> React Flow view model. Nodes and edges are derived, never stored: a mapper keeps
 * the node objects of the previous call and reuses every one whose inputs did not change
 * (immer keeps unchanged resources identical), so an edit or a drag frame on a 1,000-resource
 * design rebuilds one node, and React Flow skips the rest (it compares node identity).
 */
import type { Edge, Node } from '@xyflow/react';
import type { Connection, Design, LayoutBox, Resource } from '../../shared/model/types';
import type { ResourceFindings } from '../engine/findings';
import { isContainer, sizeOf } from '../../shared/diagram/geometry';

export interface ResourceNodeData extends Record<string, unknown> {
  resource: Resource;
  findings: ResourceFindings | undefined;
  /** Monthly USD from the cost report (undefined: not priced or no line). */
  monthly: number | undefined;
  /** Subnets only: whether the engine finds a route to an internet gateway (undefined: unknown). */
  isPublic: boolean | undefined;
  /** Failed by the simulator (AZ outage or resource failure). */
  failed: boolean;
  /** The simulator's current hop. */
  focused: boolean;
  blocked: boolean;
}

export type ResourceFlowNode = Node<ResourceNodeData, 'resource' | 'container'>;

export interface ConnectionEdgeData extends Record<string, unknown> {
  connection: Connection;
  findings: ResourceFindings | undefined;
  focused: boolean;
  blocked: boolean;
}

export type ConnectionFlowEdge = Edge<ConnectionEdgeData>;

export interface FlowInputs {
  design: Design;
  selection: readonly string[];
  findings: ReadonlyMap<string, ResourceFindings>;
  /** Subnet id -> public, as the network engine derives it; empty when unknown. */
  publicSubnets: ReadonlyMap<string, boolean>;
  /** Monthly USD per resource id; empty until the cost engine has priced the design. */
  costs?: ReadonlyMap<string, number>;
  simulation: {
    focus: { resource?: string; connection?: string; blocked?: boolean } | null;
    failed: { azs: readonly string[]; resources: readonly string[] };
    broken?: readonly string[];
  };
}

/** Edge label: "tcp/443", "all", or the kind of a service-to-service connection. */
export function connectionLabel(connection: Connection): string {
  const kind = connection.kind ?? 'network';
  if (kind !== 'network') return kind;
  const protocol = connection.protocol ?? 'tcp';
  if (protocol === 'all' || protocol === 'icmp') return protocol;
  return connection.port !== undefined ? `${protocol}/${connection.port}` : protocol;
}

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

interface NodeInputs {
  resource: Resource;
  box: LayoutBox | undefined;
  parentExists: boolean;
  selected: boolean;
  findings: ResourceFindings | undefined;
  monthly: number | undefined;
  isPublic: boolean | undefined;
  failed: boolean;
  focused: boolean;
  blocked: boolean;
  fallback: { x: number; y: number };
}

/** Findings are recomputed per edit; equal counts keep the node (and its badge) as it was. */
function sameFindings(a: ResourceFindings | undefined, b: ResourceFindings | undefined): boolean {
  return a === b || (!!a && !!b && a.errors === b.errors && a.warnings === b.warnings && a.infos === b.infos);
}

function sameInputs(a: NodeInputs, b: NodeInputs): boolean {
  return (
    a.resource === b.resource &&
    a.box === b.box &&
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
  const { resource, box } = inputs;
  const container = isContainer(resource.type);
  const { w, h } = sizeOf(resource, box);
  const node: ResourceFlowNode = {
    id: resource.id,
    type: container ? 'container' : 'resource',
    position: box ? { x: box.x, y: box.y } : inputs.fallback,
    width: w,
    height: h,
    // Sizes are known from the layout, so React Flow need not wait for a DOM measurement.
    measured: { width: w, height: h },
    selected: inputs.selected,
    data: {
      resource,
      findings: inputs.findings,
      monthly: inputs.monthly,
      isPublic: inputs.isPublic,
      failed: inputs.failed,
      focused: inputs.focused,
      blocked: inputs.blocked,
    },
  };
  if (resource.parent && inputs.parentExists) node.parentId = resource.parent;
  if (container) node.className = `container-${resource.type}`;
  return node;
}

interface EdgeInputs {
  connection: Connection;
  selected: boolean;
  findings: ResourceFindings | undefined;
  focused: boolean;
  blocked: boolean;
  /** Broken by the failure mode (simulation.broken). */
  broken: boolean;
}

function buildEdge(inputs: EdgeInputs): ConnectionFlowEdge {
  const { connection } = inputs;
  const classes = ['connection'];
  if (inputs.findings?.errors) classes.push('has-error');
  else if (inputs.findings?.warnings) classes.push('has-warning');
  if (inputs.focused) classes.push(inputs.blocked ? 'sim-blocked' : 'sim-focus');
  if (inputs.broken) classes.push('sim-broken');
  if (connection.kind && connection.kind !== 'network') classes.push('service-flow');
  return {
    id: connection.id,
    source: connection.from,
    target: connection.to,
    type: 'connection',
    selected: inputs.selected,
    className: classes.join(' '),
    data: { connection, findings: inputs.findings, focused: inputs.focused, blocked: inputs.blocked },
  };
}

export interface FlowModel {
  nodes: ResourceFlowNode[];
  edges: ConnectionFlowEdge[];
}

/** A stateful mapper: call it with each new document state; it reuses what did not change. */
export function createFlowMapper(): (inputs: FlowInputs) => FlowModel {
  let nodeCache = new Map<string, { inputs: NodeInputs; node: ResourceFlowNode }>();
  let edgeCache = new Map<string, { inputs: EdgeInputs; edge: ConnectionFlowEdge }>();

  return ({ design, selection, findings, publicSubnets, costs, simulation }) => {
    const selected = new Set(selection);
    const failedResources = new Set(simulation.failed.resources);
    const failedAzs = new Set(simulation.failed.azs);
    const focus = simulation.focus;
    const ids = new Set(design.resources.map((r) => r.id));
    const byId = new Map(design.resources.map((r) => [r.id, r]));
    const azOf = (resource: Resource): string | undefined => {
      let current: Resource | undefined = resource;
      for (let i = 0; current && i < 64; i++) {
        if (current.type === 'subnet') return current.props.az;
        current = current.parent ? byId.get(current.parent) : undefined;
      }
      return undefined;
    };

    const nextNodes = new Map<string, { inputs: NodeInputs; node: ResourceFlowNode }>();
    const nodes: ResourceFlowNode[] = [];
    let unplaced = 0;
    for (const resource of parentsFirst(design)) {
      const box = design.layout?.[resource.id];
      const az = failedAzs.size > 0 ? azOf(resource) : undefined;
      const inputs: NodeInputs = {
        resource,
        box,
        parentExists: !!resource.parent && ids.has(resource.parent),
        selected: selected.has(resource.id),
        findings: findings.get(resource.id),
        monthly: costs?.get(resource.id),
        isPublic: resource.type === 'subnet' ? publicSubnets.get(resource.id) : undefined,
        failed: failedResources.has(resource.id) || (az !== undefined && failedAzs.has(az)),
        focused: focus?.resource === resource.id,
        blocked: focus?.resource === resource.id && !!focus.blocked,
        // Resources without a layout box (a file edited by hand) get a tidy row until laid out.
        fallback: box
          ? { x: 0, y: 0 }
          : { x: 24 + (unplaced % 8) * 120, y: 24 + Math.floor(unplaced / 8) * 112 },
      };
      if (!box) unplaced++;
      const previous = nodeCache.get(resource.id);
      const node = previous && sameInputs(previous.inputs, inputs) ? previous.node : buildNode(inputs);
      nextNodes.set(resource.id, { inputs, node });
      nodes.push(node);
    }
    nodeCache = nextNodes;

    const nextEdges = new Map<string, { inputs: EdgeInputs; edge: ConnectionFlowEdge }>();
    const edges: ConnectionFlowEdge[] = [];
    for (const connection of design.connections) {
      if (!ids.has(connection.from) || !ids.has(connection.to)) continue;
      const inputs: EdgeInputs = {
        connection,
        selected: selected.has(connection.id),
        findings: findings.get(connection.id),
        focused: focus?.connection === connection.id,
        blocked: focus?.connection === connection.id && !!focus.blocked,
        broken: !!simulation.broken?.includes(connection.id),
      };
      const previous = edgeCache.get(connection.id);
      const same =
        previous &&
        previous.inputs.connection === inputs.connection &&
        previous.inputs.selected === inputs.selected &&
        sameFindings(previous.inputs.findings, inputs.findings) &&
        previous.inputs.focused === inputs.focused &&
        previous.inputs.blocked === inputs.blocked &&
        previous.inputs.broken === inputs.broken;
      const edge = same ? previous.edge : buildEdge(inputs);
      nextEdges.set(connection.id, { inputs, edge });
      edges.push(edge);
    }
    edgeCache = nextEdges;
    return { nodes, edges };
  };
}

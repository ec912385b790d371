/**
 * The types of the canvas view model (flow.ts maps the document to them; flowSelection.ts
 * patches them when only the selection changes).
 */
import type { Edge, Node } from '@xyflow/react';
import type { EdgeRoute } from '../../shared/diagram/routes';
import type { Shape } from '../../shared/diagram/structure';
import type { Connection, Design, LayoutBox, Resource } from '../../shared/model/types';
import type { ResourceFindings } from '../engine/findings';
import type { AzFlowNode, Chip } from './flowExtras';

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
  /** Set on a replica shape: the subnet it is drawn in (the resource lives in several). */
  replicaIn?: string;
  /** Attachments drawn on the shape: route table / NACL on a subnet, security groups. */
  chips: readonly Chip[];
}

export type ResourceFlowNode = Node<ResourceNodeData, 'resource' | 'container'>;

/** Every node the canvas draws: resource shapes and the (non-resource) AZ groups. */
export type FlowNode = ResourceFlowNode | AzFlowNode;

export interface ConnectionEdgeData extends Record<string, unknown> {
  connection: Connection;
  findings: ResourceFindings | undefined;
  focused: boolean;
  blocked: boolean;
  /** ELK's route when it still fits the boxes (see shared/diagram/routes.ts). */
  route: EdgeRoute | undefined;
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
  /** Draw route tables, NACLs and security groups as nodes with typed links. */
  networkDetails?: boolean;
  /** Routes of the last automatic layout, keyed by connection id. */
  routes?: Readonly<Record<string, EdgeRoute>>;
}

export interface NodeInputs {
  resource: Resource;
  shape: Shape;
  box: LayoutBox | undefined;
  /** Display height (a VPC in the default view hides its attachments band). */
  height: number | undefined;
  chips: readonly Chip[];
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

/** What the mapper keeps per shape: its inputs, its node, and its chips before selection. */
export interface NodeEntry {
  inputs: NodeInputs;
  node: ResourceFlowNode;
  chips: readonly Chip[];
}

export interface EdgeInputs {
  connection: Connection;
  selected: boolean;
  findings: ResourceFindings | undefined;
  focused: boolean;
  blocked: boolean;
  /** Broken by the failure mode (simulation.broken). */
  broken: boolean;
  route: EdgeRoute | undefined;
}

export interface EdgeEntry {
  inputs: EdgeInputs;
  edge: ConnectionFlowEdge;
}

export interface FlowModel {
  nodes: FlowNode[];
  edges: ConnectionFlowEdge[];
  /** Network-details links (subnet → route table, resource → security group…); empty by default. */
  details: Edge[];
  /** `edges` then `details`: what React Flow draws (the same array while its items are). */
  allEdges: (ConnectionFlowEdge | Edge)[];
}

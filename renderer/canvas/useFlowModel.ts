/**
 * The nodes and edges React Flow draws: the view model of the document (flow.ts) with the
 * positions of a running drag laid over it. Geometry follows the document at once; what the
 * engines say (findings, public subnets, cost) follows a render later (deferred), so an edit
 * paints before the rules have run.
 *
 * During a drag only the dragged nodes get new objects; every other node keeps its identity,
 * so React Flow skips it.
 */
import type { Edge } from '@xyflow/react';
import { useDeferredValue, useMemo, useState } from 'react';
import { costByResource, publicSubnetsOf, useCost, useLiveFindings } from '../engine/index';
import { useEditor } from '../store/index';
import { createFlowMapper } from './flow';
import type { ConnectionFlowEdge, FlowNode } from './flow';
import { useRoutes } from './useRoutes';
import type { DragPositions } from './useNodeGestures';
import { useNetworkDetails } from './viewOptions';

export interface FlowView {
  nodes: FlowNode[];
  edges: (ConnectionFlowEdge | Edge)[];
}

/** Replaces the dragged nodes by copies at their live positions; the array is new, the rest shared. */
export function withDragPositions(nodes: FlowNode[], positions: DragPositions): FlowNode[] {
  if (positions.size === 0) return nodes;
  return nodes.map((node) => {
    const at = positions.get(node.id);
    return at ? ({ ...node, position: at, dragging: true } as FlowNode) : node;
  });
}

export function useFlowModel(positions: DragPositions): FlowView {
  const design = useEditor((s) => s.design);
  const selection = useEditor((s) => s.selection);
  const simulation = useEditor((s) => s.simulation);
  const [mapper] = useState(createFlowMapper);
  const derived = useDeferredValue(design);
  const findings = useLiveFindings().byResource;
  const publicSubnets = publicSubnetsOf(derived);
  const costs = costByResource(useCost());
  const networkDetails = useNetworkDetails();
  const routes = useRoutes(design);
  const model = useMemo(() => {
    const mapped = mapper({
      design,
      selection,
      findings,
      publicSubnets,
      costs,
      simulation,
      networkDetails,
      routes,
    });
    return {
      nodes: mapped.nodes,
      edges: mapped.details.length ? [...mapped.edges, ...mapped.details] : mapped.edges,
    };
  }, [mapper, design, selection, findings, publicSubnets, costs, simulation, networkDetails, routes]);
  const nodes = useMemo(() => withDragPositions(model.nodes, positions), [model.nodes, positions]);
  return { nodes, edges: model.edges };
}

/**
 * The nodes and edges React Flow draws: the view model of the document (flow.ts). Geometry
 * follows the document at once; what the engines say (findings and public subnets) follows when
 * the engine worker has answered for the edited document (live.ts), in one render, so an edit
 * paints before the rules have run and the canvas is re-mapped once more, not once per engine;
 * cost tags follow when the worker has priced it.
 *
 * A running drag is not here: it lives in React Flow's own store until the drop (liveDrag.ts),
 * so a pointer move hands React Flow no new array to re-adopt.
 */
import type { Edge } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { publicSubnetsOf, useCostTags, useLiveResult, useRegion } from '../engine/index';
import { useEditor } from '../store/index';
import { createFlowMapper } from './flow';
import type { ConnectionFlowEdge, FlowNode } from './flow';
import { useNodeHandoff } from './nodeHandoff';
import { useRoutes } from './useRoutes';
import { useNetworkDetails } from './viewOptions';

export interface FlowView {
  nodes: FlowNode[];
  edges: (ConnectionFlowEdge | Edge)[];
}

export function useFlowModel(): FlowView {
  const design = useEditor((s) => s.design);
  const selection = useEditor((s) => s.selection);
  const simulation = useEditor((s) => s.simulation);
  const [mapper] = useState(createFlowMapper);
  // Badges and public subnets describe the document the findings are about, so an edit re-maps
  // the canvas once for its geometry and once when the engine worker has answered: urgently, in
  // the render that updates the top bar's count and the Problems panel, and cheaply (the mapper
  // rebuilds only the shapes whose badge or shading changed, and the handoff puts them into
  // React Flow's lookups in place). Cost tags follow in a background render when the worker has
  // priced that document too (costTags.ts); an edit that changes no price re-maps nothing then.
  const live = useLiveResult('urgent');
  const findings = live.result.byResource;
  const publicSubnets = publicSubnetsOf(live.design);
  const costs = useCostTags(live.design, useRegion());
  const networkDetails = useNetworkDetails();
  const routes = useRoutes(design);
  // A click hands React Flow no new node array: the few flipped nodes go into its store.
  const handoff = useNodeHandoff();
  return useMemo(() => {
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
    // The same arrays when nothing changed: React Flow re-indexes everything in a new one.
    return { nodes: handoff(mapped.nodes), edges: mapped.allEdges };
  }, [
    mapper,
    handoff,
    design,
    selection,
    findings,
    publicSubnets,
    costs,
    simulation,
    networkDetails,
    routes,
  ]);
}

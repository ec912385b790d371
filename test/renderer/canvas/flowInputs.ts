/**
 * What the canvas mapper (renderer/canvas/flow.ts) is given for a design with nothing selected,
 * no findings, no public subnets and no simulation: the tests override what they are about.
 */
import type { FlowInputs, FlowNode, ResourceFlowNode } from '../../../renderer/canvas/flow';
import type { Design } from '../../../shared/model/types';

export function flowInputs(design: Design, extra: Partial<FlowInputs> = {}): FlowInputs {
  return {
    design,
    selection: [],
    findings: new Map(),
    publicSubnets: new Map(),
    simulation: { focus: null, failed: { azs: [], resources: [] } },
    ...extra,
  };
}

/** The resource node of shape key `id` (AZ groups have no resource data); throws when missing. */
export function resourceNode(nodes: FlowNode[], id: string): ResourceFlowNode {
  const found = nodes.find((n): n is ResourceFlowNode => n.id === id && n.type !== 'az');
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

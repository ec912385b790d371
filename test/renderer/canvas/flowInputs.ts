/**
 * What the canvas mapper (renderer/canvas/flow.ts) is given for a design with nothing selected,
 * no findings, no public subnets and no simulation: the tests override what they are about.
 */
import type { FlowInputs } from '../../../renderer/canvas/flow';
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

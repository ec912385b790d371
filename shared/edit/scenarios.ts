/** Saved scenarios (named sets of flows in the design's top-level `scenarios`) as edits. */
import type { Design } from '../model/types';
import type { Scenario } from '../model/scenarios';
import { scenariosOf } from '../model/scenarios';
import type { ScenarioFlow as Flow } from '../model/scenarios';
import { ok, operation } from './types';

function nextScenarioId(design: Design, scenarios: readonly Scenario[]): string {
  const taken = new Set([
    ...design.resources.map((r) => r.id),
    ...design.connections.map((c) => c.id),
    ...scenarios.map((s) => s.id),
  ]);
  let n = scenarios.length + 1;
  while (taken.has(`scenario${n}`)) n++;
  return `scenario${n}`;
}

function writeScenarios(draft: Design, scenarios: readonly Scenario[]): void {
  if (scenarios.length === 0) delete draft.scenarios;
  else
    draft.scenarios = scenarios.map((s) => ({
      id: s.id,
      name: s.name,
      flows: s.flows.map(({ from, to, protocol, port }) => ({ from, to, protocol, port })),
    }));
}

/** Adds `flow` to the scenario called `name`, creating it when there is none. */
export const saveScenarioFlow = operation<{ name: string; flow: Flow }>(
  'saveScenarioFlow',
  () => ({ key: 'simulate.scenario.save' }),
  (draft, args) => {
    const list = scenariosOf(draft);
    const { from, to, protocol, port, ipVersion } = args.flow;
    const flow: Flow = { from, to, protocol, port, ...(ipVersion === 6 ? { ipVersion } : {}) };
    const existing = list.find((s) => s.name === args.name);
    if (existing) existing.flows.push(flow);
    else list.push({ id: nextScenarioId(draft, list), name: args.name, flows: [flow] });
    writeScenarios(draft, list);
    return ok();
  },
);

export const deleteScenario = operation<{ id: string }>(
  'deleteScenario',
  () => ({ key: 'simulate.scenario.delete' }),
  (draft, args) => {
    writeScenarios(
      draft,
      scenariosOf(draft).filter((s) => s.id !== args.id),
    );
    return ok();
  },
);

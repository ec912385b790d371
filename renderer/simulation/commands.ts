/**
 * Simulate menu: commands that work whichever panel is showing. Failures stay in effect (the
 * canvas keeps greying failed resources) after the Failure mode tab is hidden, so restoring
 * them must be reachable from the menu too.
 */
import type { Command } from '../app/command';

const nothingFailed = { azs: [], resources: [] };

export const simulationCommands: Command[] = [
  {
    id: 'simulate.restore',
    labelKey: 'simulate.failure.clear',
    group: 'simulate',
    enabled: (state) =>
      state.simulation.failed.azs.length > 0 || state.simulation.failed.resources.length > 0,
    run: ({ store }) => store.setSimulation({ failed: nothingFailed, broken: [] }),
  },
  {
    id: 'simulate.clearFocus',
    labelKey: 'simulate.clearFocus',
    group: 'simulate',
    enabled: (state) => state.simulation.focus !== null,
    run: ({ store }) => store.setSimulation({ focus: null }),
  },
];

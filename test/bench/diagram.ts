// The diagram: automatic layout (reference-architecture grid + ELK at the top level), connection
// routing (libavoid, every shape an obstacle; what the canvas runs after each layout change) and
// the canvas view model (replicas, AZ groups, chips) on a drag frame, at each size.
import { produce } from 'immer';
import {
  MAX_ROUTED_IN_WORKER,
  MAX_ROUTED_ON_CANVAS,
  MAX_ROUTED_RESOURCES,
  routeConnections,
} from '../../shared/diagram/connection-routes';
import { computeDiagram } from '../../shared/diagram/layout';
import type { Design } from '../../shared/model/types';
import { createFlowMapper } from '../../renderer/canvas/flow';
import { generateDesign } from './generate';
import type { BenchTable } from './table';
import { ms, timeMedian } from './table';
import { flowInputs } from '../renderer/canvas/flowInputs';

async function layoutTime(design: Design): Promise<number> {
  await computeDiagram(design); // warm-up (loads ELK)
  const start = performance.now();
  await computeDiagram(design);
  return performance.now() - start;
}

/** One routing of a generated design on its auto layout, after a warm-up run. */
async function routingTime(design: Design): Promise<number> {
  const laid = { ...design, layout: (await computeDiagram(design)).boxes };
  await routeConnections(laid); // warm-up (loads the WebAssembly router)
  const start = performance.now();
  await routeConnections(laid);
  return performance.now() - start;
}

export async function diagramBench(sizes: number[]): Promise<BenchTable> {
  const rows: (string | number)[][] = [];
  for (const size of sizes) {
    const design = generateDesign(size);
    const layout = await layoutTime(design);
    const routing = size <= MAX_ROUTED_RESOURCES ? ms(await routingTime(design)) : 'not routed';
    const map = createFlowMapper();
    const first = timeMedian(5, () => createFlowMapper()(flowInputs(design)));
    map(flowInputs(design));
    const id = design.resources.find((r) => design.layout?.[r.id] && r.parent)?.id ?? '';
    let x = 0;
    const frame = timeMedian(21, () => {
      const moved = produce(design, (draft) => {
        const box = draft.layout?.[id];
        if (box) box.x = ++x;
      });
      return map(flowInputs(moved));
    });
    rows.push([size, ms(layout), routing, ms(first), ms(frame)]);
  }
  // The largest design the canvas routes (in its worker), whatever the sizes of the table.
  const atLimit = ms(await routingTime(generateDesign(MAX_ROUTED_IN_WORKER)));
  return {
    title: 'Diagram (ms)',
    columns: ['resources', 'auto layout', 'routing', 'view model (first)', 'view model (drag frame)'],
    rows,
    notes: [
      'auto layout = computeDiagram (Tidy up / open without layout), one run after a warm-up',
      `routing = routeConnections on the stored layout (connections + labels), up to ${MAX_ROUTED_RESOURCES} resources`,
      `the canvas routes in its routing worker up to ${MAX_ROUTED_IN_WORKER} resources (edges float meanwhile; routing at ${MAX_ROUTED_IN_WORKER}: ${atLimit} ms), on the main thread up to ${MAX_ROUTED_ON_CANVAS} where no worker runs`,
      'drag frame = one layout box moved; unchanged nodes are reused',
    ],
  };
}

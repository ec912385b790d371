import { computeCost, formatCost } from '../../shared/cost/index';
import { INTERNET_IP, networkOf } from '../../shared/network/index';
import type { Design } from '../../shared/model/types';
import { generateDesign } from './generate';
import type { BenchTable } from './table';
import { ms, timeMedian } from './table';

const RUNS = 7;

/** Median of `RUNS` timings of `work` on a fresh copy of `design` (copied outside the timing). */
function timeOnCopies(
  design: Design,
  prepare: (copy: Design) => void,
  work: (copy: Design) => unknown,
): number {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const copy = structuredClone(design);
    prepare(copy);
    const start = performance.now();
    work(copy);
    // The first run warms up.
    if (i > 0) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** What the network engine answers for the cost engine, built before timing the warm column. */
function buildNetwork(design: Design): void {
  const net = networkOf(design);
  for (const resource of design.resources) {
    if (resource.type === 'subnet') net.routeFor(resource.id, { ip: INTERNET_IP });
  }
}

/** Cost report: pricing every resource (hints included, which ask the network model) and rendering it. */
export function costBench(sizes: number[]): BenchTable {
  const rows = sizes.map((size) => {
    const design = generateDesign(size);
    // A fresh copy per run, as after each edit: nothing cached for it, network model included.
    const price = timeOnCopies(
      design,
      () => undefined,
      (copy) => computeCost(copy),
    );
    // The same with the network model already built (the canvas and rules ask it first).
    const warm = timeOnCopies(design, buildNetwork, (copy) => computeCost(copy));
    const report = computeCost(design);
    const lines = report.items.reduce((sum, item) => sum + item.lines.length, 0);
    const text = timeMedian(RUNS, () => formatCost(report, 'text'));
    const json = timeMedian(RUNS, () => formatCost(report, 'json'));
    const csv = timeMedian(RUNS, () => formatCost(report, 'csv'));
    const md = timeMedian(RUNS, () => formatCost(report, 'md'));
    return [size, lines, report.hints.length, ms(price), ms(warm), ms(text), ms(json), ms(csv), ms(md)];
  });
  return {
    title: `Cost report (median of ${RUNS} runs, ms)`,
    columns: ['resources', 'lines', 'hints', 'computeCost', 'net built', 'text', 'json', 'csv', 'md'],
    rows,
    notes: [
      'computeCost = all cost functions, meters, assumptions and savings hints on a fresh design copy',
      '  (the copy is made outside the timing; the network model is built inside it)',
      'net built = the same once the network model has answered (as when the canvas asked first)',
      'the same design object again returns its memoised report (not timed)',
    ],
  };
}

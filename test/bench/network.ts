import { loadavg } from 'node:os';
import type { Design } from '../../shared/model/types';
import { networkOf, traceAll } from '../../shared/network/index';
import { generateDesign } from './generate';
import type { BenchTable } from './table';
import { ms, timeMedian } from './table';

const RUNS = 15;
const WARM_UP = 20;

/** Median CPU time of this process in ms: steadier than wall time when other work shares the cores. */
function cpuMedian(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** A new design object with the same content: the caches are per object, so this measures cold work. */
function fresh(design: Design): Design {
  return { ...design };
}

export function networkBench(sizes: number[]): BenchTable {
  const rows = sizes.map((size) => {
    const design = generateDesign(size);
    const connections = design.connections.length;
    // Let the JIT settle first: timeMedian warms up once, which is not enough for the tracer's
    // many small functions on a cold start.
    for (let i = 0; i < WARM_UP; i++) traceAll(fresh(design));
    const index = timeMedian(RUNS, () => networkOf(fresh(design)));
    const cold = timeMedian(RUNS, () => traceAll(fresh(design)));
    const cpu = cpuMedian(RUNS, () => traceAll(fresh(design)));
    const failure = timeMedian(RUNS, () => traceAll(fresh(design), { failed: { azs: ['a'] } }));
    const withHops = timeMedian(RUNS, () => {
      let count = 0;
      for (const result of traceAll(fresh(design)).values()) count += result.hops.length;
      return count;
    });
    const memo = timeMedian(RUNS, () => traceAll(design));
    const results = [...traceAll(design).values()];
    const reachable = results.filter((r) => r.reachable).length;
    const hops = results.reduce((sum, r) => sum + r.hops.length, 0);
    return [
      size,
      connections,
      ms(index),
      ms(cold),
      (connections / Math.max(cold, 0.001)).toFixed(0),
      ms(cpu),
      ms(withHops),
      ms(failure),
      ms(memo),
      `${reachable}/${connections}`,
      hops,
    ];
  });
  return {
    title: `Network engine: traceAll over every connection (median of ${RUNS} runs, ms)`,
    columns: [
      'resources',
      'connections',
      'index only',
      'traceAll cold',
      'traces/ms',
      'cold CPU ms',
      '+ read all hops',
      'AZ a failed',
      'memoised',
      'reachable',
      'hops',
    ],
    rows,
    notes: [
      'cold = a new design object: builds the index (subnet->table, sorted routes, SG/NACL rules) and traces every placement pair',
      'cold CPU ms = process CPU time of the cold run (user + system), less disturbed by other load on the machine',
      '+ read all hops = cold, then every hop list is built (hops are recorded lazily, on first read)',
      'memoised = the same design object again (what the canvas pays between edits)',
      // Two cores are shared by the whole team: a busy machine inflates every figure above.
      `load average while measuring: ${loadavg()
        .map((value) => value.toFixed(1))
        .join(' / ')} (1 / 5 / 15 min)`,
    ],
  };
}

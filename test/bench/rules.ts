/**
 * Rules bench: runRules on generated designs (every rule, every connection traced), on a fresh
 * design object each run so that no per-design cache (design index, network model, traces)
 * carries over from the previous run. Also each rule's median at 1,000 and 5,000 resources, timed
 * with the shared design index, network model and traces already built (their cost is the
 * "index+network model" column's and the network section's), and the slowest of them.
 */
import { loadavg } from 'node:os';
import type { Design } from '../../shared/model/types';
import { networkOf, traceAll } from '../../shared/network/index';
import { RULES, runRule, runRules } from '../../shared/rules/index';
import { designIndex } from '../../shared/rules/utils/design-index';
import { generateDesign } from './generate';
import { incrementalNotes, workerAllocationNote } from './incremental';
import type { BenchTable } from './table';
import { ms } from './table';

const RUNS = 15;

/** Median and best ms of `work` on a new copy of the design per run (copied outside the timer). */
function timeFresh(
  design: Design,
  work: (fresh: Design) => unknown,
  prepare?: (fresh: Design) => void,
): { median: number; best: number } {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const fresh: Design = { ...design };
    prepare?.(fresh);
    const start = performance.now();
    work(fresh);
    if (i > 0) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, best: times[0] ?? 0 };
}

function indexAndModel(design: Design): void {
  designIndex(design);
  networkOf(design);
}

/** Everything the rules share, built before they are timed: index, network model, traces. */
function warm(design: Design): void {
  indexAndModel(design);
  traceAll(design);
}

/**
 * Median ms of each rule and of all rules together, with the shared pieces prebuilt (as the
 * incremental runner sees a rename: traces reused, so connection-reachable only reports). Each
 * run warms a fresh design object and then times every rule on it in registry order.
 */
function perRule(design: Design): { total: number; rules: [string, number][] } {
  const times = new Map<string, number[]>(RULES.map((rule) => [rule.meta.id, []]));
  const totals: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const fresh: Design = { ...design };
    warm(fresh);
    const first = performance.now();
    for (const rule of RULES) {
      const start = performance.now();
      runRule(rule, fresh);
      if (i > 0) times.get(rule.meta.id)?.push(performance.now() - start);
    }
    if (i > 0) totals.push(performance.now() - first);
  }
  const rules = [...times].map(([id, list]): [string, number] => [id, median(list)]);
  return { total: median(totals), rules: rules.sort((a, b) => b[1] - a[1]) };
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

function perRuleNote(size: number, design: Design): string {
  const { total, rules } = perRule(design);
  const top = rules.slice(0, 6).map(([id, time]) => `${id} ${ms(time)}`);
  return `rules at ${size.toLocaleString('en')} resources with index, network model and traces prebuilt: all ${RULES.length} ${ms(total)} ms; slowest ${top.join(', ')}`;
}

export async function rulesBench(sizes: number[]): Promise<BenchTable> {
  // Let V8 compile every rule and trace path before the first measured size.
  const warmUp = generateDesign(300);
  for (let i = 0; i < 20; i++) runRules({ ...warmUp });
  const slowest: string[] = [];
  const rows = sizes.map((size) => {
    const design = generateDesign(size);
    const all = timeFresh(design, (d) => runRules(d));
    const index = timeFresh(design, indexAndModel).median;
    const findings = runRules({ ...design });
    if (size >= 1000) slowest.push(perRuleNote(size, design));
    const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
    return [
      size,
      design.connections.length,
      RULES.length,
      ms(all.median),
      ms(all.best),
      ms(index),
      findings.length,
      `${count('error')}/${count('warning')}/${count('info')}`,
    ];
  });
  return {
    title: `Rules: runRules, every rule and every connection traced (median and best of ${RUNS} runs on fresh design objects, ms)`,
    columns: [
      'resources',
      'connections',
      'rules',
      'runRules',
      'runRules best',
      'index+network model',
      'findings',
      'err/warn/info',
    ],
    rows,
    notes: [
      ...slowest,
      ...incrementalNotes(sizes.filter((size) => size >= 1000)),
      ...(sizes.includes(1000) ? [await workerAllocationNote(1000)] : []),
      // Two cores are shared by the whole team: a busy machine inflates every figure above.
      `load average while measuring: ${loadavg()
        .map((value) => value.toFixed(1))
        .join(' / ')} (1 / 5 / 15 min)`,
    ],
  };
}

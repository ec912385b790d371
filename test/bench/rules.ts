/**
 * Rules bench: runRules on generated designs (every rule, every connection traced), on a fresh
 * design object each run so that no per-design cache (design index, network model, traces)
 * carries over from the previous run. Also the slowest rules at 1,000 resources, timed with the
 * shared design index and network model already built (their cost is the first column's).
 */
import { loadavg } from 'node:os';
import type { Design } from '../../shared/model/types';
import { networkOf } from '../../shared/network/index';
import { RULES, runRule, runRules } from '../../shared/rules/index';
import { designIndex } from '../../shared/rules/utils/design-index';
import { generateDesign } from './generate';
import { incrementalNotes } from './incremental';
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

function warm(design: Design): void {
  designIndex(design);
  networkOf(design);
}

function slowestRules(design: Design): string[] {
  return RULES.map((rule) => ({
    id: rule.meta.id,
    time: timeFresh(design, (d) => runRule(rule, d), warm).median,
  }))
    .sort((a, b) => b.time - a.time)
    .slice(0, 5)
    .map(({ id, time }) => `${id} ${ms(time)} ms`);
}

export function rulesBench(sizes: number[]): BenchTable {
  // Let V8 compile every rule and trace path before the first measured size.
  const warmUp = generateDesign(300);
  for (let i = 0; i < 20; i++) runRules({ ...warmUp });
  let slowest: string[] = [];
  const rows = sizes.map((size) => {
    const design = generateDesign(size);
    const all = timeFresh(design, (d) => runRules(d));
    const index = timeFresh(design, warm).median;
    const findings = runRules({ ...design });
    if (size === 1000) slowest = slowestRules(design);
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
      `slowest rules at 1,000 resources (index and model prebuilt): ${slowest.join(', ')}`,
      ...incrementalNotes(sizes.filter((size) => size >= 1000)),
      // Two cores are shared by the whole team: a busy machine inflates every figure above.
      `load average while measuring: ${loadavg()
        .map((value) => value.toFixed(1))
        .join(' / ')} (1 / 5 / 15 min)`,
    ],
  };
}

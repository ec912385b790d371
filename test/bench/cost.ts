import { computeCost, formatCost } from '../../shared/cost/index';
import { generateDesign } from './generate';
import type { BenchTable } from './table';
import { ms, timeMedian } from './table';

/** Cost report: pricing every resource (hints included, which build the network model) and rendering it. */
export function costBench(sizes: number[]): BenchTable {
  const rows = sizes.map((size) => {
    const design = generateDesign(size);
    // A fresh copy per run: the network model is cached per design object, as after each edit.
    const price = timeMedian(7, () => computeCost(structuredClone(design)));
    const report = computeCost(design);
    const lines = report.items.reduce((sum, item) => sum + item.lines.length, 0);
    const text = timeMedian(7, () => formatCost(report, 'text'));
    const json = timeMedian(7, () => formatCost(report, 'json'));
    return [size, lines, report.hints.length, ms(price), ms(text), ms(json)];
  });
  return {
    title: 'Cost report (median of 7 runs, ms)',
    columns: ['resources', 'lines', 'hints', 'computeCost', 'text', 'json'],
    rows,
    notes: ['computeCost = all cost functions, meters, assumptions and savings hints on a fresh design copy'],
  };
}

/**
 * `npm run bench`: prints figures, never pass/fail. Each area adds a section: a file here
 * exporting `(sizes) => BenchTable` and one line in SECTIONS.
 */
import { modelBench } from './model';
import type { BenchSection } from './table';
import { printTable } from './table';
import { costBench } from './cost';
import { networkBench } from './network';
import { rulesBench } from './rules';
import { canvasBench } from './canvas';
import { deployBench } from './deploy';
import { designCheckBench } from './design-check';
import { diagramBench } from './diagram';
import { dragBench } from './drag';
import { openBench } from './open';

const SIZES = [100, 1000, 5000];
const SECTIONS: Record<string, BenchSection> = {
  model: modelBench,
  cost: costBench,
  network: networkBench,
  rules: rulesBench,
  canvas: canvasBench,
  deploy: deployBench,
  'design-check': designCheckBench,
  diagram: diagramBench,
  drag: dragBench,
  open: openBench,
};

// `npm run bench -- rules network` runs only the named sections.
const wanted = process.argv.slice(2).filter((name) => name in SECTIONS);
for (const [name, section] of Object.entries(SECTIONS)) {
  if (wanted.length === 0 || wanted.includes(name)) printTable(await section(SIZES));
}

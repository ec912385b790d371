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

const SIZES = [100, 1000, 5000];
const SECTIONS: BenchSection[] = [modelBench, costBench, networkBench, rulesBench, canvasBench];

for (const section of SECTIONS) {
  printTable(await section(SIZES));
}

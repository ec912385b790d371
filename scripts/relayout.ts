// Recomputes the stored `layout` of the bundled templates, examples and lesson designs with the
// automatic layout (shared/diagram/layout.ts), so they open already laid out the way a design
// without a layout would be. Run `node scripts/relayout.mjs` after changing the layout or the
// default sizes; `--check` only lists the files whose stored layout is out of date.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { produce } from 'immer';
import { computeLayout } from '../shared/diagram/layout';
import { normalizePlacement } from '../shared/edit/index';
import { serializeDesign } from '../shared/model/serialize';
import type { Design } from '../shared/model/types';

const FOLDERS = ['assets/templates', 'assets/examples'];
const LESSONS = 'assets/lessons';

/** The design with a freshly computed layout (placement normalised first, as on opening). */
async function relaidOut(design: Design): Promise<Design> {
  const placed = produce(design, (draft) => normalizePlacement(draft));
  const layout = await computeLayout({ ...placed, layout: undefined });
  return { ...placed, layout };
}

/** Rewrites one file when its text changes; returns whether it did (or would, with `check`). */
function update(path: string, before: string, after: string, check: boolean): boolean {
  if (before === after) return false;
  if (!check) writeFileSync(path, after);
  console.log(`${check ? 'out of date' : 'relaid out'}: ${path}`);
  return true;
}

async function main(check: boolean): Promise<number> {
  let changed = 0;
  for (const folder of FOLDERS) {
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.skyplan.json'))) {
      const path = `${folder}/${name}`;
      const text = readFileSync(path, 'utf8');
      const design = JSON.parse(text) as Design;
      if (update(path, text, serializeDesign(await relaidOut(design)), check)) changed++;
    }
  }
  for (const name of readdirSync(LESSONS).filter((n) => n.endsWith('.lesson.json'))) {
    const path = `${LESSONS}/${name}`;
    const text = readFileSync(path, 'utf8');
    const lesson = JSON.parse(text) as { start: Design; answer?: Design };
    // A lesson without a stored layout is laid out when opened: it stays without one.
    const next = { ...lesson };
    for (const key of ['start', 'answer'] as const) {
      const design = lesson[key];
      if (design?.layout && Object.keys(design.layout).length > 0) {
        next[key] = JSON.parse(serializeDesign(await relaidOut(design))) as Design;
      }
    }
    if (update(path, text, `${JSON.stringify(next, null, 2)}\n`, check)) changed++;
  }
  return changed;
}

const check = process.argv.includes('--check');
const changed = await main(check);
console.log(`${changed} file(s) ${check ? 'out of date' : 'rewritten'}`);
if (check && changed > 0) process.exitCode = 1;

// Type-checks every TypeScript project of the solution (see tsconfig.json) one after another,
// so that a DOM or Node type leaking into shared/ fails here rather than at run time.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const solution = JSON.parse(readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8'));
let failed = 0;
for (const { path } of solution.references) {
  const started = Date.now();
  const result = spawnSync('npx', ['tsc', '-p', path, '--noEmit'], { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${result.status === 0 ? 'ok  ' : 'FAIL'} tsc -p ${path} (${seconds} s)`);
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);

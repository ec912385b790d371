// `node scripts/relayout.mjs [--check]`: bundles scripts/relayout.ts with esbuild and runs it
// (recomputes the stored layout of the bundled templates, examples and lessons).
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

await build({
  entryPoints: ['scripts/relayout.ts'],
  outfile: '.bench/relayout.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
await import(pathToFileURL('.bench/relayout.mjs').href);

// `npm run bench`: bundles test/bench/index.ts with esbuild and runs it under Node.
// Figures only, never pass/fail (performance claims live here, not in timed tests).
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

await build({
  entryPoints: ['test/bench/index.ts'],
  outfile: '.bench/bench.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
console.log(`Skyplan bench on Node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
await import(pathToFileURL('.bench/bench.mjs').href);

// Bundles cli/ and the shared engine into one ES module, dist-cli/skyplan.mjs, so that
// `npx skyplan` starts fast and works offline right after `npm ci` (run from "prepare").
import { build } from 'esbuild';

const started = Date.now();
await build({
  entryPoints: ['cli/node-main.ts'],
  outfile: 'dist-cli/skyplan.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});
console.log(`built dist-cli/skyplan.mjs in ${Date.now() - started} ms`);

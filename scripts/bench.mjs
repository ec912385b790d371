// `npm run bench`: bundles test/bench/index.ts with esbuild and runs it under Node.
// Figures only, never pass/fail (performance claims live here, not in timed tests).
import { cpus } from 'node:os';
import { runTypeScript } from './run-ts.mjs';

console.log(`Skyplan bench on Node ${process.version}, ${cpus().length} cores`);
await runTypeScript('test/bench/index.ts', 'bench');

// Bundles the main process and the preload into CommonJS (package.json is "type": "module", and
// Electron loads main and sandboxed preloads as CJS): dist-electron/main.cjs and preload.cjs.
// The `electron` module stays external (it is provided by the Electron runtime); everything
// else, shared/ included, is bundled so the packaged app needs no node_modules at all.
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const started = Date.now();
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
};

await mkdir('dist-electron', { recursive: true });
await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' }),
  // The sandboxed preload may require only `electron` (and a few timers/events modules).
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' }),
  // Large designs are checked in a worker thread so main never freezes (electron/design-check.ts).
  build({
    ...common,
    entryPoints: ['electron/design-check-worker.ts'],
    outfile: 'dist-electron/design-check-worker.cjs',
  }),
]);
// The window icon on Linux and Windows (macOS takes the .icns from the app bundle).
const icon = 'assets/icons/app/png/512x512.png';
if (existsSync(icon)) await copyFile(icon, 'dist-electron/icon.png');
console.log(`built dist-electron/main.cjs and preload.cjs in ${Date.now() - started} ms`);

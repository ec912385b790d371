// Runs a TypeScript entry point under Node: bundles it with esbuild into .bench/ (packages stay
// external, so node_modules is read as installed) and imports the bundle. Used by the bench and
// by the relayout script, which import the project's TypeScript sources directly.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

/** Bundles `entry` to `.bench/<name>.mjs` and runs it. */
export async function runTypeScript(entry, name) {
  const outfile = `.bench/${name}.mjs`;
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  await import(pathToFileURL(outfile).href);
}

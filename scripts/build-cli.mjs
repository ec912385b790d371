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
  // Loaded from node_modules at run time: resvg is a native addon and PDFKit reads its font
  // metrics from its own folder; neither survives being bundled. libavoid-js (the connection
  // router) reads its libavoid.wasm from its own folder too.
  external: ['@resvg/resvg-js', 'pdfkit', 'svg-to-pdfkit', 'libavoid-js'],
  // CommonJS packages in the bundle (yaml) call require() for Node built-ins; an ES module has no
  // require of its own, so give it one.
  banner: {
    js: "import { createRequire as __skyplanRequire } from 'node:module';\nconst require = __skyplanRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log(`built dist-cli/skyplan.mjs in ${Date.now() - started} ms`);

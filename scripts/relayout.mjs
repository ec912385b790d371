// `node scripts/relayout.mjs [--check]`: bundles scripts/relayout.ts with esbuild and runs it
// (recomputes the stored layout of the bundled templates, examples and lessons).
import { runTypeScript } from './run-ts.mjs';

await runTypeScript('scripts/relayout.ts', 'relayout');

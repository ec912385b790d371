#!/usr/bin/env node
// The skyplan command. The TypeScript sources are bundled to dist-cli/ by `npm run build:cli`,
// which `npm ci` runs through the prepare script; this file only finds that bundle.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../../dist-cli/skyplan.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'skyplan: the command is not built yet; run "npm run build:cli" (npm ci does it for you).\n',
  );
  process.exit(2);
}
await import(pathToFileURL(bundle).href);

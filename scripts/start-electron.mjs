// `npm start`: opens the desktop app.
//  1. Builds the renderer (dist/) and the main/preload bundles (dist-electron/) when they are
//     missing or older than their sources.
//  2. Finds the Electron binary without require('electron') (which throws when it is missing).
//  3. If it is missing, fetches it once with electron's own installer (package.json blocks the
//     install script through "allowScripts", so `npm install` never downloads it by itself;
//     this is where it happens on a machine that can reach GitHub).
//  4. If there is still no binary, prints one line pointing to `npm run web` and exits 1.
// Extra arguments are passed to the app: `npm start -- shop.skyplan.json` opens that design.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const { electronBinary, electronPackageDir } = require('./electron-available.cjs');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Newest modification time of the files under `dirs` (node_modules and outputs skipped). */
function newest(dirs) {
  let latest = 0;
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else latest = Math.max(latest, statSync(path).mtimeMs);
    }
  };
  dirs.forEach((dir) => walk(join(root, dir)));
  return latest;
}

function stale(output, sources) {
  const path = join(root, output);
  return !existsSync(path) || statSync(path).mtimeMs < newest(sources);
}

function run(script) {
  const result = spawnSync(npm, ['run', '--silent', script], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error(`Skyplan: "npm run ${script}" failed; fix the error above and run npm start again.`);
    process.exit(result.status ?? 1);
  }
}

if (stale('dist/index.html', ['renderer', 'shared', 'assets'])) run('build:web');
if (stale('dist-electron/main.cjs', ['electron', 'shared', 'renderer/host'])) run('build:electron');

let exe = electronBinary();
if (!exe) {
  const dir = electronPackageDir();
  if (dir && existsSync(join(dir, 'install.js'))) {
    console.log('Skyplan: downloading the Electron runtime (one time only)...');
    const env = { ...process.env };
    // Set for `npm ci` on machines without GitHub; it would make install.js do nothing here.
    delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
    const fetched = spawnSync(process.execPath, [join(dir, 'install.js')], {
      cwd: dir,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 10 * 60_000,
    });
    exe = electronBinary();
    if (!exe) {
      const reason = /ENOTFOUND\s+\S+|ETIMEDOUT|ECONNREFUSED|EAI_AGAIN|HTTPError[^\n]*/.exec(
        String(fetched.stderr ?? ''),
      );
      console.error(
        `Skyplan: the Electron runtime is not installed and could not be downloaded${reason ? ` (${reason[0]})` : ''}; run "npm run web" to use Skyplan in your browser instead.`,
      );
      process.exit(1);
    }
  } else {
    console.error(
      'Skyplan: the electron package is not installed (run "npm install"), or run "npm run web" to use Skyplan in your browser.',
    );
    process.exit(1);
  }
}

const args = ['.', ...process.argv.slice(2)];
// Opt-in for machines whose kernel blocks Chromium's sandbox (e.g. some Ubuntu 24.04 setups, or
// running as root in a container). The page stays context-isolated either way.
if (process.env.SKYPLAN_NO_SANDBOX === '1') args.push('--no-sandbox');
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(exe, args, { cwd: root, env, stdio: ['inherit', 'inherit', 'pipe'] });
let sandboxHint = false;
child.stderr.on('data', (chunk) => {
  process.stderr.write(chunk);
  const text = String(chunk);
  if (!sandboxHint && /SUID sandbox helper|Running as root without --no-sandbox/.test(text)) {
    sandboxHint = true;
    console.error(
      "Skyplan: Chromium's sandbox cannot start here; fix chrome-sandbox (sudo chown root:root node_modules/electron/dist/chrome-sandbox && sudo chmod 4755 node_modules/electron/dist/chrome-sandbox) or run SKYPLAN_NO_SANDBOX=1 npm start.",
    );
  }
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));

// Prints the path of the Electron binary and exits 0, or exits 1 when it is not installed.
// Never calls require('electron'): in electron 41 that throws when the binary download was
// skipped, and newer versions try to download on first use. We read what install.js writes
// instead: node_modules/electron/path.txt names the executable inside node_modules/electron/dist
// (or inside ELECTRON_OVERRIDE_DIST_PATH).
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: plain `node` runs it without a build, and tests require() it. */
const fs = require('node:fs');
const path = require('node:path');

function electronPackageDir() {
  try {
    return path.dirname(require.resolve('electron/package.json', { paths: [process.cwd(), __dirname] }));
  } catch {
    return null;
  }
}

/** The executable, or null. `dir` is the electron package folder (tests pass a fake one). */
function electronBinary(dir = electronPackageDir()) {
  if (!dir) return null;
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist');
  const exe = path.join(distDir, fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(exe) ? exe : null;
}

module.exports = { electronBinary, electronPackageDir };

if (require.main === module) {
  const exe = electronBinary();
  if (exe) {
    console.log(exe);
    process.exit(0);
  }
  process.exit(1);
}

// Finding the Electron binary without require('electron') (which throws when it is missing).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { electronBinary } = require('../../scripts/electron-available.cjs') as {
  electronBinary(dir?: string | null): string | null;
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'skyplan-electron-pkg-'));
});
afterEach(() => {
  delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
  rmSync(dir, { recursive: true, force: true });
});

describe('electronBinary', () => {
  it('finds the executable that install.js recorded in path.txt', () => {
    writeFileSync(join(dir, 'path.txt'), 'electron');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    expect(electronBinary(dir)).toBe(join(dir, 'dist', 'electron'));
  });

  it('reports a skipped download (no path.txt, or no binary) as missing', () => {
    expect(electronBinary(dir)).toBeNull();
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(electronBinary(dir)).toBeNull();
    expect(electronBinary(null)).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself', () => {
    writeFileSync(join(dir, 'path.txt'), 'electron');
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere', 'electron'), '');
    process.env.ELECTRON_OVERRIDE_DIST_PATH = join(dir, 'elsewhere');
    expect(electronBinary(dir)).toBe(join(dir, 'elsewhere', 'electron'));
  });
});

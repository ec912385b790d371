/**
 * Large designs are checked off the main thread (issue 14, defect 15): the worker gives the same
 * answer as the inline check, and a large save or draft goes through it. The worker is bundled
 * here with esbuild, as scripts/build-electron.mjs bundles it for the app.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkDesignText,
  checkDesignTextAsync,
  checkInWorker,
  INLINE_CHECK_CHARS,
} from '../../electron/design-check';
import { designText } from './fixtures';

let folder: string;
let script: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'skyplan-check-'));
  script = join(folder, 'design-check-worker.cjs');
  await build({
    entryPoints: ['electron/design-check-worker.ts'],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** A valid design longer than the inline limit (a long description). */
function largeDesign(): string {
  const padding = 'x'.repeat(INLINE_CHECK_CHARS + 10);
  return designText('Large').replace('"name": "Large"', `"name": "Large",\n  "description": "${padding}"`);
}

describe('design check off the main thread', () => {
  it('gives the same answers in the worker as inline', async () => {
    const broken = designText('Broken').replace('"10.0.0.0/16"', '"10.0.0.0/33"');
    for (const text of [designText('Fine'), broken, '{', largeDesign()]) {
      expect(await checkInWorker(script, text, 'x.skyplan.json', 'en')).toEqual(
        checkDesignText(text, 'x.skyplan.json', 'en'),
      );
    }
  });

  it('uses the worker for large text only', async () => {
    const missing = join(folder, 'missing.cjs');
    // A worker script that does not exist fails; so only large text can reach it.
    await expect(checkDesignTextAsync(largeDesign(), 'x', 'en', missing)).rejects.toThrow();
    expect(await checkDesignTextAsync(designText('Small'), 'x', 'en', missing)).toBeNull();
    expect(await checkDesignTextAsync(largeDesign(), 'x', 'en', script)).toBeNull();
  });
});

/**
 * Design check bench: how long checking a large design blocks the thread that asks. Inline, the
 * whole parse and validation blocks it; through the worker (electron/design-check.ts), only the
 * copy of the text to the worker does. The worker is bundled here as build-electron.mjs does.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { checkDesignText, checkInWorker } from '../../electron/design-check';
import { serializeDesign } from '../../shared/model/serialize';
import { generateDesign } from './generate';
import type { BenchTable } from './table';
import { ms } from './table';

const WORKER = resolve('.bench/design-check-worker.cjs');

/** Runs `work` while a 1 ms timer ticks; returns its duration and the longest gap between ticks. */
async function stall(work: () => Promise<unknown> | unknown): Promise<{ total: number; longest: number }> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const start = performance.now();
  last = start;
  longest = 0;
  await work();
  const total = performance.now() - start;
  longest = Math.max(longest, performance.now() - last);
  clearInterval(timer);
  return { total, longest };
}

export async function designCheckBench(): Promise<BenchTable> {
  await build({
    entryPoints: ['electron/design-check-worker.ts'],
    outfile: WORKER,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  const rows: (string | number)[][] = [];
  for (const resources of [5000, 40_000, 120_000]) {
    const text = serializeDesign(generateDesign(resources));
    const inline = await stall(() => checkDesignText(text, 'bench', 'en'));
    const worker = await stall(() => checkInWorker(WORKER, text, 'bench', 'en'));
    rows.push([
      resources,
      (Buffer.byteLength(text) / 1024 / 1024).toFixed(1),
      ms(inline.longest),
      ms(worker.longest),
      ms(worker.total),
    ]);
  }
  return {
    title: 'Design check: longest stall of the asking thread (ms)',
    columns: ['resources', 'MB', 'inline stall', 'worker stall', 'worker total'],
    rows,
    notes: ['The desktop app checks text over 1 M characters in the worker (electron/design-check.ts).'],
  };
}

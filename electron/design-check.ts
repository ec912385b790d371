/**
 * Checking design text without freezing the app. Parsing and validating a 50 MB design takes
 * about a second, and in main that second blocks every window (menus, repaints, other saves).
 * So text over INLINE_CHECK_CHARS is checked in a worker thread (design-check-worker.ts, bundled
 * beside main.cjs); smaller text, the normal case, is checked at once. Where the worker script
 * is missing (unit tests run the sources), the check runs inline with the same result.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../shared/i18n/index';
import { describeIssue, parseDesign } from '../shared/model/index';

/** Texts up to this many characters are checked on the calling thread (a few milliseconds). */
export const INLINE_CHECK_CHARS = 1_000_000;

/** null: a valid design; else the first problem, located, and how many there are. */
export type DesignCheck = { detail: string; count: number } | null;

/** The check itself, the same inline and in the worker. */
export function checkDesignText(text: string, file: string, locale: Locale): DesignCheck {
  const parsed = parseDesign(text);
  if (parsed.ok) return null;
  const first = parsed.issues[0];
  return { detail: first ? describeIssue(first, locale, file) : file, count: parsed.issues.length };
}

/** Where the bundled worker lives: next to main.cjs in dist-electron/. */
function bundledWorker(): string | undefined {
  const folder = typeof __dirname === 'string' ? __dirname : undefined;
  const path = folder ? join(folder, 'design-check-worker.cjs') : undefined;
  return path && existsSync(path) ? path : undefined;
}

/** Runs the check in a worker thread started from `script`. */
export function checkInWorker(
  script: string,
  text: string,
  file: string,
  locale: Locale,
): Promise<DesignCheck> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { text, file, locale } });
    worker.once('message', (result: DesignCheck) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`design check stopped (${code})`));
    });
  });
}

/** Checks design text; large text off the main thread (see the top of this file). */
export async function checkDesignTextAsync(
  text: string,
  file: string,
  locale: Locale,
  script: string | undefined = bundledWorker(),
): Promise<DesignCheck> {
  if (text.length <= INLINE_CHECK_CHARS || !script) return checkDesignText(text, file, locale);
  return checkInWorker(script, text, file, locale);
}

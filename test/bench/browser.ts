/**
 * Shared plumbing of the browser bench sections (drag, open): one web build and one vite
 * preview per `npm run bench` run, Debian's Chromium, and helpers that read the main thread's
 * busy time from the DevTools protocol.
 *
 * The build goes to SKYPLAN_DIST when set (else dist/); SKYPLAN_BENCH_PORT picks the preview
 * port (default 4181, so a Playwright run on 4173 is never disturbed).
 */
import { chromium } from '@playwright/test';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { execSync, spawn } from 'node:child_process';
import { loadavg } from 'node:os';

const PORT = Number(process.env.SKYPLAN_BENCH_PORT ?? 4181);
export const BENCH_BASE = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/** Builds once (unless SKYPLAN_BENCH_NO_BUILD=1), serves the build, runs `work`, cleans up. */
export async function withBenchBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  if (process.env.SKYPLAN_BENCH_NO_BUILD !== '1') execSync('npm run build:web', { stdio: 'ignore' });
  const server = spawn(
    'npx',
    ['vite', 'preview', '--config', 'renderer/vite.config.ts', '--port', String(PORT)].concat([
      '--strictPort',
      '--host',
      '127.0.0.1',
    ]),
    { stdio: 'ignore', detached: true },
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    await waitForServer(`${BENCH_BASE}/bench.html`, 60_000);
    return await work(browser);
  } finally {
    await browser.close();
    // The server may have exited already (its port was taken): never hide the real error.
    if (server.pid) {
      try {
        process.kill(-server.pid);
      } catch {
        // already gone
      }
    }
  }
}

export async function newBenchPage(browser: Browser, label: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('crash', () => console.error(`bench: the ${label} page crashed`));
  page.on('pageerror', (error) => console.error(`bench: ${label}: ${error.message}`));
  return page;
}

/** Main-thread task time so far (ms), from Chromium's Performance domain. */
export async function mainThreadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

export async function performanceSession(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

/** Resolves after the next two animation frames (the frame that shows a change has painted). */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

/** Starts recording the time of every animation frame in the page (see stopFrameRecording). */
export async function startFrameRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as { benchFrames?: number[]; benchStop?: boolean };
    w.benchFrames = [];
    w.benchStop = false;
    const tick = (time: number) => {
      w.benchFrames?.push(time);
      if (!w.benchStop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Stops the recording and returns the frame times (ms, from requestAnimationFrame). */
export async function stopFrameRecording(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as { benchFrames?: number[]; benchStop?: boolean };
    w.benchStop = true;
    return w.benchFrames ?? [];
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** "load 1.85 / 1.85 / 1.97": the machine is shared, so every browser table says how busy it was. */
export function loadNote(): string {
  return `load average (1/5/15 min) at the end: ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ')}`;
}

/**
 * Waits until the canvas has settled: no DOM change under `.react-flow` for `quietMs` (the
 * automatic layout, the connection router and the engines answer seconds after a big design
 * opens, and each answer redraws every shape; a figure taken meanwhile measures that instead).
 * Gives up silently after `timeoutMs`.
 */
export async function waitForQuiet(page: Page, quietMs = 1000, timeoutMs = 60_000): Promise<void> {
  await page
    .waitForFunction(
      ({ quietMs }) => {
        const w = window as { benchQuiet?: { last: number } };
        if (!w.benchQuiet) {
          const state = { last: performance.now() };
          w.benchQuiet = state;
          const root = document.querySelector('.react-flow') ?? document.body;
          new MutationObserver(() => (state.last = performance.now())).observe(root, {
            subtree: true,
            attributes: true,
            childList: true,
          });
        }
        return (
          !document.querySelector('[data-testid="layout-progress"]') &&
          performance.now() - w.benchQuiet.last > quietMs
        );
      },
      { quietMs },
      { timeout: timeoutMs, polling: 250 },
    )
    .catch(() => undefined);
}

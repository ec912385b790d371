/**
 * Canvas bench: the full editor against bare React Flow on the same generated design (same
 * nodes, nesting, edges and layout), in Debian's Chromium. Figures: frames during a scripted
 * pan and zoom (requestAnimationFrame timing), load time, and for the editor the time from an
 * edit to the problems count on screen. Our overhead over the library is the difference.
 *
 * Build, preview server and browser come from browser.ts (withBenchBrowser), so SKYPLAN_DIST and
 * SKYPLAN_BENCH_PORT apply here as in the other browser sections.
 */
import type { Browser, Page } from '@playwright/test';
import type { BenchTable } from './table';
import { ms } from './table';
import {
  BENCH_BASE,
  loadNote,
  median,
  newBenchPage,
  startFrameRecording,
  stopFrameRecording,
  withBenchBrowser,
} from './browser';

/**
 * The browser section stops at 1,000 resources (the product's target) unless
 * SKYPLAN_BENCH_CANVAS_SIZES names others (e.g. 5000: minutes on 2 cores).
 */
const MAX_CANVAS_SIZE = 1000;

/**
 * Fresh page loads the editor's edit figures are taken on, up to MAX_CANVAS_SIZE resources
 * (SKYPLAN_BENCH_EDIT_LOADS overrides). The first edits after an open run code neither thread
 * has compiled and meet the first collections of the young generation, and on 2 cores one
 * load's median of 5 ranges over tens of milliseconds from one load to the next: the table
 * shows the median over the loads and each load's figure beside it.
 */
const EDIT_LOADS = Math.max(1, Number(process.env.SKYPLAN_BENCH_EDIT_LOADS ?? 3));

interface FrameStats {
  fps: number;
  p95: number;
  worst: number;
  frames: number;
}

async function load(page: Page, path: string): Promise<number> {
  const start = Date.now();
  await page.goto(`${BENCH_BASE}/${path}`);
  await page.waitForFunction(() => (window as { benchReady?: boolean }).benchReady === true, null, {
    timeout: 120_000,
  });
  await page.locator('.react-flow__node').first().waitFor({ timeout: 120_000 });
  // Let the first fit and the MiniMap settle before timing anything.
  await page.waitForTimeout(1500);
  const elapsed = Date.now() - start;
  // The editor's bench page has no host: the welcome dialog covers the canvas until closed, and
  // the wheel would scroll it instead of zooming.
  const close = page.getByTestId('welcome-close');
  if (await close.isVisible().catch(() => false)) await close.click();
  return elapsed;
}

/** Records rAF intervals while `drive` pans (space + drag) and zooms (wheel) the canvas. */
async function measureFrames(page: Page): Promise<FrameStats> {
  const pane = await page.locator('.react-flow').boundingBox();
  if (!pane) throw new Error('no .react-flow on the page');
  const cx = pane.x + pane.width / 2;
  const cy = pane.y + pane.height / 2;
  await startFrameRecording(page);
  // Pan: hold Space (React Flow's pan key, so nodes under the pointer do not move) and drag.
  await page.keyboard.down('Space');
  for (let round = 0; round < 3; round++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - 300, cy - 150, { steps: 30 });
    await page.mouse.move(cx + 200, cy + 100, { steps: 30 });
    await page.mouse.up();
  }
  await page.keyboard.up('Space');
  // Zoom in and out with the wheel.
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 15; i++) await page.mouse.wheel(0, -120);
  for (let i = 0; i < 15; i++) await page.mouse.wheel(0, 120);
  await page.waitForTimeout(300);
  const times = await stopFrameRecording(page);
  const intervals = times.slice(1).map((time, i) => time - (times[i] ?? time));
  const total = (times[times.length - 1] ?? 0) - (times[0] ?? 0);
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    fps: total > 0 ? (intervals.length * 1000) / total : 0,
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    worst: sorted[sorted.length - 1] ?? 0,
    frames: intervals.length,
  };
}

/** Edits the figure is the median of: the first after the page opened, so partly cold. */
const FIRST_EDITS = 5;
/** Edits after those, for the warm figure (the same edit with both threads' code compiled). */
const WARM_EDITS = 10;

export interface EditLatency {
  /** Medians of the first FIRST_EDITS edits. */
  frame: number;
  problems: number;
  /** Median edit -> problems of the WARM_EDITS edits after them. */
  warm: number;
}

/**
 * Edit -> problems on screen: removes the public route of the first VPC through the store
 * (what the inspector does), then waits for the top bar's error count to change and for the
 * next frame. Median of the first 5, each edit undone before the next; then 10 more, whose
 * median is the warm figure (the first edits after an open run code neither thread has
 * compiled yet, and spread more than the difference between two builds).
 */
export async function measureEditLatency(page: Page): Promise<EditLatency> {
  const runs: { frame: number; problems: number }[] = [];
  for (let i = 0; i < FIRST_EDITS + WARM_EDITS; i++) {
    const elapsed = await page.evaluate(
      () =>
        new Promise<{ frame: number; problems: number }>((resolve, reject) => {
          interface BenchStore {
            apply(
              label: { key: string; params?: Record<string, string> },
              recipe: (draft: { resources: { id: string; props: unknown }[] }) => void,
            ): void;
            undo(): void;
          }
          const store = (window as unknown as { benchStore: BenchStore }).benchStore;
          const errors = () =>
            document.querySelector('[data-testid="problem-count"]')?.getAttribute('data-errors') ?? null;
          const before = errors();
          const start = performance.now();
          let firstFrame = -1;
          // Checked once per frame: the first frame that shows the new count ends the timing.
          const poll = () => {
            const elapsedMs = performance.now() - start;
            // The store re-renders the canvas synchronously; the first frame after the edit shows it.
            if (firstFrame < 0) firstFrame = elapsedMs;
            if (errors() !== before) {
              store.undo();
              // The problems view is deferred: wait until the undo shows before the next run,
              // or the next edit would land on a count that never went back.
              const settle = () => {
                if (errors() === before) resolve({ frame: firstFrame, problems: elapsedMs });
                else if (performance.now() - start > 40_000) reject(new Error('the undo never showed'));
                else requestAnimationFrame(settle);
              };
              requestAnimationFrame(settle);
            } else if (elapsedMs > 20_000) reject(new Error('the problems count never changed'));
            else requestAnimationFrame(poll);
          };
          store.apply({ key: 'ui.action.edit', params: { field: 'routes' } }, (draft) => {
            const table = draft.resources.find((r) => r.id === 'v0rtPub');
            if (table) (table.props as { routes: unknown[] }).routes = [];
          });
          requestAnimationFrame(poll);
        }),
    );
    runs.push(elapsed);
  }
  const first = runs.slice(0, FIRST_EDITS);
  return {
    frame: median(first.map((r) => r.frame)),
    problems: median(first.map((r) => r.problems)),
    warm: median(runs.slice(FIRST_EDITS).map((r) => r.problems)),
  };
}

/** One more fresh load of the editor's page: open, pan and zoom as the first load did, then edit. */
async function editOnFreshLoad(browser: Browser, label: string, path: string): Promise<EditLatency> {
  const page = await newBenchPage(browser, label);
  try {
    await load(page, path);
    await measureFrames(page);
    return await measureEditLatency(page);
  } finally {
    await page.close();
  }
}

/** Each figure's median over several loads. */
function medianLatency(loads: readonly EditLatency[]): EditLatency {
  return {
    frame: median(loads.map((l) => l.frame)),
    problems: median(loads.map((l) => l.problems)),
    warm: median(loads.map((l) => l.warm)),
  };
}

export async function canvasBench(sizes: number[]): Promise<BenchTable> {
  const only = process.env.SKYPLAN_BENCH_CANVAS_SIZES?.split(',').map(Number);
  const canvasSizes = only ?? sizes.filter((size) => size <= MAX_CANVAS_SIZE);
  const rows: (string | number)[][] = [];
  await withBenchBrowser(async (browser) => {
    for (const size of canvasSizes) {
      for (const [label, path] of [
        ['bare React Flow', `bench-bare.html?bench=${size}`],
        ['Skyplan canvas', `bench.html?bench=${size}`],
      ] as const) {
        const page = await newBenchPage(browser, `${label} ${size}`);
        try {
          const loadMs = await load(page, path);
          const frames = await measureFrames(page);
          const nodes = await page.locator('.react-flow__node').count();
          const edits = label === 'Skyplan canvas' ? [await measureEditLatency(page)] : [];
          // Each further load opens the page again and pans and zooms as above before editing.
          for (let again = 1; edits.length > 0 && again < EDIT_LOADS && size <= MAX_CANVAS_SIZE; again++) {
            edits.push(await editOnFreshLoad(browser, `${label} ${size} (${again + 1})`, path));
          }
          const edit = edits.length > 0 ? medianLatency(edits) : null;
          rows.push([
            size,
            label,
            nodes,
            loadMs,
            frames.fps.toFixed(1),
            ms(frames.p95),
            ms(frames.worst),
            edit ? ms(edit.frame) : '-',
            edit ? ms(edit.problems) : '-',
            edit ? ms(edit.warm) : '-',
            edits.length > 1 ? edits.map((e) => e.problems.toFixed(0)).join(' / ') : '-',
          ]);
        } finally {
          await page.close();
        }
      }
    }
  });
  return {
    title: 'Canvas in Chromium (headless, software rendering): pan + zoom frames, edit -> problems',
    columns: [
      'resources',
      'page',
      'nodes in DOM',
      'load ms',
      'fps',
      'p95 frame ms',
      'worst ms',
      'edit->frame ms',
      'edit->problems ms',
      'warm ms',
      'edit->problems per load',
    ],
    rows,
    notes: [
      'fps over a scripted pan (space + drag, 3 rounds) and 30 wheel zoom steps; rAF intervals',
      'nodes in DOM: onlyRenderVisibleElements renders only what is on screen (the fit view shows all)',
      'bare = default React Flow nodes and edge labels, no level of detail; Skyplan far out (names under 6 px, renderer/canvas/detail.ts) draws one canvas picture (FarOutCanvas.tsx)',
      'edit->frame: store edit (break a public route table) until the next animation frame',
      'edit->problems: store edit until the first frame showing the new top-bar error count (median of the first 5 after an open)',
      'warm: the same, median of the 10 edits after those (same page)',
      `edit figures up to ${MAX_CANVAS_SIZE} resources: median over ${EDIT_LOADS} fresh loads (SKYPLAN_BENCH_EDIT_LOADS), each load's figure in the last column`,
      'load ms includes ELK auto-layout of the generated design (it has VPC boxes only)',
      loadNote(),
    ],
  };
}

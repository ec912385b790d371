/**
 * Open bench: a generated design opened in the editor's bench page through the file parser,
 * with a layout (as the app saves it) and without one (the app lays it out with ELK). Figures:
 * the first frame that draws the design, when the layout landed (no layout only), and the
 * longest gap between frames from the open until then: the time the canvas could not answer.
 * Also edit -> problems at each size (the same measure as the canvas section).
 */
import type { Page } from '@playwright/test';
import { measureEditLatency } from './canvas';
import type { BenchTable } from './table';
import { ms } from './table';
import { BENCH_BASE, loadNote, newBenchPage, withBenchBrowser } from './browser';

interface OpenFigures {
  firstFrame: number;
  laidOut: number | undefined;
  worstGap: number;
}

/** Records rAF gaps from page start; stops when the layout has landed (or at once when it has one). */
async function measureOpen(page: Page, url: string, withLayout: boolean): Promise<OpenFigures> {
  await page.addInitScript(() => {
    const w = window as { benchGaps?: number[]; benchStopGaps?: boolean };
    w.benchGaps = [];
    let last = performance.now();
    const tick = (time: number) => {
      w.benchGaps?.push(time - last);
      last = time;
      if (!w.benchStopGaps) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto(url);
  await page.waitForFunction(
    () => ((window as { benchOpen?: { firstFrame: number } }).benchOpen?.firstFrame ?? -1) >= 0,
    null,
    { timeout: 300_000, polling: 100 },
  );
  let laidOut: number | undefined;
  if (!withLayout) {
    laidOut = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          interface Store {
            getState(): { design: { resources: unknown[]; layout?: Record<string, unknown> } };
          }
          const w = window as unknown as { benchStore: Store; benchOpen: { start: number } };
          const done = () => {
            const { design } = w.benchStore.getState();
            return Object.keys(design.layout ?? {}).length >= design.resources.length * 0.9;
          };
          const poll = () => {
            if (done()) resolve(performance.now() - w.benchOpen.start);
            else if (performance.now() - w.benchOpen.start > 300_000) reject(new Error('never laid out'));
            else requestAnimationFrame(poll);
          };
          poll();
        }),
    );
  }
  const figures = await page.evaluate(() => {
    const w = window as unknown as {
      benchGaps: number[];
      benchStopGaps: boolean;
      benchOpen: { start: number; firstFrame: number };
    };
    w.benchStopGaps = true;
    return { firstFrame: w.benchOpen.firstFrame, worstGap: Math.max(0, ...w.benchGaps.slice(1)) };
  });
  return { ...figures, laidOut };
}

export async function openBench(sizes: number[]): Promise<BenchTable> {
  const only = process.env.SKYPLAN_BENCH_OPEN_SIZES?.split(',').map(Number);
  const wanted = sizes.filter((size) => size >= 1000 && (!only || only.includes(size)));
  const rows: (string | number)[][] = [];
  await withBenchBrowser(async (browser) => {
    for (const size of wanted) {
      for (const withLayout of [true, false]) {
        const page = await newBenchPage(browser, `open ${size}`);
        const url = `${BENCH_BASE}/bench.html?bench=${size}${withLayout ? '' : '&layout=none'}`;
        const open = await measureOpen(page, url, withLayout);
        // Edit -> problems once the page has settled (the design with its layout).
        const edit = withLayout ? await measureEditLatency(page) : undefined;
        rows.push([
          size,
          withLayout ? 'with layout' : 'without layout',
          ms(open.firstFrame),
          open.laidOut === undefined ? '-' : ms(open.laidOut),
          ms(open.worstGap),
          edit ? ms(edit.frame) : '-',
          edit ? ms(edit.problems) : '-',
        ]);
        await page.close();
      }
    }
  });
  return {
    title: 'Open and edit -> problems in Chromium (headless, software rendering, 1440x900)',
    columns: [
      'resources',
      'file',
      'first frame ms',
      'laid out ms',
      'longest frame gap ms',
      'edit->frame ms',
      'edit->problems ms',
    ],
    rows,
    notes: [
      'first frame: parse + load until the first animation frame that draws >= 20 shapes',
      'laid out: until the automatic layout has landed in the document (file without layout)',
      'longest frame gap: the longest the page went without a frame from the page start until then',
      'edit->problems: a route table edit until the top bar shows the new error count (median of 5)',
      loadNote(),
    ],
  };
}

/**
 * Open bench: a generated design opened in the editor's bench page through the file parser,
 * with a layout (as the app saves it) and without one (the app lays it out with ELK). Figures:
 * the first frame that draws the design, when the layout landed (no layout only), and the
 * longest gap between frames from the open until then: the time the canvas could not answer;
 * and, with a layout, when a click on a shape made as soon as the page answers selects it.
 * Also edit -> problems at each size (the same measure as the canvas section).
 */
import type { Browser, Page } from '@playwright/test';
import { measureEditLatency } from './canvas';
import type { BenchTable } from './table';
import { ms } from './table';
import { BENCH_BASE, loadNote, newBenchPage, waitForQuiet, withBenchBrowser } from './browser';

interface OpenFigures {
  firstFrame: number;
  laidOut: number | undefined;
  worstGap: number;
  /** The longest gap between frames counted from the open's start (not the page's). */
  worstGapAfterOpen: number;
}

/** Records rAF gaps from page start; stops when the layout has landed (or at once when it has one). */
async function measureOpen(page: Page, url: string, withLayout: boolean): Promise<OpenFigures> {
  await page.addInitScript(() => {
    const w = window as { benchGaps?: number[]; benchFrameTimes?: number[]; benchStopGaps?: boolean };
    w.benchGaps = [];
    w.benchFrameTimes = [];
    let last = performance.now();
    const tick = (time: number) => {
      w.benchGaps?.push(time - last);
      w.benchFrameTimes?.push(time);
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
      benchFrameTimes: number[];
      benchStopGaps: boolean;
      benchOpen: { start: number; firstFrame: number };
    };
    w.benchStopGaps = true;
    // From the open's start: each frame after it, to the frame before (or the start).
    const { start } = w.benchOpen;
    let worstGapAfterOpen = 0;
    let previous = start;
    for (const time of w.benchFrameTimes) {
      if (time <= start) continue;
      worstGapAfterOpen = Math.max(worstGapAfterOpen, time - previous);
      previous = time;
    }
    return {
      firstFrame: w.benchOpen.firstFrame,
      worstGap: Math.max(0, ...w.benchGaps.slice(1)),
      worstGapAfterOpen,
    };
  });
  return { ...figures, laidOut };
}

/** The bench page has no host: its welcome dialog covers the canvas and would take the click. */
async function hideWelcome(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = '[data-testid="welcome"] { display: none !important; }';
      document.head.append(style);
    });
  });
}

/**
 * When a click on a shape is answered after an open: a first load finds, once the design has
 * settled, the screen point of a shape in the middle of the view; a second load clicks there as
 * soon as the page answers after the open started (a user clicking the moment the design shows)
 * and records when the selection changed, in ms from the open's start.
 */
async function measureClick(browser: Browser, url: string): Promise<number> {
  const pilot = await newBenchPage(browser, 'open click');
  await hideWelcome(pilot);
  await pilot.goto(url);
  await pilot.waitForFunction(
    () => ((window as { benchOpen?: { firstFrame: number } }).benchOpen?.firstFrame ?? -1) >= 0,
    null,
    { timeout: 300_000, polling: 100 },
  );
  await waitForQuiet(pilot, 500, 30_000);
  const point = await pilot.evaluate(() => {
    const shapes = [...document.querySelectorAll<HTMLElement>('.react-flow__node-resource')];
    const middle = { x: innerWidth / 2, y: innerHeight / 2 };
    let best: { x: number; y: number; d: number } | null = null;
    for (const shape of shapes) {
      const r = shape.getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      if (document.elementFromPoint(x, y)?.closest('.react-flow__node') !== shape) continue;
      const d = Math.hypot(x - middle.x, y - middle.y);
      if (!best || d < best.d) best = { x, y, d };
    }
    return best;
  });
  await pilot.close();
  if (!point) throw new Error('open click: no shape to click');
  const page = await newBenchPage(browser, 'open click');
  await hideWelcome(page);
  await page.addInitScript(() => {
    interface Store {
      getState(): { selection: readonly string[] };
      subscribe(listener: () => void): () => void;
    }
    const w = window as unknown as { benchStore: Store; benchSelectedAt?: number };
    let open: unknown;
    // The page sets benchOpen right after loading the design: watch the selection from then.
    Object.defineProperty(window, 'benchOpen', {
      configurable: true,
      get: () => open,
      set: (value) => {
        open = value;
        const stop = w.benchStore.subscribe(() => {
          if (w.benchStore.getState().selection.length === 0) return;
          w.benchSelectedAt = performance.now();
          stop();
        });
      },
    });
  });
  await page.goto(url);
  await page.waitForFunction(
    () => 'benchOpen' in window && !!(window as { benchOpen?: unknown }).benchOpen,
    null,
    {
      timeout: 300_000,
      polling: 10,
    },
  );
  await page.mouse.click(point.x, point.y);
  const selected = await page.waitForFunction(
    () => {
      const w = window as unknown as { benchSelectedAt?: number; benchOpen: { start: number } };
      return w.benchSelectedAt === undefined ? false : w.benchSelectedAt - w.benchOpen.start;
    },
    null,
    { timeout: 60_000, polling: 50 },
  );
  const ms = (await selected.jsonValue()) as number;
  await page.close();
  return ms;
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
        await page.close();
        const click = withLayout ? await measureClick(browser, url) : undefined;
        rows.push([
          size,
          withLayout ? 'with layout' : 'without layout',
          ms(open.firstFrame),
          open.laidOut === undefined ? '-' : ms(open.laidOut),
          ms(open.worstGap),
          ms(open.worstGapAfterOpen),
          click === undefined ? '-' : ms(click),
          edit ? ms(edit.frame) : '-',
          edit ? ms(edit.problems) : '-',
          edit ? ms(edit.warm) : '-',
        ]);
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
      'gap after open ms',
      'click selects ms',
      'edit->frame ms',
      'edit->problems ms',
      'warm ms',
    ],
    rows,
    notes: [
      'first frame: parse + load until the first animation frame that draws >= 20 shapes',
      'laid out: until the automatic layout has landed in the document (file without layout)',
      'longest frame gap: the longest the page went without a frame from the page start until then',
      'gap after open: the same, counted from the open (the column before counts from the page start,',
      '  which at 5,000 includes the bench page laying its design out before the open)',
      'click selects: a click on a shape sent as soon as the page answers after the open (another',
      '  load of the page, welcome dialog hidden); from the open until the selection changed',
      'edit->problems: a route table edit until the top bar shows the new error count (median of the',
      '  first 5); warm: the median of the 10 edits after those',
      loadNote(),
    ],
  };
}

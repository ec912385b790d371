/**
 * Drag bench: real pointer moves on one node of a 1,000 / 5,000-resource design in Chromium,
 * on the editor's bench page (generated design), on the full app with the design opened from a
 * file, and on bare React Flow with the same nodes. Each editor page is measured fresh and again
 * in the same tab after Tidy up + 50 edits + 10 undo + 10 redo, which is where leaks, growing
 * listeners and stale caches would show. Also: select by click, and wheel zoom/pan frames.
 *
 * "main ms / move" is the main thread's task time (DevTools Performance.TaskDuration) spent per
 * pointer move: the work a move costs, whatever the frame clock does. "wall ms / move" adds
 * waiting for the frame that shows it (never below one frame, ~16.7 ms, at 60 Hz).
 */
import type { Page } from '@playwright/test';
import { absolutePosition } from '../../shared/diagram/geometry';
import { computeLayout, mergeLayout } from '../../shared/diagram/layout';
import type { Design } from '../../shared/model/types';
import { produce } from 'immer';
import { generateDesign } from './generate';
import type { BenchTable } from './table';
import { ms } from './table';
import {
  BENCH_BASE,
  loadNote,
  mainThreadMs,
  median,
  newBenchPage,
  nextFrame,
  nextFrames,
  performanceSession,
  startFrameRecording,
  stopFrameRecording,
  waitForQuiet,
  withBenchBrowser,
} from './browser';

const MOVES = 30;
/** Workload shapes (EC2, ECS, Lambda) of the generated design: leaves, present at every size. */
const WORKLOAD = /^v\d+w\d+$/;

export interface DragFigures {
  mainPerMove: number;
  wallPerMove: number;
}

export async function waitForCanvas(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length > 20, null, {
    timeout: 180_000,
  });
  await waitForQuiet(page);
  // The bench page has no host: the welcome dialog comes up over the canvas (it may come up
  // after the first shapes, so only now) and stays until closed; wheel and clicks would land on it.
  const close = page.getByTestId('welcome-close');
  if (await close.isVisible().catch(() => false)) await close.click();
  await page
    .getByTestId('welcome')
    .waitFor({ state: 'hidden', timeout: 10_000 })
    .catch(() => undefined);
}

/**
 * The workload node nearest the middle of the view (the same choice on every page), other than
 * `except` (the select bench needs a second node to click).
 */
async function pickTarget(page: Page, strict = false, except = ''): Promise<string> {
  const id = await page.evaluate(
    ([pattern, strict, except]) => {
      const re = new RegExp(pattern as string);
      const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
      if (!pane) return null;
      const cx = pane.left + pane.width / 2;
      const cy = pane.top + pane.height / 2;
      let best: { id: string; d: number } | null = null;
      for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
        const nodeId = el.dataset.id ?? '';
        if (!re.test(nodeId) || nodeId === except) continue;
        const r = el.getBoundingClientRect();
        // The centre well inside the pane (the wheel zooms in around it).
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (x < pane.left + 40 || x > pane.right - 40 || y < pane.top + 40 || y > pane.bottom - 40) continue;
        // Only a node the pointer would grab: another shape drawn over it would take the click.
        const top = document.elementFromPoint(x, y)?.closest<HTMLElement>('.react-flow__node');
        if (strict && top?.dataset.id !== nodeId) continue;
        const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
        if (!best || d < best.d) best = { id: nodeId, d };
      }
      return best?.id ?? null;
    },
    [WORKLOAD.source, strict, except] as const,
  );
  if (!id) throw new Error('no workload node on screen');
  return id;
}

async function centreOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`node ${id} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where the view puts flow point (0, 0) and its zoom, read from React Flow's viewport. */
async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((el) => (el as HTMLElement).style.transform);
  const [x = 0, y = 0, zoom = 1] = (
    /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(transform) ?? []
  )
    .slice(1)
    .map(Number);
  return { x, y, zoom };
}

/**
 * Pans (dragging the empty pane) until shape `id` is in the middle of
 * the pane. A 5,000-resource design is larger than Fit can frame at the minimum zoom, and the
 * middle of that view may hold no shape at all. The shape's place comes from the DOM when it is
 * mounted, else from `at` (its absolute flow position in the design as opened).
 */
export async function centreOn(page: Page, id: string, at?: { x: number; y: number }): Promise<void> {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no .react-flow__pane');
  const cx = pane.x + pane.width / 2;
  const cy = pane.y + pane.height / 2;
  for (let step = 0; step < 40; step++) {
    const box = await page
      .locator(`.react-flow__node[data-id="${id}"]`)
      .boundingBox({ timeout: 500 })
      .catch(() => null);
    let x: number;
    let y: number;
    if (box) {
      x = box.x + box.width / 2;
      y = box.y + box.height / 2;
    } else if (at) {
      const view = await viewport(page);
      x = pane.x + view.x + at.x * view.zoom;
      y = pane.y + view.y + at.y * view.zoom;
    } else return;
    const dx = Math.max(-pane.width / 3, Math.min(pane.width / 3, cx - x));
    const dy = Math.max(-pane.height / 3, Math.min(pane.height / 3, cy - y));
    if (Math.abs(cx - x) < 60 && Math.abs(cy - y) < 60) return;
    await dragPane(page, dx, dy);
  }
}

/**
 * Drags the view by (dx, dy) from a point of the empty pane (React Flow pans on a drag that
 * starts there; a drag that starts on a shape or a line would move or select it instead).
 */
async function dragPane(page: Page, dx: number, dy: number): Promise<void> {
  const start = await page.evaluate(
    ([dx, dy]) => {
      const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
      if (!pane) return null;
      for (let y = pane.top + 60; y < pane.bottom - 60; y += 37) {
        for (let x = pane.left + 60; x < pane.right - 60; x += 41) {
          const endInside =
            x + dx > pane.left + 10 &&
            x + dx < pane.right - 10 &&
            y + dy > pane.top + 10 &&
            y + dy < pane.bottom - 10;
          if (endInside && document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'))
            return { x, y };
        }
      }
      return null;
    },
    [dx, dy] as const,
  );
  if (!start) throw new Error('no empty spot on the pane to pan from');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + dx, start.y + dy, { steps: 4 });
  await page.mouse.up();
  await nextFrames(page);
}

/** Whether a workload shape is on screen (a 5,000-resource Fit may show none). */
async function workloadOnScreen(page: Page): Promise<boolean> {
  return pickTarget(page).then(
    () => true,
    () => false,
  );
}

/** Zooms in on a workload near the middle until it is big enough to grab; returns its id. */
export async function frameTarget(page: Page): Promise<string> {
  // A shape can leave the DOM while zooming (culled off screen): pick again, up to three times.
  for (let attempt = 0; attempt < 3; attempt++) {
    const id = await pickTarget(page);
    let ok = true;
    for (let i = 0; i < 12 && ok; i++) {
      const box = await page
        .locator(`.react-flow__node[data-id="${id}"]`)
        .boundingBox({ timeout: 5_000 })
        .catch(() => null);
      if (!box) ok = false;
      // Every shape is now as big: take the one nearest the middle that nothing covers.
      else if (box.width >= 40) return pickTarget(page, true).catch(() => id);
      else {
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.wheel(0, -200);
        await page.waitForTimeout(150);
      }
    }
    if (ok) return pickTarget(page, true).catch(() => id);
  }
  throw new Error('no workload node stayed on screen while zooming in');
}

/**
 * Drags per figure: one 30-move drag varies by about 20 % from the next (the first drag of a
 * fresh tab also runs cold code), and with the median of 3 the "vs fresh" ratio of one build
 * ranged from 0.84x to 1.47x over three runs; 7 drags cost a few seconds a row more.
 */
const DRAGS = 7;

/** DRAGS drags of `target` (median per move of each figure). */
export async function measureDrag(page: Page, target: string): Promise<DragFigures> {
  const drags: DragFigures[] = [];
  for (let i = 0; i < DRAGS; i++) drags.push(await measureOneDrag(page, target));
  return {
    mainPerMove: median(drags.map((d) => d.mainPerMove)),
    wallPerMove: median(drags.map((d) => d.wallPerMove)),
  };
}

/** One drag of MOVES pointer moves; the node goes right and comes back. */
async function measureOneDrag(page: Page, target: string): Promise<DragFigures> {
  const cdp = await performanceSession(page);
  const at = await centreOf(page, target);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  // Start the gesture (React Flow's drag threshold) before timing.
  await page.mouse.move(at.x + 3, at.y);
  await nextFrames(page);
  const busyBefore = await mainThreadMs(cdp);
  const start = Date.now();
  for (let i = 1; i <= MOVES; i++) {
    const dx = i <= MOVES / 2 ? i * 4 : (MOVES - i) * 4;
    await page.mouse.move(at.x + 3 + dx, at.y + (i % 2));
    await nextFrame(page);
  }
  const wall = Date.now() - start;
  const busy = (await mainThreadMs(cdp)) - busyBefore;
  await page.mouse.up();
  await nextFrames(page);
  await cdp.detach();
  return { mainPerMove: busy / MOVES, wallPerMove: wall / MOVES };
}

const SELECT_CLICKS = 5;

/**
 * Arms the page to time the next click on shape `id`: from the mouseup event's timeStamp (a
 * capture listener, so it runs before React Flow's handlers) to the first animation frame after
 * the shape gets the `selected` class (a MutationObserver). Timed in the page, so Playwright's
 * round trips and locator polling are not counted. The figure lands in window.benchSelectMs.
 */
async function armSelectTimer(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => {
    const w = window as { benchSelectMs?: number };
    w.benchSelectMs = undefined;
    const root = document.querySelector('.react-flow') ?? document.body;
    const selector = `.react-flow__node.selected[data-id="${id}"]`;
    let up = NaN;
    const onUp = (event: MouseEvent) => {
      up = event.timeStamp;
      window.removeEventListener('mouseup', onUp, true);
    };
    window.addEventListener('mouseup', onUp, true);
    // childList too: a shape culled and mounted again comes back as a new element.
    const observer = new MutationObserver(() => {
      if (Number.isNaN(up) || !document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => (w.benchSelectMs = performance.now() - up));
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  }, id);
}

/**
 * Select by click, timed in the page (see armSelectTimer): clicks alternate between `target` and
 * the nearest other uncovered workload, so each click really moves the selection; median of
 * SELECT_CLICKS clicks.
 */
export async function measureSelect(page: Page, target: string): Promise<number> {
  const other = await pickTarget(page, true, target).catch(() => null);
  if (!other) return NaN;
  const times: number[] = [];
  // Start from `target` selected, so the first timed click (on `other`) is a change.
  const home = await centreOf(page, target);
  await page.mouse.click(home.x, home.y);
  await nextFrames(page);
  for (let i = 0; i < SELECT_CLICKS; i++) {
    const id = i % 2 === 0 ? other : target;
    const at = await centreOf(page, id);
    await armSelectTimer(page, id);
    await page.mouse.click(at.x, at.y);
    const timed = await page
      .waitForFunction(() => (window as { benchSelectMs?: number }).benchSelectMs, null, { timeout: 30_000 })
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => NaN);
    // A click that did not select (another shape on top) is left out rather than timed.
    if (!Number.isNaN(timed)) times.push(timed);
    await nextFrames(page);
    await page.waitForTimeout(200);
  }
  return times.length > 0 ? median(times) : NaN;
}

/** Frames per second over 12 wheel zoom steps and a 20-step pan (Space + drag). */
export async function measureWheel(page: Page): Promise<number> {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no .react-flow__pane');
  const cx = pane.x + pane.width / 2;
  const cy = pane.y + pane.height / 2;
  await startFrameRecording(page);
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -120);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 120);
  await page.keyboard.down('Space');
  await page.mouse.down();
  await page.mouse.move(cx - 200, cy - 100, { steps: 20 });
  await page.mouse.up();
  await page.keyboard.up('Space');
  await page.waitForTimeout(200);
  const times = await stopFrameRecording(page);
  const total = (times[times.length - 1] ?? 0) - (times[0] ?? 0);
  return total > 0 ? ((times.length - 1) * 1000) / total : 0;
}

async function runCommand(page: Page, menu: string, command: string): Promise<void> {
  await page.getByTestId(menu).click();
  await page.locator(`[data-command="${command}"]`).click();
}

/** Tidy up, 50 edits (short drags of different nodes), 10 undo, 10 redo; then fit the view. */
export async function ageTab(page: Page): Promise<void> {
  await runCommand(page, 'menu-view', 'view.autoLayout');
  await page.waitForTimeout(1000);
  await page.waitForFunction(() => !document.querySelector('.react-flow__node.dragging'), null, {
    timeout: 300_000,
  });
  await page.keyboard.press('Escape');
  // The edits are short drags of v0's workloads: bring them on screen when Fit did not.
  if (!(await workloadOnScreen(page))) await centreOn(page, 'v0w0');
  for (let i = 0; i < 50; i++) {
    const id = `v0w${(i * 7) % 40}`;
    const node = page.locator(`.react-flow__node[data-id="${id}"]`);
    const box = await node.boundingBox({ timeout: 1000 }).catch(() => null);
    if (!box) continue;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 4, y + 1);
    await page.mouse.move(x + 8, y + (i % 2 ? 3 : -3));
    await page.mouse.up();
  }
  for (let i = 0; i < 10; i++) await page.keyboard.press('Control+z');
  for (let i = 0; i < 10; i++) await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Shift+1');
  await page.waitForTimeout(1500);
}

/** A generated design with a full layout, as the app would save it. */
export async function savedDesign(size: number): Promise<Design> {
  const design = generateDesign(size);
  const boxes = await computeLayout(design);
  return produce(design, (draft) => mergeLayout(design, boxes, draft));
}

/** Opens `design` in the full app through File > Open (what a user does). */
export async function openInApp(page: Page, design: Design): Promise<void> {
  await page.goto(`${BENCH_BASE}/index.html`);
  const welcome = page.getByTestId('welcome');
  await page.getByTestId('welcome-open').waitFor({ timeout: 60_000 });
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('welcome-open').click();
  await (
    await chooser
  ).setFiles({
    name: `big-${design.resources.length}.skyplan.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(design)),
  });
  await welcome.waitFor({ state: 'hidden' }).catch(() => undefined);
}

interface Scenario {
  label: string;
  open(page: Page): Promise<void>;
  editor: boolean;
}

function scenarios(size: number, file: Design): Scenario[] {
  return [
    {
      label: 'bare React Flow',
      editor: false,
      open: async (page) => void (await page.goto(`${BENCH_BASE}/bench-bare.html?bench=${size}`)),
    },
    {
      label: 'editor, generated',
      editor: true,
      open: async (page) => void (await page.goto(`${BENCH_BASE}/bench.html?bench=${size}`)),
    },
    { label: 'editor, opened from file', editor: true, open: (page) => openInApp(page, file) },
  ];
}

async function measureScenario(
  page: Page,
  size: number,
  scenario: Scenario,
  file: Design,
): Promise<(string | number)[][]> {
  const rows: (string | number)[][] = [];
  await scenario.open(page);
  await waitForCanvas(page);
  let fresh = NaN;
  const home = absolutePosition(file, 'v0w0');
  const row = async (tab: string) => {
    if (!(await workloadOnScreen(page))) await centreOn(page, 'v0w0', { x: home.x + 56, y: home.y + 52 });
    const fps = await measureWheel(page);
    const target = await frameTarget(page);
    const drag = await measureDrag(page, target);
    const select = await measureSelect(page, target);
    if (Number.isNaN(fresh)) fresh = drag.mainPerMove;
    rows.push([
      size,
      scenario.label,
      tab,
      ms(drag.mainPerMove),
      `${(drag.mainPerMove / fresh).toFixed(2)}x`,
      ms(drag.wallPerMove),
      Number.isNaN(select) ? '-' : ms(select),
      fps.toFixed(1),
    ]);
  };
  await row('fresh');
  if (scenario.editor) {
    await ageTab(page);
    await waitForQuiet(page);
    await row('after tidy + 50 edits');
  }
  return rows;
}

export async function dragBench(sizes: number[]): Promise<BenchTable> {
  // SKYPLAN_BENCH_DRAG_SIZES=1000 narrows a run (5,000 takes minutes on 2 cores).
  const only = process.env.SKYPLAN_BENCH_DRAG_SIZES?.split(',').map(Number);
  const wanted = sizes.filter((size) => size >= 1000 && (!only || only.includes(size)));
  const rows: (string | number)[][] = [];
  await withBenchBrowser(async (browser) => {
    for (const size of wanted) {
      const file = await savedDesign(size);
      for (const scenario of scenarios(size, file)) {
        const page = await newBenchPage(browser, `${scenario.label} ${size}`);
        try {
          rows.push(...(await measureScenario(page, size, scenario, file)));
        } catch (error) {
          // One broken page must not cost the other figures.
          rows.push([
            size,
            scenario.label,
            `failed: ${String(error).split('\n')[0]}`,
            '-',
            '-',
            '-',
            '-',
            '-',
          ]);
        } finally {
          await page.close();
        }
      }
    }
  });
  return {
    title: 'Drag in Chromium (headless, software rendering, 1440x900)',
    columns: [
      'resources',
      'page',
      'tab',
      'main ms / move',
      'vs fresh',
      'wall ms / move',
      'select ms',
      'wheel+pan fps',
    ],
    rows,
    notes: [
      `main ms / move: main-thread task time per pointer move over a ${MOVES}-move drag of a workload node zoomed in to >= 40 px (median of ${DRAGS} drags)`,
      'wall ms / move: move until the next animation frame (includes waiting for the frame clock)',
      `select ms: in the page, mouseup event timeStamp to the first animation frame after the clicked node gets class "selected" (median of ${SELECT_CLICKS} clicks alternating between two uncovered workloads)`,
      'fps: 12 wheel steps + a pan at the fit view',
      'after: same tab after Tidy up, 50 short drags, 10 undo, 10 redo',
      loadNote(),
    ],
  };
}

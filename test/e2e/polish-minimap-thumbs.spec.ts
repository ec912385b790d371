// The minimap never covers what the app points at (the resource a simulation step highlights,
// a selected VPC's resize corner), and the welcome cards show each design drawn by the diagram
// renderer (an SVG made from the design, not a static picture).
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { viewSettled } from './diagram-facts';
import { startFromTemplate } from './start';

const SHOTS = `${process.env.SKYPLAN_E2E_OUT ?? 'test-results'}/screenshots`;

type Box = { x: number; y: number; width: number; height: number };
const apart = (a: Box, b: Box) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

/** Pans the canvas (dragging empty pane) so that `point` moves to `to`. */
async function pan(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

/** A point of the pane with no node under it, near the canvas's top-left. */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  return { x: canvas.x + 60, y: canvas.y + 20 };
}

async function bringToCorner(page: Page, target: Locator, corner: (box: Box) => { x: number; y: number }) {
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const box = (await target.boundingBox())!;
  const here = corner(box);
  const goal = { x: canvas.x + canvas.width - 70, y: canvas.y + canvas.height - 50 };
  const start = await emptyPanePoint(page);
  await pan(page, start, { x: start.x + goal.x - here.x, y: start.y + goal.y - here.y });
}

test('the minimap moves off the resource a simulation step highlights', async ({ page }) => {
  await startFromTemplate(page, 'private-subnets-nat');
  await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+=');
  await page.keyboard.press('Control+=');
  const minimap = page.locator('.react-flow__minimap');
  await expect(minimap).toBeVisible();
  await page.locator('[role="tab"][data-panel="simulation"]').click();
  await page.getByTestId('sim-connection').selectOption('c1');
  await page.getByTestId('sim-trace').click();
  const focused = page.locator('.react-flow__node:has(> .sim-focus)').first();
  await expect(focused).toBeVisible();
  await bringToCorner(page, focused, (b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 }));
  const node = (await focused.boundingBox())!;
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  // The highlighted resource now sits where the minimap lives...
  expect(node.x + node.width).toBeGreaterThan(canvas.x + canvas.width - 170);
  expect(node.y + node.height).toBeGreaterThan(canvas.y + canvas.height - 120);
  // ...and the minimap is not over it: it moved to the top-right corner.
  await expect(minimap).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/polish-minimap-sim.png` });
  const map = (await minimap.boundingBox())!;
  expect(apart(map, node)).toBe(true);
  expect(map.y).toBeLessThan(canvas.y + canvas.height / 2);
});

test('the minimap never covers a selected VPC’s resize corner', async ({ page }) => {
  await startFromTemplate(page, 'private-subnets-nat');
  await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+=');
  await viewSettled(page);
  const vpc = page.getByTestId('container-vpc1');
  await vpc.click({ position: { x: 30, y: 10 } });
  await bringToCorner(page, vpc, (b) => ({ x: b.x + b.width, y: b.y + b.height }));
  const handles = vpc.locator('xpath=..').locator('.react-flow__resize-control.handle');
  await expect(handles.first()).toBeVisible();
  const minimap = page.locator('.react-flow__minimap');
  await page.screenshot({ path: `${SHOTS}/polish-minimap-vpc.png` });
  if ((await minimap.count()) > 0) {
    const map = (await minimap.boundingBox())!;
    for (const handle of await handles.all()) {
      const corner = await handle.boundingBox();
      if (corner) expect(apart(map, corner)).toBe(true);
    }
  }
});

test('welcome cards show each design drawn by the diagram renderer', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('.welcome-card');
  const count = await cards.count();
  expect(count).toBeGreaterThan(3);
  const thumbs = page.getByTestId('welcome-thumb');
  await expect(thumbs).toHaveCount(count);
  await expect(page.locator('[data-testid="welcome-thumb"][data-ready="true"]')).toHaveCount(count);
  for (let i = 0; i < count; i++) {
    const card = (await cards.nth(i).boundingBox())!;
    const image = thumbs.nth(i).locator('img');
    const src = (await image.getAttribute('src')) ?? '';
    // An SVG made by Skyplan's renderer from this design, drawn inside its card.
    expect(src.startsWith('data:image/svg+xml')).toBe(true);
    expect(decodeURIComponent(src)).toContain('data-generator="skyplan"');
    const box = (await image.boundingBox())!;
    expect(box.width).toBeGreaterThan(100);
    expect(box.x).toBeGreaterThanOrEqual(card.x);
    expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width);
    expect(await image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  }
  // Each card shows its own design: the pictures differ.
  const sources = await thumbs.locator('img').evaluateAll((all) => all.map((img) => img.getAttribute('src')));
  expect(new Set(sources).size).toBe(count);
});

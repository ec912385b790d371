// Level of detail at scale (renderer/canvas/detail.ts): a 1,000-resource design at Fit is drawn
// as one picture (renderer/canvas/FarOutCanvas.tsx): coloured tiles without text, problems as
// dots, the selection as an outline; the DOM shapes stay mounted (unpainted) for the pointer.
// Zooming in brings the full shapes back with their names, and Fit returns to the picture.
// (Small designs never switch: their names at Fit are 10 px and more, see diagram.spec.ts.)
// The picture is checked by the colours of screenshot pixels, in light and dark mode.
// Screenshots: scale-fit-low-detail(-dark).png, scale-fit-selected.png, scale-zoomed-detail.png.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { computeDiagram } from '../../shared/diagram/layout';
import { CATEGORY_COLOUR } from '../../shared/diagram/style';
import { generateDesign } from '../bench/generate';
import { middleWorkload, openFile, zoomIntoWorkload } from './diagram-facts';

type RGB = [number, number, number];
type Box = { x: number; y: number; width: number; height: number };

function rgb(hex: string): RGB {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * How many pixels of `region` in a screenshot of the page are within `tolerance` (per channel)
 * of `colour`. The PNG is decoded by the page itself (no image library here).
 */
async function countColour(page: Page, region: Box, colour: string, tolerance = 40): Promise<number> {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, region, target, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) return -1;
      context.drawImage(image, 0, 0);
      const x = Math.max(0, Math.floor(region.x));
      const y = Math.max(0, Math.floor(region.y));
      const w = Math.max(1, Math.ceil(region.width));
      const h = Math.max(1, Math.ceil(region.height));
      const data = context.getImageData(x, y, w, h).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (
          Math.abs((data[i] ?? 0) - target[0]) <= tolerance &&
          Math.abs((data[i + 1] ?? 0) - target[1]) <= tolerance &&
          Math.abs((data[i + 2] ?? 0) - target[2]) <= tolerance
        )
          count++;
      }
      return count;
    },
    { png, region, target: rgb(colour), tolerance },
  );
}

/** The screen box of a shape (its DOM node is unpainted far out, but laid out where it is drawn). */
async function boxOf(page: Page, id: string): Promise<Box> {
  const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`${id} is not on screen`);
  return box;
}

/** A few pixels around the middle of a box. */
const middle = (box: Box): Box => ({
  x: box.x + box.width / 2 - 1,
  y: box.y + box.height / 2 - 1,
  width: 2,
  height: 2,
});

/** Where a shape's problem dot is drawn: its top-right corner (renderer/canvas/farOutScene.ts). */
const dotOf = (box: Box): Box => ({
  x: box.x + box.width * 0.7,
  y: box.y - 2,
  width: box.width * 0.3 + 2,
  height: box.height * 0.35,
});

/** A shape with a warning near the middle of the view. */
async function warnedShape(page: Page): Promise<string> {
  const id = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
    if (!pane) return null;
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      if (!el.querySelector('.resource-node.has-warning')) continue;
      const r = el.getBoundingClientRect();
      if (
        r.left > pane.left + 20 &&
        r.right < pane.right - 20 &&
        r.top > pane.top + 20 &&
        r.bottom < pane.bottom - 20
      )
        return el.dataset.id ?? null;
    }
    return null;
  });
  if (!id) throw new Error('no shape with a warning on screen');
  return id;
}

test('a 1,000-resource design draws tiles at Fit and names when zoomed in', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/');
  await page.getByTestId('template-static-site').click();
  // Laid out beforehand, as a saved design is.
  const generated = generateDesign(1000);
  await openFile(page, { ...generated, layout: (await computeDiagram(generated)).boxes });
  await expect(page.getByTestId('layout-progress')).toBeHidden({ timeout: 30_000 });

  // At Fit: one picture, no names and no DOM lines; the DOM shapes stay for the pointer and keep
  // their state classes (the generated design has warnings).
  const picture = page.getByTestId('far-out-canvas');
  await expect(picture).toBeVisible({ timeout: 20_000 });
  const tiles = page.locator('.resource-node.lod');
  expect(await tiles.count()).toBeGreaterThan(500);
  await expect(page.locator('.resource-name')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await expect(page.locator('.resource-node.lod.has-warning').first()).toBeAttached({ timeout: 20_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: testInfo.outputPath('scale-fit-low-detail.png') });

  // The picture: a workload's tile in the compute colour, a warning dot where a warned shape is.
  const workload = await middleWorkload(page);
  expect(
    await countColour(page, middle(await boxOf(page, workload)), CATEGORY_COLOUR.compute),
  ).toBeGreaterThan(0);
  const warned = await warnedShape(page);
  expect(await countColour(page, dotOf(await boxOf(page, warned)), '#b7791f')).toBeGreaterThan(0);

  // A click on an unpainted shape selects it; the picture outlines it in the accent colour.
  const around = (box: Box): Box => ({
    x: box.x - 4,
    y: box.y - 4,
    width: box.width + 8,
    height: box.height + 8,
  });
  expect(await countColour(page, around(await boxOf(page, workload)), '#2962ff', 60)).toBe(0);
  const at = middle(await boxOf(page, workload));
  await page.mouse.click(at.x + 1, at.y + 1);
  await expect(page.locator(`.react-flow__node.selected[data-id="${workload}"]`)).toBeAttached();
  await expect
    .poll(async () => countColour(page, around(await boxOf(page, workload)), '#2962ff', 60))
    .toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('scale-fit-selected.png') });
  await page.keyboard.press('Escape');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });

  // Zoom in on a workload until it shows in full detail.
  const { id, shape } = await zoomIntoWorkload(page);
  const name = shape.locator('.resource-name');
  await expect(name).toBeVisible();
  await expect(name).toHaveText(id);
  // A name that shows is one that can be read: at least 6 px tall on screen.
  const nameBox = await name.boundingBox();
  expect(nameBox?.height ?? 0).toBeGreaterThanOrEqual(6);
  await expect(shape.locator('.resource-node.lod')).toHaveCount(0);
  await expect(shape.locator('img')).toBeVisible();
  await expect(picture).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('scale-zoomed-detail.png') });

  // Fit again (View > Fit, Shift+1): back to the picture.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+1');
  await expect(page.locator('.resource-name')).toHaveCount(0);
  await expect(picture).toBeVisible();

  // Dark mode redraws the picture in the dark theme's colours: tiles keep their category colour,
  // the warning dot takes the dark warning colour.
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.waitForTimeout(500);
  await expect
    .poll(async () => countColour(page, middle(await boxOf(page, workload)), CATEGORY_COLOUR.compute))
    .toBeGreaterThan(0);
  await expect
    .poll(async () => countColour(page, dotOf(await boxOf(page, warned)), '#f2b84b'))
    .toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('scale-fit-low-detail-dark.png') });
});

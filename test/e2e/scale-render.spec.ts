// Level of detail at scale (renderer/canvas/detail.ts): a 1,000-resource design at Fit draws its
// resources as coloured tiles without text, with problems as dots; zooming in brings the full
// shapes back with their names, and Fit returns to tiles. (Small designs never switch: their
// names at Fit are 10 px and more, see diagram.spec.ts.) Screenshots: low-detail and detail.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { computeDiagram } from '../../shared/diagram/layout';
import { generateDesign } from '../bench/generate';
import { openFile } from './diagram-facts';

/** A workload shape (EC2, ECS, Lambda) near the middle of the canvas, uncovered. */
async function middleWorkload(page: Page): Promise<string> {
  const id = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
    if (!pane) return null;
    let best: { id: string; d: number } | null = null;
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const id = el.dataset.id ?? '';
      if (!/^v\d+w\d+$/.test(id)) continue;
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (document.elementFromPoint(x, y)?.closest<HTMLElement>('.react-flow__node')?.dataset.id !== id)
        continue;
      const d = Math.hypot(x - (pane.left + pane.width / 2), y - (pane.top + pane.height / 2));
      if (!best || d < best.d) best = { id, d };
    }
    return best?.id ?? null;
  });
  if (!id) throw new Error('no workload shape on screen');
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

  // At Fit: tiles, no names, and the problems as dots (the generated design has warnings).
  const tiles = page.locator('.resource-node.lod');
  await expect(tiles.first()).toBeVisible({ timeout: 20_000 });
  expect(await tiles.count()).toBeGreaterThan(500);
  await expect(page.locator('.resource-name')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge-text')).toHaveCount(0);
  await expect(page.locator('.resource-node.lod.has-warning').first()).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: testInfo.outputPath('scale-fit-low-detail.png') });

  // Zoom in on a workload until it shows in full detail.
  const id = await middleWorkload(page);
  const shape = page.locator(`.react-flow__node[data-id="${id}"]`);
  for (let i = 0; i < 20 && (await shape.locator('.resource-name').count()) === 0; i++) {
    const box = await shape.boundingBox();
    if (!box) throw new Error(`${id} left the screen while zooming`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(150);
  }
  const name = shape.locator('.resource-name');
  await expect(name).toBeVisible();
  await expect(name).toHaveText(id);
  // A name that shows is one that can be read: at least 6 px tall on screen.
  const nameBox = await name.boundingBox();
  expect(nameBox?.height ?? 0).toBeGreaterThanOrEqual(6);
  await expect(shape.locator('.resource-node.lod')).toHaveCount(0);
  await expect(shape.locator('img')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('scale-zoomed-detail.png') });

  // Fit again (View > Fit, Shift+1): back to tiles.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+1');
  await expect(page.locator('.resource-name')).toHaveCount(0);
  await expect(tiles.first()).toBeVisible();

  // Dark mode keeps the tiles and dots (screenshot to look at).
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(tiles.first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('scale-fit-low-detail-dark.png') });
});

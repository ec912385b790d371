// Far out, while the view pans or zooms, the unpainted shapes are skipped altogether
// (renderer/canvas/canvas.css, `.canvas.far-out.moving`): the picture stays on screen, and once
// the gesture ends the shapes are back for the pointer with their sizes, so a click selects.
import { expect, test } from '@playwright/test';
import { startFarOut } from './start';

test('far out: a pan skips the shapes, keeps the picture, and a click selects after it', async ({ page }) => {
  test.setTimeout(120_000);
  await startFarOut(page);
  const picture = page.getByTestId('far-out-canvas');
  await expect(picture).toBeVisible({ timeout: 20_000 });
  const nodes = page.locator('.react-flow__nodes');
  await expect(nodes).toHaveCSS('content-visibility', 'visible');

  // A drag from an empty spot of the pane pans the view: during the gesture the shapes are
  // skipped, the picture is not.
  const start = await page.evaluate(() => {
    const p = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (let y = p.bottom - 60; y > p.top + 60; y -= 23)
      for (let x = p.left + 60; x < p.right - 160; x += 31)
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
    return null;
  });
  if (!start) throw new Error('no empty spot on the pane');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 40, start.y - 20, { steps: 4 });
  await expect(page.getByTestId('canvas')).toHaveClass(/\bmoving\b/);
  await expect(nodes).toHaveCSS('content-visibility', 'hidden');
  await expect(picture).toBeVisible();
  await page.mouse.move(start.x + 80, start.y - 40, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByTestId('canvas')).not.toHaveClass(/\bmoving\b/);
  await expect(nodes).toHaveCSS('content-visibility', 'visible');

  // Every shape kept its measured size (React Flow hides one it has to measure again).
  const unsized = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('.react-flow__node')].filter(
        (el) => el.style.visibility === 'hidden' || el.offsetWidth === 0,
      ).length,
  );
  expect(unsized).toBe(0);

  // A workload shape near the middle takes a click again.
  const target = await page.evaluate(() => {
    const p = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      if (!/^v\d+w\d+$/.test(el.dataset.id ?? '')) continue;
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < p.left + 100 || x > p.right - 100 || y < p.top + 100 || y > p.bottom - 100) continue;
      if (document.elementFromPoint(x, y)?.closest<HTMLElement>('.react-flow__node') !== el) continue;
      return { id: el.dataset.id ?? '', x, y };
    }
    return null;
  });
  if (!target) throw new Error('no workload shape to click');
  await page.mouse.click(target.x, target.y);
  await expect(page.locator(`.react-flow__node[data-id="${target.id}"]`)).toHaveClass(/\bselected\b/);
});

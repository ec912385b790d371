// Connection routing on the canvas runs in its own worker (renderer/engine/routes.worker.ts):
// the built app starts that worker, routed edges (path.routed) replace the floating ones, the
// dead-letter links are routed like connections, and a design larger than the main thread's
// limit (60 resources) is routed too while the page keeps answering.
import { expect, test } from '@playwright/test';
import { computeDiagram } from '../../shared/diagram/layout';
import { generateDesign } from '../../shared/model/generate';
import { openFile } from './diagram-facts';

test.describe('connection routing in a worker', () => {
  test('routes the SNS/SQS template in the routing worker, dead-letter links included', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto('/');
    await page.getByTestId('template-sns-sqs-fan-out').click();
    const connections = page.locator('.react-flow__edge-path.routed');
    // Every connection (5) and both dead-letter links end up routed.
    await expect(page.locator('.dead-letter-link .react-flow__edge-path.routed')).toHaveCount(2, {
      timeout: 15_000,
    });
    await expect(connections).toHaveCount(7);
    expect(workers.some((url) => /routes\.worker/.test(url))).toBe(true);
  });

  test('routes a 100-resource design without holding up the page', async ({ page }) => {
    test.setTimeout(120_000);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('/');
    await page.getByTestId('template-static-site').click();
    // Laid out beforehand, as a saved design is (the routes of a layout being computed on open
    // are covered by the templates).
    const generated = generateDesign(100);
    const design = { ...generated, layout: (await computeDiagram(generated)).boxes };
    await openFile(page, design);
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await expect(page.getByTestId('layout-progress')).toBeHidden({ timeout: 30_000 });
    // While the worker routes, the page answers: a frame comes within a few hundred ms.
    const frame = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          requestAnimationFrame(() => resolve(performance.now() - start));
        }),
    );
    expect(frame).toBeLessThan(500);
    // Zoomed out this far the canvas draws bare lines (level of detail): zoom in to full detail.
    const node = await page.locator('.react-flow__node[data-id="v0w0"]').boundingBox();
    await page.mouse.move((node?.x ?? 0) + 4, (node?.y ?? 0) + 4);
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(100);
    }
    await expect(page.locator('.react-flow__edge-path.routed').first()).toBeVisible({ timeout: 60_000 });
  });
});

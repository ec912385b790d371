// Dropping containers as a new user does at 1440x900: a VPC's header lands where it was dropped
// (its top-left at the pointer, kept in view), and a subnet the editor placed lines up exactly
// with one snapped by dragging (both on the same grid).
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

async function openEmpty(page: Page) {
  await page.goto('/');
  await page.getByTestId('welcome-new').click();
  await expect(page.locator('.react-flow__pane')).toBeVisible();
}

async function drop(page: Page, type: string, x: number, y: number) {
  await page.getByTestId(`palette-${type}`).dragTo(page.getByTestId('canvas'), { targetPosition: { x, y } });
}

test.describe('dropping containers', () => {
  test('a dropped VPC puts its top-left at the pointer, header on screen', async ({ page }) => {
    await openEmpty(page);
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    await drop(page, 'vpc', 60, 50);
    const vpc = page.locator('[data-testid^="container-vpc"]').first();
    await expect(vpc).toBeVisible();
    const box = (await vpc.boundingBox())!;
    const zoom = await page.evaluate(() => {
      const viewport = document.querySelector('.react-flow__viewport') as HTMLElement;
      return new DOMMatrix(getComputedStyle(viewport).transform).a;
    });
    // Within one grid step (16 units) of the pointer, not half a VPC up and to the left.
    expect(Math.abs(box.x - (canvas.x + 60))).toBeLessThanOrEqual(16 * zoom);
    expect(Math.abs(box.y - (canvas.y + 50))).toBeLessThanOrEqual(16 * zoom);
    const header = (await vpc.locator('.container-header').boundingBox())!;
    expect(header.y).toBeGreaterThanOrEqual(canvas.y);
    expect(header.x).toBeGreaterThanOrEqual(canvas.x);
  });

  test('a VPC dropped near the bottom-right corner is moved in to stay in view', async ({ page }) => {
    await openEmpty(page);
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    await drop(page, 'vpc', canvas.width - 30, canvas.height - 30);
    const box = (await page.locator('[data-testid^="container-vpc"]').first().boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(canvas.x);
    expect(box.y).toBeGreaterThanOrEqual(canvas.y);
    expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
    expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
  });

  test('subnets placed by the editor and snapped by dragging sit on one grid', async ({ page }) => {
    await openEmpty(page);
    await drop(page, 'vpc', 40, 40);
    const vpc = page.locator('[data-testid^="container-vpc"]').first();
    const vpcBox = (await vpc.boundingBox())!;
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    const zoom = await page.evaluate(() => {
      const viewport = document.querySelector('.react-flow__viewport') as HTMLElement;
      return new DOMMatrix(getComputedStyle(viewport).transform).a;
    });
    // Grid steps from the VPC's corner (the VPC itself is on the grid).
    const offGrid = (value: number) => {
      const units = (value - vpcBox.x) / zoom;
      return Math.abs(units - Math.round(units / 16) * 16);
    };
    // Dropped right at the VPC's left edge: before, the editor clamped it 8 units in.
    await drop(page, 'subnet', vpcBox.x - canvas.x + 3, vpcBox.y - canvas.y + 60);
    await drop(page, 'subnet', vpcBox.x - canvas.x + vpcBox.width / 2 + 21, vpcBox.y - canvas.y + 60);
    const subnets = page.locator('[data-testid^="container-subnet"]');
    await expect(subnets).toHaveCount(2);
    const a = (await subnets.nth(0).boundingBox())!;
    expect(offGrid(a.x)).toBeLessThan(0.5);
    expect(offGrid((await subnets.nth(1).boundingBox())!.x)).toBeLessThan(0.5);
    // Dragged by its header a few units off: React Flow snaps it onto the same grid.
    const b = (await subnets.nth(1).boundingBox())!;
    await page.mouse.move(b.x + 40, b.y + 8);
    await page.mouse.down();
    await page.mouse.move(b.x + 40 + 37, b.y + 8 + 5, { steps: 8 });
    await page.mouse.up();
    const moved = (await subnets.nth(1).boundingBox())!;
    expect(moved.x).not.toBe(b.x);
    expect(offGrid(moved.x)).toBeLessThan(0.5);
  });
});

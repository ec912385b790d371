// The frame around the canvas as a new user meets it at 1440x900: the app's own confirmation
// dialog (never a native one), the Cost panel's sticky header and line wording, panels that
// resize, collapse and remember, a small toggleable minimap, and the welcome screen.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startFromTemplate } from './start';

const SHOTS = `${process.env.SKYPLAN_E2E_OUT ?? 'test-results'}/screenshots`;

/** Fails the test on any native alert/confirm/prompt (the app must use its own dialogs). */
function forbidNativeDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return seen;
}

test.describe('the app around the canvas', () => {
  test('deleting a VPC with its contents asks in the app dialog, by keyboard, en and ko', async ({
    page,
  }) => {
    const native = forbidNativeDialogs(page);
    await startFromTemplate(page, 'private-subnets-nat');
    const vpc = page.getByTestId('container-vpc1');
    await vpc.click({ position: { x: 30, y: 10 } });
    await page.keyboard.press('Delete');
    const dialog = page.getByTestId('app-confirm');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(/Delete \d+ items\?/);
    // Cancel has the focus: Escape (or Enter) keeps the VPC.
    await expect(page.getByTestId('app-confirm-cancel')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(vpc).toBeVisible();

    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await vpc.click({ position: { x: 30, y: 10 } });
    await page.keyboard.press('Delete');
    await expect(dialog).toContainText('확인해 주세요');
    await expect(page.getByTestId('app-confirm-ok')).toHaveText('삭제');
    await page.screenshot({ path: `${SHOTS}/polish-confirm-ko.png` });
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('app-confirm-ok')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(vpc).toHaveCount(0);
    expect(native).toEqual([]);
  });

  test('the cost header never shows rows above it when scrolled; lines read as quantities', async ({
    page,
  }) => {
    forbidNativeDialogs(page);
    await startFromTemplate(page, 'serverless-api');
    await page.locator('[role="tab"][data-panel="cost"]').click();
    const body = page.getByTestId('dock').locator('.tab-body');
    await expect(page.getByTestId('cost-panel')).toContainText('3M requests × $0.20 per 1M');
    await expect(page.getByTestId('cost-panel')).not.toContainText(/\d 1M requests/);
    await body.evaluate((element) => (element.scrollTop = 120));
    // Just inside the top edge of the scrolled panel there is the header, not a row peeking out.
    const hit = await body.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const target = document.elementFromPoint(box.left + box.width / 2, box.top + 2);
      return Boolean(target?.closest('.cost-header'));
    });
    expect(hit).toBe(true);
    // Nothing wider than the panel.
    const overflow = await body.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('panels resize by dragging, hide to free their space, and remember both', async ({ page }) => {
    forbidNativeDialogs(page);
    await startFromTemplate(page, 'serverless-api');
    const right = page.getByTestId('right-area');
    const canvas = page.getByTestId('canvas');
    const before = (await right.boundingBox())!;
    const handle = right.getByTestId('resize-handle');
    const grip = (await handle.boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + 200);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2 - 100, grip.y + 200, { steps: 5 });
    await page.mouse.up();
    await expect
      .poll(async () => Math.round((await right.boundingBox())!.width))
      .toBe(Math.round(before.width + 100));

    const dock = page.getByTestId('dock');
    const dockBefore = (await dock.boundingBox())!;
    await dock.getByTestId('resize-handle').focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(async () => Math.round((await dock.boundingBox())!.height))
      .toBe(Math.round(dockBefore.height + 32));

    // Hide the side column: the canvas takes its space (not a blank column).
    const canvasWide = (await canvas.boundingBox())!.width;
    await page.getByTestId('right-area-toggle').click();
    await expect.poll(async () => (await right.boundingBox())!.width).toBeLessThanOrEqual(40);
    expect((await canvas.boundingBox())!.width).toBeGreaterThan(canvasWide + 300);

    // After a reload the layout is as it was left; showing the column brings its width back.
    await page.reload();
    await page.getByTestId('welcome-new').click();
    await expect.poll(async () => (await right.boundingBox())!.width).toBeLessThanOrEqual(40);
    await page.getByTestId('right-area-toggle').click();
    await expect
      .poll(async () => Math.round((await right.boundingBox())!.width))
      .toBe(Math.round(before.width + 100));
    expect(Math.round((await dock.boundingBox())!.height)).toBe(Math.round(dockBefore.height + 32));
  });

  test('the minimap is small, clear of the panel edge and the controls, and toggles', async ({ page }) => {
    forbidNativeDialogs(page);
    await startFromTemplate(page, 'private-subnets-nat');
    const minimap = page.locator('.react-flow__minimap');
    // With the whole design in view it would only cover part of it: it steps aside.
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await expect(minimap).toHaveCount(0);
    // Zoomed in, part of the design is out of view: now it helps, so it shows.
    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    await expect(minimap).toBeVisible();
    const box = (await minimap.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(160);
    expect(box.height).toBeLessThanOrEqual(110);
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    const handle = (await page.getByTestId('right-area').getByTestId('resize-handle').boundingBox())!;
    const controls = (await page.locator('.react-flow__controls').boundingBox())!;
    const apart = (a: typeof box, b: typeof box) =>
      a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
    expect(apart(box, handle)).toBe(true);
    expect(apart(box, controls)).toBe(true);
    // In its corner (bottom right), lifted off the edges.
    expect(box.x).toBeGreaterThan(canvas.x + canvas.width / 2);
    expect(box.y).toBeGreaterThan(canvas.y + canvas.height / 2);
    expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width - 8);
    expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height - 8);

    await page.keyboard.press('Shift+M');
    await expect(minimap).toHaveCount(0);
    await page.getByTestId('menu-view').click();
    await page.locator('[data-command="view.minimap"]').click();
    await expect(minimap).toBeVisible();
  });

  test('welcome: each design once, no way "back" on first launch, the logo returns, no 404', async ({
    page,
  }) => {
    forbidNativeDialogs(page);
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
    });
    await page.goto('/');
    const welcome = page.getByTestId('welcome');
    await expect(welcome).toBeVisible();
    await expect(page.getByTestId('welcome-close')).toHaveCount(0);
    const names = await welcome.locator('.welcome-card-name').allTextContents();
    expect(names.length).toBeGreaterThan(3);
    expect(new Set(names).size).toBe(names.length);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toBeTruthy();
    expect((await page.request.get(icon!)).ok()).toBe(true);

    await page.getByTestId('template-serverless-api').click();
    await expect(welcome).toBeHidden();
    await page.getByTestId('brand').click();
    await expect(welcome).toBeVisible();
    await page.getByTestId('welcome-close').click();
    await expect(welcome).toBeHidden();
    await expect(page.getByTestId('container-vpc1')).toHaveCount(0);
    expect(missing).toEqual([]);
  });

  test('a browser download save asks for the name; cancelling saves nothing', async ({ page }) => {
    forbidNativeDialogs(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true });
    });
    await startFromTemplate(page, 'serverless-api');
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.keyboard.press('Control+s');
    const name = page.getByTestId('app-confirm-name');
    await expect(name).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(name).toBeHidden();
    await page.waitForTimeout(300);
    expect(downloads).toBe(0);

    await page.keyboard.press('Control+s');
    await name.fill('my shop');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toBe('my shop.skyplan.json');
    await expect(page).toHaveTitle(/my shop\.skyplan\.json/);
  });

  test('the simulation form stays inside its panel in English and Korean', async ({ page }) => {
    await startFromTemplate(page, 'two-tier-web-app');
    await page.locator('[role="tab"][data-panel="simulation"]').click();
    for (const locale of ['en', 'ko']) {
      await page.getByTestId('locale-select').selectOption(locale);
      await page.locator('.sim-mode input[type="radio"]').nth(1).check();
      const panel = await page
        .getByTestId('sim-from')
        .locator('xpath=ancestor::*[@role="tabpanel"][1]')
        .boundingBox();
      expect(panel).not.toBeNull();
      // Each field of the custom flow (the "To" list and the port were cut off at the right edge).
      for (const id of ['sim-from', 'sim-to', 'sim-protocol', 'sim-port']) {
        const box = await page.getByTestId(id).boundingBox();
        expect(box, `${id} (${locale})`).not.toBeNull();
        expect(box!.x + box!.width, `${id} (${locale})`).toBeLessThanOrEqual(panel!.x + panel!.width + 0.5);
      }
      // Only what can send or answer is offered as an end: no VPC, subnet or route table.
      const types = await page.getByTestId('sim-to').locator('option').allTextContents();
      expect(types.some((text) => /^VPC \(vpc1\)$|Public routes|Public A \(pubA\)/.test(text))).toBe(false);
    }
    await page.screenshot({ path: `${SHOTS}/polish-simulation-ko.png` });
  });
});

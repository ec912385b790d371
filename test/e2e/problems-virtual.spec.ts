// The Problems panel of a large design is a virtual list (renderer/panels/problems): only a
// screenful of rows is in the page, yet scrolling to the end draws the last row and Home from it
// goes back to the first. The list learns its scroller and its visible band from its
// ResizeObserver's first report (useVirtualRows.ts), not during the render that mounts it.
import { expect, test } from '@playwright/test';
import { startFarOut } from './start';

test('a large design lists its problems a screenful at a time, down to the last one', async ({ page }) => {
  test.setTimeout(120_000);
  await startFarOut(page);
  await page.locator('button[role="tab"][data-panel="problems"]').click();
  const list = page.locator('.problem-list').first();
  await expect(list).toBeVisible();
  const rows = list.locator('li[data-index]');
  const total = Number(await rows.first().getAttribute('aria-setsize'));
  expect(total).toBeGreaterThan(200);
  expect(await rows.count()).toBeLessThan(60);

  // Scroll the panel to its end: the last rows are drawn, the first ones are gone.
  await list.evaluate((element) => {
    let scroller = element.parentElement;
    while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) {
      scroller = scroller.parentElement;
    }
    if (!scroller) throw new Error('the problem list has no scrolling ancestor');
    scroller.scrollTop = scroller.scrollHeight;
  });
  const last = list.locator(`li[aria-posinset="${total}"]`);
  await expect(last).toBeVisible();
  await expect(list.locator('li[aria-posinset="1"]')).toHaveCount(0);

  // Home from the last row focuses the first, scrolled back into view.
  await last.locator('button').first().focus();
  await page.keyboard.press('Home');
  await expect(list.locator('li[aria-posinset="1"] button').first()).toBeFocused();
});

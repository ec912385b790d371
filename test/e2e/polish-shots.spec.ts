// Screenshots of the simulation, cost and welcome panels in English and Korean at 1440x900, for
// looking at the frame around the canvas (POLISH_SHOTS picks the folder). They assert only that
// each panel is on screen; the looking is done by a person.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const SHOTS = process.env.POLISH_SHOTS ?? `${process.env.SKYPLAN_E2E_OUT ?? 'test-results'}/screenshots`;

async function setLanguage(page: Page, language: 'en' | 'ko') {
  await page.goto('/');
  await page.getByTestId('locale-select').selectOption(language);
}

for (const language of ['en', 'ko'] as const) {
  test(`panels as a new user meets them (${language})`, async ({ page }) => {
    await setLanguage(page, language);
    await expect(page.getByTestId('welcome')).toBeVisible();
    // Wait for the card pictures, where the build has them (drawn asynchronously).
    await expect(page.locator('[data-testid="welcome-thumb"][data-ready="false"]')).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/welcome-${language}.png` });

    await page.getByTestId('template-private-subnets-nat').click();
    await expect(page.getByTestId('welcome')).toBeHidden();
    await page.locator('[role="tab"][data-panel="cost"]').click();
    await expect(page.getByTestId('cost-panel')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/cost-${language}.png` });

    await page.locator('[role="tab"][data-panel="simulation"]').click();
    const connection = page.getByTestId('sim-connection');
    await expect(connection).toBeVisible();
    const options = await connection
      .locator('option')
      .evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const last = options.at(-1);
    if (last) await connection.selectOption(last);
    await page.getByTestId('sim-trace').click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${SHOTS}/simulation-${language}.png` });

    await page.locator('[role="tab"][data-panel="failure"]').click();
    await page.getByTestId('fail-az-a').click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/failure-${language}.png` });
  });
}

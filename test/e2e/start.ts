// How an e2e spec starts the app: from the welcome screen, on an empty design or a template.
// A fresh browser profile has no drafts, so the welcome screen is up unless a spec has already
// left it in this page.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Loads the app and starts an empty design (the welcome screen's "New empty design"). */
export async function startEmpty(page: Page): Promise<void> {
  await page.goto('/');
  const welcomeNew = page.getByRole('button', { name: 'New empty design' });
  if (await welcomeNew.isVisible().catch(() => false)) await welcomeNew.click();
  await expect(page.locator('.react-flow__pane')).toBeVisible();
}

/** Loads the app and opens the bundled template `id` from the welcome screen. */
export async function startFromTemplate(page: Page, id: string): Promise<void> {
  await page.goto('/');
  await page.getByTestId(`template-${id}`).click();
  await expect(page.getByTestId('welcome')).toBeHidden();
}

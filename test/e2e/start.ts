// How an e2e spec starts the app: from the welcome screen, on an empty design or a template, or
// with a large generated design far out.
// A fresh browser profile has no drafts, so the welcome screen is up unless a spec has already
// left it in this page.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { computeDiagram } from '../../shared/diagram/layout';
import { generateDesign } from '../bench/generate';
import { openFile } from './diagram-facts';

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

/**
 * Loads the app and opens a generated design of `size` resources laid out beforehand, as a saved
 * design is; waits until it is drawn far out (the one-picture level of detail).
 */
export async function startFarOut(page: Page, size = 1000): Promise<void> {
  page.on('dialog', (dialog) => void dialog.accept());
  await startFromTemplate(page, 'static-site');
  const generated = generateDesign(size);
  await openFile(page, { ...generated, layout: (await computeDiagram(generated)).boxes });
  await expect(page.getByTestId('layout-progress')).toBeHidden({ timeout: 30_000 });
  await expect(page.getByTestId('far-out-canvas')).toBeVisible({ timeout: 20_000 });
}

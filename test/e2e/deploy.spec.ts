// The Deploy panel as an instructor shows it: a rolling update stepped batch by batch (old and
// new tasks per AZ, serving all along), then a blue/green canary with the listener weights and
// a rollback. Screenshots mid-rolling-update and mid-canary go to test-results/screenshots/.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const SHOTS = 'test-results/screenshots';

/** The rolling-update template with the service's deployment settings changed. */
function template(service: Record<string, unknown>): string {
  const design = JSON.parse(readFileSync('assets/templates/ecs-rolling-update.skyplan.json', 'utf8')) as {
    resources: { id: string; props: Record<string, unknown> }[];
  };
  const svc = design.resources.find((r) => r.id === 'svc')!;
  svc.props = { ...svc.props, ...service };
  return JSON.stringify(design, null, 2);
}

async function openDesign(page: Page, text: string, shown = 'svc') {
  await page.goto('/');
  const welcomeNew = page.getByRole('button', { name: 'New empty design' });
  if (await welcomeNew.isVisible().catch(() => false)) await welcomeNew.click();
  await expect(page.locator('.react-flow__pane')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('menu-file').click();
  await page.locator('[data-command="file.open"]').click();
  await (
    await chooser
  ).setFiles({ name: 'deploy.skyplan.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.locator(`.react-flow__node[data-id="${shown}"]`).first()).toBeVisible();
  await page.locator('[role="tab"][data-panel="deploy"]').click();
  await expect(page.getByTestId('deploy-panel')).toBeVisible();
}

test.describe('deploy panel', () => {
  test('steps a rolling update: 2 old + 2 new mid-update, serving, then completed', async ({ page }) => {
    await openDesign(page, template({ minimumHealthyPercent: 50, maximumPercent: 200 }));
    await expect(page.getByTestId('deploy-position')).toContainText('Step 0 of 2');
    await page.getByTestId('deploy-forward').click();
    await expect(page.getByTestId('deploy-position')).toContainText('Step 1 of 2');
    await expect(page.getByTestId('deploy-task-old')).toHaveCount(2);
    await expect(page.getByTestId('deploy-task-starting')).toHaveCount(2);
    await expect(page.getByTestId('deploy-serving')).toHaveText('serving');
    await page.screenshot({ path: `${SHOTS}/deploy-rolling-mid.png` });
    await page.getByTestId('deploy-forward').click();
    await expect(page.getByTestId('deploy-task-fresh')).toHaveCount(2);
    await expect(page.getByTestId('deploy-outcome')).toContainText('COMPLETED');
    // The deployment settings are in the inspector, generated from the catalog.
    await page.locator('.react-flow__node[data-id="svc"]').first().click();
    await expect(page.getByTestId('inspector')).toContainText('Minimum healthy percent');
    await expect(page.getByTestId('inspector')).toContainText('Deployment strategy');
    await page.screenshot({ path: `${SHOTS}/deploy-inspector.png` });
  });

  test('a blue/green canary shows both fleets and the weights, and rolls back', async ({ page }) => {
    await openDesign(page, template({ deploymentStrategy: 'blue-green', trafficShifting: 'canary' }));
    for (let i = 0; i < 3; i++) await page.getByTestId('deploy-forward').click();
    await expect(page.getByTestId('deploy-weights')).toContainText('blue 90%');
    await expect(page.getByTestId('deploy-weights')).toContainText('green 10%');
    await expect(page.getByTestId('deploy-task-old')).toHaveCount(2);
    await expect(page.getByTestId('deploy-task-fresh')).toHaveCount(2);
    await page.screenshot({ path: `${SHOTS}/deploy-canary-mid.png` });
    await page.getByTestId('deploy-fail-new').check();
    await page.getByTestId('deploy-forward').click();
    await expect(page.getByTestId('deploy-outcome')).toContainText('ROLLED BACK');
    await expect(page.getByTestId('deploy-weights')).toContainText('blue 100%');
    await page.screenshot({ path: `${SHOTS}/deploy-canary-rollback.png` });
  });

  test('a min 100 / max 100 deploy stalls with the reason and the fix', async ({ page }) => {
    await openDesign(page, template({ minimumHealthyPercent: 100, maximumPercent: 100 }));
    await page.getByTestId('deploy-forward').click();
    await expect(page.getByTestId('deploy-outcome')).toContainText('STALLED');
    await expect(page.getByRole('alert').first()).toContainText('lower minimumHealthyPercent');
  });

  test('a Lambda function shows its concurrency, throttling and a labelled cold-start estimate', async ({
    page,
  }) => {
    const design = JSON.parse(readFileSync('assets/examples/serverless-api.skyplan.json', 'utf8')) as {
      resources: { id: string; props: Record<string, unknown> }[];
    };
    const fn = design.resources.find((r) => r.id === 'ordersFn')!;
    fn.props = { ...fn.props, reservedConcurrency: 10, peakRequestsPerSec: 500 };
    await openDesign(page, JSON.stringify(design), 'ordersFn');
    const lambda = page.getByTestId('deploy-lambda');
    await expect(lambda).toContainText('account limit in this Region: 1000 (AWS default, an assumption)');
    await expect(page.getByTestId('deploy-lambda-throttle')).toContainText('THROTTLED');
    await expect(lambda).toContainText('429 TooManyRequestsException');
    await expect(lambda).toContainText('estimate, not a measurement');
    await page.screenshot({ path: `${SHOTS}/deploy-lambda.png` });
  });
});

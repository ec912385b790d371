// The Deploy panel as an instructor shows it: a rolling update stepped batch by batch (old and
// new tasks per AZ, serving all along), then a blue/green canary with the listener weights and
// a rollback. Screenshots mid-rolling-update and mid-canary go to test-results/screenshots/.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openFile } from './diagram-facts';
import { startEmpty } from './start';

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
  await startEmpty(page);
  await openFile(page, text, 'deploy.skyplan.json');
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
    // The same throttle is a finding in the Problems panel, saying what API Gateway callers see.
    await page.locator('[role="tab"][data-panel="problems"]').click();
    const finding = page.getByTestId('problem-row').filter({ hasText: 'reserved concurrency caps it at 10' });
    await expect(finding).toContainText('HTTP 429');
    await page.screenshot({ path: `${SHOTS}/deploy-lambda-problem.png` });
  });

  test('the canvas shows old and new tasks per AZ under each service shape as the panel steps', async ({
    page,
  }) => {
    await openDesign(page, template({ minimumHealthyPercent: 50, maximumPercent: 200 }));
    // One strip per shape of the service: the home shape in appA and its replica in appB.
    const strips = page.locator('.react-flow__node [data-testid="canvas-tasks"]');
    await expect(strips).toHaveCount(2);
    const inA = page.locator('[data-testid="canvas-tasks"][data-subnet="appA"]');
    const inB = page.locator('[data-testid="canvas-tasks"][data-subnet="appB"]');
    await expect(inA.getByTestId('canvas-task-counts')).toHaveText('old 1 · new 0 (0 healthy)');
    await expect(inA.getByTestId('canvas-task-old')).toHaveCount(1);
    await expect(inA.getByTestId('canvas-task-starting')).toHaveCount(0);

    await page.getByTestId('deploy-forward').click();
    await expect(inA.getByTestId('canvas-task-counts')).toHaveText('old 1 · new 1 (0 healthy)');
    await expect(inB.getByTestId('canvas-task-counts')).toHaveText('old 1 · new 1 (0 healthy)');
    await expect(inA.getByTestId('canvas-task-starting')).toHaveCount(1);
    await expect(inA).toHaveAttribute('title', /AZ a during the deploy: 1 old task\(s\), 1 new starting/);
    const box = (await page.locator('.react-flow__node[data-id="svc"]').first().boundingBox())!;
    await page.screenshot({
      path: `${SHOTS}/deploy-canvas-tasks-zoom.png`,
      clip: { x: box.x - 40, y: box.y - 10, width: box.width + 80, height: box.height + 50 },
    });

    await page.getByTestId('deploy-forward').click();
    await expect(inB.getByTestId('canvas-task-counts')).toHaveText('old 0 · new 1 (1 healthy)');
    await expect(inB.getByTestId('canvas-task-fresh')).toHaveCount(1);
    await expect(inB.getByTestId('canvas-task-old')).toHaveCount(0);

    // Korean, dark theme, back one step.
    await page.getByTestId('deploy-back').click();
    await page.getByTestId('locale-select').selectOption('ko');
    await page.getByTestId('theme-toggle').click();
    await expect(inA.getByTestId('canvas-task-counts')).toHaveText('이전 1 · 새 1 (정상 0)');
    await page.screenshot({ path: `${SHOTS}/deploy-canvas-tasks-dark-ko.png` });

    // Closing the Deploy panel (another bottom tab) takes the strips away.
    await page.locator('[role="tab"][data-panel="problems"]').click();
    await expect(strips).toHaveCount(0);
  });

  test('the cost panel shows the auto scaling range with its assumption', async ({ page }) => {
    await openDesign(page, template({ autoScalingMin: 2, autoScalingMax: 6 }));
    await page.locator('[role="tab"][data-panel="cost"]').click();
    const line = page.locator('.cost-line', { hasText: 'Service auto scaling 2..6 tasks' });
    await expect(line).toContainText('USD a month');
    await expect(line).toContainText('assumption: all month at min / all month at max');
    await line.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/deploy-cost-scaling.png` });
  });
});

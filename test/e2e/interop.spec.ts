// Import and compare as a person uses them: File > Import CloudFormation… on a 2-AZ template,
// then File > Compare with… a saved copy after an edit. Screenshots go to test-results/screenshots/.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startEmpty } from './start';

const SHOTS = 'test-results/screenshots';

async function runFileCommand(page: Page, command: string): Promise<void> {
  await page.getByTestId('menu-file').click();
  await page.locator(`[data-command="${command}"]`).click();
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await runFileCommand(page, 'file.importCloudFormation');
  await (await chooser).setFiles({ name, mimeType: 'text/yaml', buffer: Buffer.from(text) });
}

test.describe('interop', () => {
  test('imports a multi-AZ CloudFormation template onto the canvas with its report', async ({ page }) => {
    await startEmpty(page);
    await importFile(page, 'web-stack.yaml', readFileSync('test/fixtures/cfn/web-stack.yaml', 'utf8'));
    await expect(page.locator('.react-flow__node[data-id="Vpc"]')).toBeVisible();
    await expect(page.locator('.react-flow__node[data-id="NatB"]')).toBeVisible();
    await expect(page.getByTestId('import-report')).toContainText(
      'Imported 32 of 32 resources from web-stack.yaml',
    );
    // Its problems and cost come with it: the stack is clean and priced.
    await expect(page.getByTestId('problem-count')).toHaveAttribute('data-errors', '0');
    await page.screenshot({ path: `${SHOTS}/interop-import.png` });
  });

  test('a template that cannot be imported says file and line, and keeps the open design', async ({
    page,
  }) => {
    await startEmpty(page);
    await importFile(page, 'cycle.yaml', readFileSync('test/fixtures/cfn/cycle.yaml', 'utf8'));
    await expect(page.getByText('cycle.yaml:2:1: resources reference each other in a cycle')).toBeVisible();
  });

  test('compares the open design with another and marks what changed', async ({ page }) => {
    await startEmpty(page);
    await importFile(page, 'alb-ecs.yaml', readFileSync('test/fixtures/cfn/alb-ecs.yaml', 'utf8'));
    await expect(page.locator('.react-flow__node[data-id="Vpc"]')).toBeVisible();
    // The baseline: the same stack before the database and the third task were added.
    const baseline = JSON.parse(
      readFileSync('test/fixtures/cfn/alb-ecs.baseline.skyplan.json', 'utf8'),
    ) as unknown;
    const chooser = page.waitForEvent('filechooser');
    await runFileCommand(page, 'file.compareWith');
    await (
      await chooser
    ).setFiles({
      name: 'before.skyplan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(baseline)),
    });
    await expect(page.getByTestId('compare-diff')).toBeVisible();
    await expect(page.getByTestId('compare-cost')).toContainText('Monthly cost');
    await page.screenshot({ path: `${SHOTS}/interop-compare.png` });
  });
});

// Files as a person uses them in a browser tab: start from a template on the welcome screen,
// save (a download) and open the saved file again, get unsaved work back after a reload, open
// a broken file without losing the open design; read the Problems and Cost panels.
// Screenshots go to test-results/screenshots/.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startFromTemplate } from './start';

const SHOTS = 'test-results/screenshots';

/** A queue whose consumer has no dead-letter queue and a short visibility timeout: two warnings. */
const QUEUE_DESIGN = {
  format: 'skyplan',
  version: 1,
  name: 'Orders queue',
  region: 'us-east-1',
  resources: [
    { id: 'orders', type: 'sqs-queue', name: 'Orders queue', props: {} },
    { id: 'worker', type: 'lambda-function', name: 'Worker', props: { timeoutSec: 10 } },
  ],
  connections: [{ id: 'c1', from: 'orders', to: 'worker', kind: 'trigger' }],
};

async function runFileCommand(page: Page, command: string): Promise<void> {
  await page.getByTestId('menu-file').click();
  await page.locator(`[data-command="${command}"]`).click();
}

async function openWithPicker(page: Page, file: { name: string; buffer: Buffer } | string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await runFileCommand(page, 'file.open');
  await (
    await chooser
  ).setFiles(
    typeof file === 'string' ? file : { name: file.name, mimeType: 'application/json', buffer: file.buffer },
  );
}

test.describe('files', () => {
  test.beforeEach(async ({ page }) => {
    // Exercise the download path: Chromium's save picker would open a native dialog.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true });
    });
  });

  test('a template opens from the welcome screen', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('welcome')).toBeVisible();
    await expect(page.getByTestId('template-ecs-rolling-update')).toContainText('min 50%, max 200%');
    // A design bundled as both template and example is listed once.
    await expect(page.getByTestId('template-serverless-api')).toBeVisible();
    await expect(page.getByTestId('example-serverless-api')).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/files-welcome.png` });
    await page.getByTestId('template-two-tier-web-app').click();
    await expect(page.getByTestId('welcome')).toBeHidden();
    await expect(page).toHaveTitle('Two-tier web app (ALB, ECS, RDS) — Skyplan');
    await expect(page.getByTestId('container-vpc1')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/files-template-loaded.png` });

    // "New" shows the welcome screen again, in the user's language; Escape goes back.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await page.getByTestId('menu-file').click();
    await page.locator('[data-command="file.new"]').click();
    await expect(page.getByTestId('welcome')).toContainText('템플릿으로 시작하기');
    await expect(page.getByTestId('template-two-tier-web-app')).toContainText('2계층 웹 앱');
    await page.screenshot({ path: `${SHOTS}/files-welcome-ko.png` });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('welcome')).toBeHidden();
  });

  test('save downloads the design, and the downloaded file opens again', async ({ page }, info) => {
    await startFromTemplate(page, 'serverless-api');
    const download = page.waitForEvent('download');
    await runFileCommand(page, 'file.save');
    // Without the File System Access API the app asks for the name, offering the design's.
    await expect(page.getByTestId('app-confirm-name')).toHaveValue(
      'Serverless API (API Gateway, Lambda, DynamoDB).skyplan.json',
    );
    await page.getByTestId('app-confirm-ok').click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('Serverless API (API Gateway, Lambda, DynamoDB).skyplan.json');
    const path = info.outputPath('saved.skyplan.json');
    await saved.saveAs(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
      format: 'skyplan',
      name: /Serverless API/,
    });
    await expect(page).toHaveTitle(/^Serverless API .*\.skyplan\.json — Skyplan$/);

    // Something else, then the saved file through the file input.
    await runFileCommand(page, 'file.new');
    await page.getByTestId('template-static-site').click();
    await expect(page).toHaveTitle(/^Static site/);
    await openWithPicker(page, path);
    await expect(page).toHaveTitle('saved.skyplan.json — Skyplan');
    await expect(page.getByTestId('problems-empty')).toBeVisible();

    // It is now a recent design on the welcome screen.
    await runFileCommand(page, 'file.new');
    await expect(page.getByTestId('recent-file').first()).toContainText('saved.skyplan.json');
    await page.screenshot({ path: `${SHOTS}/files-recent.png` });
  });

  test('unsaved work is offered back after a reload and restored', async ({ page }) => {
    await startFromTemplate(page, 'serverless-api');
    // An edit: make Seoul the design's region from the Cost panel.
    await page.locator('[data-panel="cost"]').click();
    await page.getByTestId('cost-region').selectOption('ap-northeast-2');
    await page.getByTestId('cost-override').getByRole('button').click();
    await expect(page).toHaveTitle(/^● Serverless API/);

    // Leaving with unsaved changes asks first; accept, as a person choosing "Reload" would.
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    // Wait until the debounced autosave has stored the edit (the unload flush is a second net),
    // rather than sleeping past the delay and hoping.
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.keys(localStorage).some(
            (key) =>
              key.startsWith('skyplan.draft.') &&
              (localStorage.getItem(key) ?? '').includes('ap-northeast-2'),
          ),
        ),
      )
      .toBe(true);
    await page.reload();
    expect(asked).toEqual(['beforeunload']);

    const offer = page.getByTestId('file-dialog-draft');
    await expect(offer).toBeVisible();
    await expect(offer).toContainText(/Restore unsaved work from \d{2}:\d{2}\?/);
    // The safe choice has the focus: Enter restores, it never discards.
    await expect(page.getByTestId('draft-restore')).toBeFocused();
    await page.screenshot({ path: `${SHOTS}/files-draft-offer.png` });
    await page.keyboard.press('Enter');
    await expect(offer).toBeHidden();
    await expect(page.getByTestId('welcome')).toBeHidden();
    await expect(page).toHaveTitle(/^● Serverless API/);
    await page.locator('[data-panel="cost"]').click();
    await expect(page.getByTestId('cost-region')).toHaveValue('ap-northeast-2');
    await expect(page.getByTestId('cost-override')).toBeHidden();
  });

  test('a broken file is reported with line and column, and the open design stays', async ({ page }) => {
    await startFromTemplate(page, 'two-tier-web-app');
    const broken =
      '{\n  "format": "skyplan",\n  "version": 1,\n  "name": "Broken"\n  "region": "us-east-1"\n}\n';
    await openWithPicker(page, { name: 'broken.skyplan.json', buffer: Buffer.from(broken) });
    const issues = page.getByTestId('open-issues');
    await expect(issues).toContainText('broken.skyplan.json:5:3');
    await expect(page.getByTestId('file-dialog-issues')).toContainText('Cannot open broken.skyplan.json');
    await page.screenshot({ path: `${SHOTS}/files-bad-json.png` });
    await page.getByTestId('file-dialog-issues').getByRole('button').click();
    await expect(page).toHaveTitle('Two-tier web app (ALB, ECS, RDS) — Skyplan');
    await expect(page.getByTestId('container-vpc1')).toBeVisible();

    // A schema problem names the JSON path too.
    const wrong = JSON.stringify(
      { ...QUEUE_DESIGN, resources: [{ id: 'v', type: 'vpc', props: { cidr: '10.0.0.0/33' } }] },
      null,
      2,
    );
    await openWithPicker(page, { name: 'wrong.skyplan.json', buffer: Buffer.from(wrong) });
    await expect(issues).toContainText(/wrong\.skyplan\.json:\d+:\d+ \$\.resources\[0\]\.props\.cidr/);
  });

  test('the Problems panel lists findings and selects their resources', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('welcome-new').click();
    await openWithPicker(page, {
      name: 'queue.skyplan.json',
      buffer: Buffer.from(JSON.stringify(QUEUE_DESIGN)),
    });
    await page.locator('[data-panel="problems"]').click();
    const row = page.getByTestId('problem-row').filter({ hasText: 'no dead-letter queue' });
    await expect(row).toContainText('Fix: add a dead-letter queue');
    await expect(row).toContainText('Orders queue (SQS queue)');
    await expect(page.getByTestId('problems')).toContainText('Warnings');
    await row.click();
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
    await page.screenshot({ path: `${SHOTS}/files-problems.png` });
    await page.getByTestId('menu-view').click();
    await page.locator('[data-command="view.theme"]').click();
    await page.screenshot({ path: `${SHOTS}/files-problems-dark.png` });
  });

  test('the Cost panel shows the monthly total and re-prices for another region', async ({ page }) => {
    await startFromTemplate(page, 'two-tier-web-app');
    await page.locator('[data-panel="cost"]').click();
    const total = page.getByTestId('cost-total');
    await expect(total).toContainText(/^\$\d[\d,]*\.\d{2}/);
    await expect(page.getByTestId('cost-total-krw')).toContainText(/^₩[\d,]+$/);
    const virginia = await total.innerText();
    await page.screenshot({ path: `${SHOTS}/files-cost.png` });

    await page.getByTestId('cost-region').selectOption('ap-northeast-2');
    await expect(total).not.toHaveText(virginia);
    await expect(page.getByTestId('cost-override')).toContainText('us-east-1');
    // A view override: the design is not changed.
    await expect(page).toHaveTitle('Two-tier web app (ALB, ECS, RDS) — Skyplan');

    await page.locator('[data-testid="cost-row"][data-resource="natA"] .cost-item-head').click();
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);

    // Savings hints and the assumptions behind the figures, under the lines.
    await expect(page.getByTestId('cost-hints')).toContainText('NAT');
    await page.locator('.cost-assumptions summary').click();
    await expect(page.locator('.cost-assumptions')).toContainText('Hours per month: 730');
    await page.locator('.cost-assumptions').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/files-cost-notes.png` });

    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await expect(page.getByTestId('cost-panel')).toContainText('월 예상 비용');
    await page.screenshot({ path: `${SHOTS}/files-cost-ko.png` });
  });
});

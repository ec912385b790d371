// The real desktop app, where the Electron binary is installed: it opens, shows the editor,
// creates a design and saves it to disk through the preload bridge and main's atomic save,
// and keeps the page locked down (no Node, no navigation away). Native dialogs cannot be
// clicked by Playwright, so the test answers the save dialog from the main process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElectronApplication, Page } from '@playwright/test';
import { _electron as electron, expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);
const { electronBinary } = require('../../scripts/electron-available.cjs') as {
  electronBinary(): string | null;
};
const root = new URL('../..', import.meta.url).pathname;
const executable = electronBinary();

test.describe('desktop app (Electron)', () => {
  test.skip(
    executable === null,
    'Electron binary not installed: node_modules/electron/dist missing; run `npm start` on a machine with internet',
  );

  let app: ElectronApplication;
  let page: Page;
  let folder: string;

  test.beforeAll(async () => {
    if (!existsSync(join(root, 'dist/index.html'))) throw new Error('run `npm run build:web` first');
    const built = spawnSync(process.execPath, ['scripts/build-electron.mjs'], {
      cwd: root,
      stdio: 'inherit',
    });
    expect(built.status).toBe(0);
    folder = mkdtempSync(join(tmpdir(), 'skyplan-smoke-'));
    const args = ['.'];
    // Chromium refuses to run as root with its sandbox (CI containers); the page stays isolated.
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    app = await electron.launch({
      executablePath: executable!,
      args,
      cwd: root,
      env: { ...process.env, SKYPLAN_USER_DATA_DIR: join(folder, 'user-data') } as Record<string, string>,
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test('opens the editor from app://, with the bridge and without Node', async () => {
    await expect(page).toHaveURL('app://skyplan/index.html');
    await expect(page.getByTestId('canvas').or(page.getByTestId('welcome'))).toBeVisible();
    const exposed = await page.evaluate(() => ({
      bridge: Object.keys((window as { skyplan?: object }).skyplan ?? {}).sort(),
      require: typeof (window as { require?: unknown }).require,
      process: typeof (window as { process?: unknown }).process,
    }));
    expect(exposed.bridge).toContain('saveDesign');
    expect(exposed.bridge).not.toContain('invoke');
    expect(exposed.require).toBe('undefined');
    expect(exposed.process).toBe('undefined');
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    await expect(page).toHaveURL('app://skyplan/index.html');
  });

  test('creates a design and saves it to disk', async () => {
    const target = join(folder, 'smoke.skyplan.json');
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({
        canceled: false,
        filePath: path,
      })) as typeof dialog.showSaveDialog;
    }, target);
    const template = page.getByTestId('template-two-tier-web-app');
    if (await template.isVisible().catch(() => false)) await template.click();
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await page.getByTestId('menu-file').click();
    await page.locator('[data-command="file.save"]').click();
    await expect.poll(() => existsSync(target)).toBe(true);
    const saved = JSON.parse(readFileSync(target, 'utf8')) as { format: string; resources: unknown[] };
    expect(saved.format).toBe('skyplan');
    expect(saved.resources.length).toBeGreaterThan(5);
    // Saved: the title bar loses its unsaved marker.
    await expect
      .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? ''))
      .toMatch(/^[^●].* — Skyplan$/);
  });
});

/**
 * A browser killed one second after an edit loses nothing (issue 14, defect 14): the page
 * writes its draft at the next idle moment, to localStorage and to IndexedDB (which is on disk
 * when the write completes; Chromium writes localStorage only every few seconds). Chromium is
 * started here on its own profile, so that it can be SIGKILLed like a crash and started again.
 * SKYPLAN_CRASH_TRIALS runs more kills; SKYPLAN_CRASH_DELAY_MS changes the delay.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TRIALS = Number(process.env.SKYPLAN_CRASH_TRIALS ?? 1);
const DELAY_MS = Number(process.env.SKYPLAN_CRASH_DELAY_MS ?? 1000);
const SHOTS = `${process.env.SKYPLAN_E2E_OUT ?? 'test-results'}/screenshots`;

/** Starts Chromium on `profile` in its own process group; resolves with its DevTools address. */
function launch(profile: string): Promise<{ child: ChildProcess; ws: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      CHROMIUM,
      [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-sync',
        '--disable-background-networking',
        '--disable-component-update',
        `--user-data-dir=${profile}`,
        '--remote-debugging-port=0',
        'about:blank',
      ],
      { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (found?.[1]) resolve({ child, ws: found[1] });
    });
    child.on('exit', () => reject(new Error(`chromium exited: ${stderr.slice(0, 300)}`)));
  });
}

function killGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      resolve();
    }
  });
}

test('a draft survives a browser killed one second after an edit', async ({ baseURL }) => {
  test.setTimeout(60_000 * TRIALS);
  let restored = 0;
  for (let trial = 0; trial < TRIALS; trial++) {
    const profile = mkdtempSync(join(tmpdir(), 'skyplan-crash-'));
    try {
      const first = await launch(profile);
      const browser = await chromium.connectOverCDP(first.ws);
      const page = browser.contexts()[0]!.pages()[0] ?? (await browser.contexts()[0]!.newPage());
      await page.goto(`${baseURL}/`);
      await page.getByTestId('template-serverless-api').click();
      await expect(page.getByTestId('welcome')).toBeHidden();
      await page.locator('[data-panel="cost"]').click();
      await page.getByTestId('cost-region').selectOption('ap-northeast-2');
      await page.getByTestId('cost-override').getByRole('button').click();
      await expect(page).toHaveTitle(/^● /);
      await page.waitForTimeout(DELAY_MS);
      await killGroup(first.child);

      const second = await launch(profile);
      const again = await chromium.connectOverCDP(second.ws);
      const page2 = again.contexts()[0]!.pages()[0] ?? (await again.contexts()[0]!.newPage());
      await page2.goto(`${baseURL}/`);
      const offered = await page2
        .getByTestId('file-dialog-draft')
        .waitFor({ state: 'visible', timeout: 10_000 })
        .then(
          () => true,
          () => false,
        );
      if (offered) {
        await page2.setViewportSize({ width: 1440, height: 900 });
        if (trial === 0) await page2.screenshot({ path: `${SHOTS}/draft-after-crash.png` });
        await page2.getByTestId('draft-restore').click();
        await page2.locator('[data-panel="cost"]').click();
        await expect(page2.getByTestId('cost-region')).toHaveValue('ap-northeast-2');
        restored++;
      }
      await again.close().catch(() => undefined);
      await killGroup(second.child);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }
  expect(restored).toBe(TRIALS);
});

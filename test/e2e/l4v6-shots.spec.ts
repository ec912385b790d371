// Screenshots of a Network Load Balancer design, an IPv6 (dual-stack) design and a seeded
// troubleshooting lesson at 1440x900, for a person to look at (SKYPLAN_E2E_OUT picks the folder).
// They assert what each screen must show: the lesson opened, the trace ran, the seed is shown.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startEmpty } from './start';

const SHOTS = `${process.env.SKYPLAN_E2E_OUT ?? 'test-results'}/screenshots`;

async function openTab(page: Page, id: string) {
  await page.locator(`[role="tab"][data-panel="${id}"]`).click();
}

async function traceConnection(page: Page, id: string) {
  await openTab(page, 'simulation');
  await page.getByTestId('sim-connection').selectOption(id);
  await page.getByTestId('sim-trace').click();
  // Step to the end of the path: the outcome (reached, or blocked with its code) shows there.
  const forward = page.getByTestId('sim-forward');
  for (let i = 0; i < 40 && (await forward.isEnabled()); i++) await forward.click();
  await page.waitForTimeout(400);
}

test('an NLB next to an ALB (lesson 13)', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await startEmpty(page);
  await openTab(page, 'lesson');
  await page.getByTestId('lesson-open-13-nlb-vs-alb').click();
  await expect(page.getByTestId('lesson-active')).toBeVisible();
  await expect(page.locator('.react-flow__node[data-id="nlb1"]')).toBeVisible();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${SHOTS}/l4v6-nlb-lesson.png` });
  await traceConnection(page, 'cGameA');
  await expect(page.getByTestId('sim-blocked-code')).toContainText('SG_INGRESS_DENIED');
  await page.screenshot({ path: `${SHOTS}/l4v6-nlb-trace.png` });
});

test('a dual-stack VPC traced over IPv6 (lesson 14)', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await startEmpty(page);
  await openTab(page, 'lesson');
  await page.getByTestId('lesson-open-14-ipv6-egress-only').click();
  await expect(page.getByTestId('lesson-active')).toBeVisible();
  await page.waitForTimeout(800);
  await traceConnection(page, 'cUpdates6');
  await expect(page.getByTestId('sim-blocked-code')).toContainText('NO_ROUTE');
  await page.screenshot({ path: `${SHOTS}/l4v6-ipv6-blocked.png` });
  await traceConnection(page, 'cWeb6');
  await page.screenshot({ path: `${SHOTS}/l4v6-ipv6-web.png` });
  // A free-form IPv6 flow: the internet opening a connection to the private worker.
  await page.getByText('Any source and destination').click();
  await page.getByTestId('sim-from').selectOption('internet');
  await page.getByTestId('sim-to').selectOption('worker');
  await page.getByTestId('sim-port').fill('443');
  await page.getByTestId('sim-ip-version').selectOption('6');
  await page.getByTestId('sim-trace').click();
  const forward = page.getByTestId('sim-forward');
  for (let i = 0; i < 40 && (await forward.isEnabled()); i++) await forward.click();
  await expect(page.getByTestId('sim-steps')).toContainText('2001:db8::10');
  await page.screenshot({ path: `${SHOTS}/l4v6-ipv6-custom.png` });
});

test('a troubleshooting lesson opened with a student number (lesson 15, seed 7)', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await startEmpty(page);
  await openTab(page, 'lesson');
  await page.getByTestId('lesson-open-15-troubleshoot-web-tier').click();
  // Without a student number the lesson does not open.
  await expect(page.getByTestId('lesson-active')).toBeHidden();
  await page.getByTestId('lesson-seed').fill('7');
  await page.getByTestId('lesson-open-15-troubleshoot-web-tier').click();
  await expect(page.getByTestId('lesson-active')).toBeVisible();
  await expect(page.getByTestId('lesson-seed-shown')).toHaveText('Student number 7');
  await expect(page.getByTestId('lesson-progress')).not.toHaveAttribute('data-progress', '100');
  await page.getByTestId('lesson-check').click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${SHOTS}/l4v6-troubleshoot-seed7.png` });
});

test('a troubleshooting lesson in Korean (lesson 18, student number 3)', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await startEmpty(page);
  await page.getByTestId('locale-select').selectOption('ko');
  await openTab(page, 'lesson');
  await page.getByTestId('lesson-seed').fill('3');
  await page.getByTestId('lesson-open-18-troubleshoot-nlb').click();
  await expect(page.getByTestId('lesson-seed-shown')).toHaveText('학생 번호 3');
  await page.getByTestId('lesson-check').click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${SHOTS}/l4v6-troubleshoot-nlb-ko.png` });
});

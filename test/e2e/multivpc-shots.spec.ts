// Screenshots of a VPC peering design (lesson 11) and a transit gateway hub and spoke (lesson
// 12) at 1440x900, canvas and simulation trace, for a person to look at (SKYPLAN_E2E_OUT picks
// the folder). They assert what each screen must show: the links drawn, the trace's verdict.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startEmpty } from './start';

const SHOTS = `${process.env.SKYPLAN_E2E_OUT ?? 'test-results'}/screenshots`;

async function openLesson(page: Page, id: string) {
  page.on('dialog', (dialog) => void dialog.accept());
  await startEmpty(page);
  await page.locator('[role="tab"][data-panel="lesson"]').click();
  await page.getByTestId(`lesson-open-${id}`).click();
  await expect(page.getByTestId('lesson-active')).toBeVisible();
  await page.waitForTimeout(800);
}

async function traceConnection(page: Page, id: string) {
  await page.locator('[role="tab"][data-panel="simulation"]').click();
  await page.getByTestId('sim-connection').selectOption(id);
  await page.getByTestId('sim-trace').click();
  // Step to the end of the trace, so the outcome (and the blocked code) is on screen.
  const forward = page.getByTestId('sim-forward');
  for (let i = 0; i < 40 && (await forward.isEnabled()); i++) await forward.click();
  await page.waitForTimeout(400);
}

test('VPC peering: three VPCs in a line (lesson 11)', async ({ page }) => {
  await openLesson(page, '11-vpc-peering-not-transitive');
  for (const id of ['pcxAppShared', 'pcxSharedPartner'])
    await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/multivpc-peering-canvas.png` });
  await traceConnection(page, 'cShared');
  await page.screenshot({ path: `${SHOTS}/multivpc-peering-trace-ok.png` });
  await traceConnection(page, 'cPartner');
  await expect(page.getByTestId('sim-blocked-code')).toHaveText('PEERING_NOT_TRANSITIVE');
  await page.screenshot({ path: `${SHOTS}/multivpc-peering-trace-blocked.png` });
});

test('transit gateway hub and spoke (lesson 12)', async ({ page }) => {
  await openLesson(page, '12-transit-gateway-hub-spoke');
  for (const id of ['tgw', 'tgwRtDefault'])
    await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/multivpc-tgw-canvas.png` });
  await traceConnection(page, 'cProdShared');
  await page.screenshot({ path: `${SHOTS}/multivpc-tgw-trace-ok.png` });
  await traceConnection(page, 'cDevShared');
  await expect(page.getByTestId('sim-blocked-code')).toHaveText('TGW_NO_ATTACHMENT_IN_AZ');
  await page.screenshot({ path: `${SHOTS}/multivpc-tgw-trace-blocked.png` });
});

for (const [example, connection, failAz] of [
  ['vpc-peering', 'cDb', false],
  ['transit-gateway-hub-spoke', 'cDevShared', true],
] as const) {
  test(`the ${example} example: canvas, a reachable trace${failAz ? ', AZ a failed' : ''}`, async ({
    page,
  }) => {
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('/');
    await page.getByTestId(`example-${example}`).click();
    await expect(page.getByTestId('welcome')).toBeHidden();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${SHOTS}/multivpc-example-${example}.png` });
    await traceConnection(page, connection);
    await expect(page.getByTestId('sim-outcome')).toHaveClass(/ok/);
    await page.screenshot({ path: `${SHOTS}/multivpc-example-${example}-trace.png` });
    if (failAz) {
      await page.locator('[role="tab"][data-panel="failure"]').click();
      await page.getByTestId('fail-az-a').click();
      await page.waitForTimeout(500);
      // The AZ-b servers keep talking through the attachments' AZ-b subnets.
      await expect(page.getByTestId('failure-survived')).toHaveCount(1);
      await expect(page.getByTestId('failure-survived')).toContainText('Prod app B → Shared service B');
      await page.screenshot({ path: `${SHOTS}/multivpc-example-${example}-az-a-failed.png` });
    }
  });
}

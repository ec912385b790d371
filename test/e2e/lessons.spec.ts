// Lessons as a student and an instructor use them: open a bundled lesson, read the checklist,
// reveal a hint, make the fix in the inspector, watch the progress reach 100%, check, reset.
// Screenshots go to test-results/screenshots/.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseLesson } from '../../shared/lessons/parse';
import { startEmpty } from './start';

const SHOTS = 'test-results/screenshots';

async function openTab(page: Page, id: string) {
  await page.locator(`[role="tab"][data-panel="${id}"]`).click();
}

function progress(page: Page) {
  return page.getByTestId('lesson-progress');
}

test.describe('lessons', () => {
  test('a student completes "An ALB across two AZs" through the inspector', async ({ page }) => {
    page.on('dialog', (dialog) => void dialog.accept());
    await startEmpty(page);
    await openTab(page, 'lesson');
    await page.getByTestId('lesson-open-05-alb-two-azs').click();
    await expect(page.getByTestId('lesson-active')).toBeVisible();
    await expect(page.locator('.react-flow__node[data-id="alb1"]')).toBeVisible();
    // The start design meets two of the four goals.
    await expect(progress(page)).toHaveAttribute('data-progress', '50');
    await expect(page.locator('[data-testid="lesson-goal"][data-goal="alb-two-azs"]')).toHaveAttribute(
      'data-passed',
      'false',
    );

    await page.getByTestId('lesson-check').click();
    await expect(page.getByTestId('lesson-feedback')).toHaveText('2 of 4 goals met. Keep going.');
    await expect(page.locator('[data-goal="rule-alb"] .lesson-goal-why')).toContainText('alb-multi-az');
    await page.getByTestId('lesson-hint-next').click();
    await expect(page.getByTestId('lesson-hint')).toHaveCount(1);
    await expect(page.getByTestId('lesson-hint-next')).toHaveText('No more hints');
    await page.screenshot({ path: `${SHOTS}/lesson-start.png` });

    // The fix, as the hint says: the load balancer goes into Public B as well.
    await page.locator('.react-flow__node[data-id="alb1"]').click();
    await openTab(page, 'inspector');
    await page.getByTestId('inspector').getByTestId('field-subnets').getByLabel('Public B').check();
    await openTab(page, 'lesson');
    await expect(progress(page)).toHaveAttribute('data-progress', '100');
    await expect(progress(page)).toContainText('100% complete');
    await expect(page.getByTestId('lesson-feedback')).toHaveText('Complete! Every goal is met.');
    await page.screenshot({ path: `${SHOTS}/lesson-complete.png` });

    // Reset, confirmed in the app's own dialog (never a native one), brings the start design back.
    await page.getByTestId('lesson-reset').click();
    await expect(page.getByTestId('app-confirm')).toContainText('start design');
    await page.getByTestId('app-confirm-ok').click();
    await expect(progress(page)).toHaveAttribute('data-progress', '50');
  });

  test('the lesson panel speaks Korean and grades live as the design changes', async ({ page }) => {
    page.on('dialog', (dialog) => void dialog.accept());
    await startEmpty(page);
    await openTab(page, 'lesson');
    await page.getByTestId('lesson-open-02-nat-gateway-egress').click();
    // One of four goals holds at the start (the app server is not reachable from the internet).
    await expect(progress(page)).toHaveAttribute('data-progress', '25');
    await page.getByTestId('menu-view').click();
    await page.locator('[data-command="view.locale"]').click();
    await expect(page.getByTestId('lesson-active')).toContainText('앱 서버가 인터넷 tcp/443에 도달한다');
    await expect(progress(page)).toContainText('25% 완료');
    await page.screenshot({ path: `${SHOTS}/lesson-korean.png` });
    // Switching tabs unmounts the panel; the lesson session survives it.
    await openTab(page, 'inspector');
    await openTab(page, 'lesson');
    await expect(page.getByTestId('lesson-active')).toHaveAttribute('data-lesson', '02-nat-gateway-egress');
  });

  test('an instructor saves the design on the canvas as a lesson and downloads it', async ({ page }) => {
    // Exercise the download path: Chromium's save picker would open a native dialog.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true });
    });
    page.on('dialog', (dialog) => void dialog.accept());
    await startEmpty(page);
    await openTab(page, 'lesson');
    await page.getByTestId('lesson-open-03-nat-in-public-subnet').click();
    await page.getByTestId('lesson-author').locator('summary').click();
    await page.getByTestId('author-title-en').fill('Where does the NAT go?');
    await page.getByTestId('author-title-ko').fill('NAT는 어디에?');
    // The start design's connection is blocked: it is offered as "unreachable", not ticked.
    const offered = page.locator('[data-testid="author-goal"][data-goal="block-c1"]');
    await expect(offered).not.toBeChecked();
    await offered.check();
    await page.screenshot({ path: `${SHOTS}/lesson-author.png` });
    const download = page.waitForEvent('download');
    await page.getByTestId('author-download').click();
    const file = await (await download).path();
    const parsed = parseLesson(readFileSync(file, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.lesson.id).toBe('where-does-the-nat-go');
    expect(parsed.lesson.title.ko).toBe('NAT는 어디에?');
    expect(parsed.lesson.goals).toContainEqual(
      expect.objectContaining({ id: 'block-c1', type: 'unreachable', protocol: 'tcp', port: 443 }),
    );
    await expect(page.getByTestId('lesson-author')).toContainText(
      'Lesson saved as where-does-the-nat-go.lesson.json',
    );
  });
});

// A visual tour of the product: every main screen, asserted for the facts a user would notice and
// saved as test-results/screenshots/tour-*.png so a person can look at each one.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const SHOTS = 'test-results/screenshots';

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/tour-${name}.png` });
}

async function openTab(page: Page, id: string) {
  await page.locator(`[role="tab"][data-panel="${id}"]`).click();
}

function node(page: Page, id: string) {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

/** Opens a template from the welcome screen (File > New from template shows it again). */
async function openTemplate(page: Page, id: string) {
  const welcome = page.getByTestId('welcome');
  if (!(await welcome.isVisible().catch(() => false))) {
    await page.getByTestId('menu-file').click();
    await page.locator('[data-command="file.new"]').click();
  }
  await page.getByTestId(`template-${id}`).click();
  await expect(welcome).toBeHidden();
}

/** Whether node a's box lies within node b's box. */
async function inside(page: Page, a: string, b: string): Promise<boolean> {
  const [boxA, boxB] = await Promise.all([node(page, a).boundingBox(), node(page, b).boundingBox()]);
  if (!boxA || !boxB) throw new Error(`node ${a} or ${b} is not on screen`);
  return (
    boxA.x >= boxB.x - 1 &&
    boxA.y >= boxB.y - 1 &&
    boxA.x + boxA.width <= boxB.x + boxB.width + 1 &&
    boxA.y + boxA.height <= boxB.y + boxB.height + 1
  );
}

test.describe('visual tour', () => {
  test('welcome, templates, panels, inspector, dark theme and Korean', async ({ page }) => {
    test.setTimeout(120_000);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('/');
    await expect(page.getByTestId('welcome')).toBeVisible();
    await expect(page.getByTestId('template-two-tier-web-app')).toBeVisible();
    await shot(page, 'welcome-en');

    for (const id of ['serverless-api', 'sns-sqs-fan-out', 'ecs-rolling-update', 'two-tier-web-app']) {
      await openTemplate(page, id);
      await expect(page.locator('.react-flow__node').first()).toBeVisible();
      await shot(page, `template-${id}`);
    }

    // A narrow subnet's header keeps its public/private tag whole inside the subnet.
    for (const subnet of ['pubA', 'pubB']) {
      const box = await node(page, subnet).boundingBox();
      const tag = await node(page, subnet).getByTestId('subnet-kind').boundingBox();
      if (!box || !tag) throw new Error(`${subnet} has no tag on screen`);
      expect(tag.x + tag.width, `${subnet} tag is cut off`).toBeLessThanOrEqual(box.x + box.width);
    }

    // Two-tier web app: the ALB, the service and the database are drawn inside each subnet they
    // are placed in (the home shape and a linked replica), never across a subnet's border.
    for (const [id, subnets] of [
      ['alb1', ['pubA', 'pubB']],
      ['web', ['appA', 'appB']],
      ['db1', ['dataA', 'dataB']],
    ] as const) {
      const [home, other] = subnets;
      expect(await inside(page, id, home), `${id} inside ${home}`).toBe(true);
      expect(await inside(page, `${id}@${other}`, other), `${id} inside ${other}`).toBe(true);
    }

    await openTab(page, 'cost');
    await expect(page.getByTestId('cost-total')).toContainText('$');
    await shot(page, 'cost-us-east-1');
    await page.getByTestId('cost-region').selectOption('ap-northeast-2');
    await expect(page.getByTestId('cost-override')).toBeVisible();
    await shot(page, 'cost-seoul');
    await page.getByTestId('cost-region').selectOption('us-east-1');

    // Inspector: a subnet, a route table, a security group and the ALB. Route tables and
    // security groups are chips (on the subnet header, under the resource): a click selects them.
    for (const id of ['pubA', 'rtPublic', 'sgAlb', 'alb1']) {
      const chip = page.locator(`[data-chip="${id}"]`).first();
      const isChip = id === 'rtPublic' || id === 'sgAlb';
      await (isChip ? chip.click() : node(page, id).click({ position: { x: 12, y: 8 } }));
      await expect(page.getByTestId('inspector')).toBeVisible();
      await expect(isChip ? chip : node(page, id)).toHaveClass(/selected/);
      await shot(page, `inspector-${id}`);
    }

    // Simulation: mid-path, then a lesson design with a blocked reply.
    await openTab(page, 'simulation');
    await page.getByTestId('sim-connection').selectOption({ index: 1 });
    await page.getByTestId('sim-trace').click();
    await page.getByTestId('sim-forward').click();
    await expect(page.getByTestId('sim-position')).toContainText('Step 2 of');
    // Each mode radio sits on the same line as its label.
    for (const name of ['Connection', 'Any source and destination']) {
      const radio = await page.getByRole('radio', { name }).boundingBox();
      const label = await page.locator('.sim-mode label').filter({ hasText: name }).boundingBox();
      if (!radio || !label) throw new Error(`no ${name} radio`);
      expect(label.height, `${name} wraps`).toBeLessThan(radio.height * 2);
    }
    await shot(page, 'simulation-mid-path');

    await openTab(page, 'lesson');
    await page.getByTestId('lesson-open-06-sg-nacl-ephemeral-ports').click();
    await openTab(page, 'simulation');
    await page.getByTestId('sim-connection').selectOption('c1');
    await page.getByTestId('sim-trace').click();
    await page.getByTestId('sim-return-leg').click();
    await page.getByTestId('sim-forward').click();
    await expect(page.getByTestId('sim-blocked-code')).toHaveText('NACL_RETURN_DENIED');
    await shot(page, 'simulation-blocked');

    await openTab(page, 'lesson');
    await page.getByRole('button', { name: 'Close lesson' }).click();
    await page.getByTestId('lesson-open-05-alb-two-azs').click();
    await page.getByTestId('lesson-check').click();
    await expect(page.getByTestId('lesson-feedback')).toHaveText('2 of 4 goals met. Keep going.');
    await shot(page, 'lesson-in-progress');

    // The lesson's design breaks a rule: select the finding, and the canvas selects its resource.
    await openTab(page, 'problems');
    const firstProblem = page.getByTestId('problem-row').first();
    await expect(firstProblem).toBeVisible();
    await firstProblem.click();
    await expect(page.locator('.react-flow__node.selected').first()).toBeVisible();
    await shot(page, 'problems-selected');

    await openTab(page, 'failure');
    await page.getByTestId('fail-az-a').check();
    await expect(page.getByTestId('failure-report')).toBeVisible();
    await shot(page, 'failure-az-a');
    await page.getByTestId('fail-clear').click();

    await page.getByTestId('menu-view').click();
    await page.locator('[data-command="view.theme"]').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await shot(page, 'dark');

    await page.getByTestId('menu-view').click();
    await page.locator('[data-command="view.locale"]').click();
    await expect(page.locator('[role="tab"][data-panel="failure"]')).not.toHaveText('Failure');
    await shot(page, 'korean-dark');
    await page.getByTestId('menu-view').click();
    await page.locator('[data-command="view.theme"]').click();
    await openTemplate(page, 'two-tier-web-app');
    // Opening another design ends the lesson: it no longer grades what is on the canvas.
    await expect(page.getByTestId('lesson-active')).toHaveCount(0);
    await expect(page.getByTestId('lesson-open-05-alb-two-azs')).toBeVisible();
    // "시작" once wrapped one letter per line in the narrow lesson list.
    const start = await page.getByTestId('lesson-open-05-alb-two-azs').boundingBox();
    expect(start!.width).toBeGreaterThan(start!.height);
    await openTab(page, 'cost');
    await shot(page, 'korean');
    await page.locator('[data-chip="rtPublic"]').first().click();
    await shot(page, 'korean-inspector');
  });
});

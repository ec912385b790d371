// The diagram an architect would show: every bundled template, example and lesson start design,
// plus a ~30-resource two-AZ design written without a layout, opened and fitted, then checked
// from the DOM for the AWS drawing conventions (diagram-facts.ts). Screenshots of each template
// in light, dark and Korean go to <out>/screenshots/diagram-*.png for a person to look at.
import { expect, test } from '@playwright/test';
import {
  bigDesign,
  bundled,
  check,
  fit,
  lessons,
  openFile,
  openFromWelcome,
  openLesson,
  SHOTS,
} from './diagram-facts';

test.describe('the diagram', () => {
  test('bundled templates and examples follow the AWS conventions at fit', async ({ page }) => {
    test.setTimeout(180_000);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('/');
    for (const { id, design } of bundled('assets/templates')) {
      await openFromWelcome(page, `template-${id}`);
      await fit(page);
      await check(page, `template ${id}`, design);
      await page.screenshot({ path: `${SHOTS}/diagram-${id}-light.png` });
    }
    // An example that is also a template is listed once, as the template (checked above).
    const templateIds = new Set(bundled('assets/templates').map(({ id }) => id));
    for (const { id, design } of bundled('assets/examples').filter(({ id }) => !templateIds.has(id))) {
      await openFromWelcome(page, `example-${id}`);
      await fit(page);
      await check(page, `example ${id}`, design);
      await page.screenshot({ path: `${SHOTS}/diagram-example-${id}.png` });
    }
  });

  test('lesson start designs and a big design without layout follow them too', async ({ page }) => {
    test.setTimeout(180_000);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('/');
    await page.getByTestId('welcome-new').click();
    for (const { id, design, seeded } of lessons()) {
      await openLesson(page, id);
      await fit(page);
      await check(page, `lesson ${id}`, design, { seeded });
      await page.screenshot({ path: `${SHOTS}/diagram-lesson-${id}.png` });
    }
    const big = bigDesign();
    await openFile(page, big);
    await fit(page);
    await expect(page.locator('.react-flow__node[data-id="alb1@pubB"]')).toBeVisible();
    const found = await check(page, 'big design without layout', big);
    // ~30 resources over two AZs at 1440x900, side panels open: 11.2 px measured.
    expect(found.smallestName, 'big design: name size at fit (px)').toBeGreaterThanOrEqual(11);
    await page.screenshot({ path: `${SHOTS}/diagram-big-no-layout.png` });
  });

  test('network details shows the plumbing as nodes; dark and Korean screenshots', async ({ page }) => {
    test.setTimeout(180_000);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('/');
    await openFromWelcome(page, 'template-two-tier-web-app');
    await fit(page);
    await expect(page.locator('.resource-node[data-type="route-table"]')).toHaveCount(0);
    await expect(page.locator('.chip-route-table').first()).toBeVisible();
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+N');
    await expect(page.locator('.resource-node[data-type="route-table"]')).toHaveCount(4);
    await expect(page.locator('.react-flow__edge.detail-route-table')).toHaveCount(6);
    await expect(page.locator('.react-flow__edge.detail-security-group').first()).toBeAttached();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${SHOTS}/diagram-two-tier-web-app-network-details.png` });
    await page.keyboard.press('Shift+N');
    await expect(page.locator('.resource-node[data-type="route-table"]')).toHaveCount(0);

    await page.getByTestId('theme-toggle').click();
    for (const { id } of bundled('assets/templates')) {
      await openFromWelcome(page, `template-${id}`);
      await fit(page);
      await page.screenshot({ path: `${SHOTS}/diagram-${id}-dark.png` });
    }
    await page.getByTestId('theme-toggle').click();
    await page.getByTestId('locale-select').selectOption('ko');
    for (const { id, design } of bundled('assets/templates')) {
      await openFromWelcome(page, `template-${id}`);
      await fit(page);
      await check(page, `template ${id} (ko)`, design);
      await page.screenshot({ path: `${SHOTS}/diagram-${id}-ko.png` });
    }
  });

  test('dragging a new connection says what dropping it would do', async ({ page }) => {
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('/');
    await openFromWelcome(page, 'template-two-tier-web-app');
    await fit(page);
    const handle = (id: string, kind: 'source' | 'target') =>
      page.locator(`.react-flow__node[data-id="${id}"] .react-flow__handle.${kind}`);
    const centre = async (id: string, kind: 'source' | 'target') => {
      const box = await handle(id, kind).boundingBox();
      if (!box) throw new Error(`no ${kind} handle on ${id}`);
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const preview = page.getByTestId('connection-preview');
    const from = await centre('web', 'source');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    // Onto the database the service already talks to: refused, and why.
    const db = await centre('db1', 'target');
    await page.mouse.move(db.x, db.y, { steps: 8 });
    await expect(preview).toContainText('refused: These two resources are already connected');
    // Onto the NAT gateway: a new connection, its port from the target.
    const nat = await centre('natA', 'target');
    await page.mouse.move(nat.x, nat.y, { steps: 8 });
    await expect(preview).toContainText('new connection');
    await page.screenshot({ path: `${SHOTS}/diagram-connection-preview.png` });
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await page.mouse.up();
  });

  test('the shapes of one resource in several subnets read as one', async ({ page }) => {
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('/');
    await openFromWelcome(page, 'template-two-tier-web-app');
    await fit(page);
    const home = page.locator('.react-flow__node[data-id="alb1"]');
    const replica = page.locator('.react-flow__node[data-id="alb1@pubB"]');
    await expect(home.getByTestId('replica-badge')).toHaveText('1/2');
    await expect(replica.getByTestId('replica-badge')).toHaveText('2/2');
    // A one-subnet resource carries no badge.
    await expect(page.locator('.react-flow__node[data-id="natA"]').getByTestId('replica-badge')).toHaveCount(
      0,
    );
    await home.locator('.resource-icon').hover();
    await expect(replica.locator('.resource-node')).toHaveClass(/replica-hover/);
    await expect(page.locator('.react-flow__node[data-id="web@appB"] .resource-node')).not.toHaveClass(
      /replica-hover/,
    );
    await page.screenshot({ path: `${SHOTS}/diagram-replica-hover.png` });
  });
});

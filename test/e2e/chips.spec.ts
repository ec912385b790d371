// Attachment chips as gestures (renderer/canvas/chipDrag.tsx): a route table chip dragged from
// one subnet's header onto another subnet associates it there; a security group chip dragged
// from one resource onto another attaches the group. One undo restores the design.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

const OUT = process.env.SKYPLAN_E2E_OUT ?? 'test-results';

async function openTwoTier(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page.getByTestId('template-two-tier-web-app').click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

/** Presses on `chip`, moves in steps to `to` (a point inside the target), leaves it held. */
async function dragTo(page: Page, chip: Locator, to: { x: number; y: number }): Promise<void> {
  const from = (await chip.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
}

const subnet = (page: Page, id: string) => page.getByTestId(`container-${id}`);
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

test.describe('attachment chips', () => {
  test('a route table chip dropped on another subnet associates it; undo restores', async ({ page }) => {
    await openTwoTier(page);
    const chip = subnet(page, 'pubA').locator('[data-chip="rtPublic"]');
    await expect(chip).toBeVisible();
    await expect(subnet(page, 'appA').locator('[data-testid="chip-route-table"]')).toHaveAttribute(
      'data-chip',
      'rtAppA',
    );
    await expect(subnet(page, 'appA').getByTestId('subnet-kind')).toHaveText('Private');
    const header = (await subnet(page, 'appA').locator('.container-header').boundingBox())!;
    await dragTo(page, chip, { x: header.x + header.width / 2, y: header.y + header.height / 2 });
    // While held: a copy of the chip follows the pointer and the target subnet is outlined.
    await expect(page.locator('.chip-ghost')).toBeVisible();
    await expect(node(page, 'appA')).toHaveClass(/chip-drop-target/);
    await page.screenshot({ path: `${OUT}/chips-drag-route-table.png` });
    await page.mouse.up();

    await expect(page.locator('.chip-ghost')).toHaveCount(0);
    await expect(subnet(page, 'appA').locator('[data-testid="chip-route-table"]')).toHaveAttribute(
      'data-chip',
      'rtPublic',
    );
    // The engine sees it: the App subnet now routes to the internet gateway, so it is public.
    await expect(subnet(page, 'appA').getByTestId('subnet-kind')).toHaveText('Public');
    // The Problems panel reads the new association: App routes A is now used by no subnet.
    await expect(page.getByTestId('problems')).toContainText('route-table-unassociated');
    // The drop did not move the pubA subnet nor select anything on the way.
    await expect(subnet(page, 'pubA').locator('[data-chip="rtPublic"]')).toBeVisible();
    await page.screenshot({ path: `${OUT}/chips-after-route-table.png` });

    await page.keyboard.press('Control+z');
    await expect(subnet(page, 'appA').locator('[data-testid="chip-route-table"]')).toHaveAttribute(
      'data-chip',
      'rtAppA',
    );
    await expect(subnet(page, 'appA').getByTestId('subnet-kind')).toHaveText('Private');
    await expect(page.getByTestId('problems-empty')).toBeVisible();
  });

  test('a security group chip dropped on another resource attaches it', async ({ page }) => {
    await openTwoTier(page);
    const chip = node(page, 'alb1').locator('[data-chip="sgAlb"]');
    await expect(node(page, 'db1').locator('[data-chip="sgAlb"]')).toHaveCount(0);
    const target = (await node(page, 'db1').locator('.resource-icon').boundingBox())!;
    await dragTo(page, chip, { x: target.x + target.width / 2, y: target.y + target.height / 2 });
    await expect(node(page, 'db1')).toHaveClass(/chip-drop-target/);
    await page.mouse.up();
    await expect(node(page, 'db1').locator('[data-chip="sgAlb"]')).toBeVisible();
    await expect(node(page, 'db1').locator('[data-chip="sgDb"]')).toBeVisible();
    // The inspector of the database lists both groups.
    await node(page, 'db1').locator('.resource-icon').click();
    await expect(page.getByTestId('inspector')).toContainText('sgAlb');
    await page.screenshot({ path: `${OUT}/chips-after-security-group.png` });
  });

  test('a security group dropped from the palette on a resource is attached to it', async ({ page }) => {
    await openTwoTier(page);
    await expect(node(page, 'db1').locator('[data-testid="chip-security-group"]')).toHaveCount(1);
    await page.getByTestId('palette-security-group').dragTo(node(page, 'db1').locator('.resource-icon'));
    await expect(node(page, 'db1').locator('[data-testid="chip-security-group"]')).toHaveCount(2);
    // Added and attached is one history entry.
    await page.keyboard.press('Control+z');
    await expect(node(page, 'db1').locator('[data-testid="chip-security-group"]')).toHaveCount(1);
  });

  test('a chip dropped where it makes no sense shows why, and changes nothing', async ({ page }) => {
    await openTwoTier(page);
    // pubB already uses the public route table: the editor refuses, the toast says so.
    const chip = subnet(page, 'pubA').locator('[data-chip="rtPublic"]');
    const header = (await subnet(page, 'pubB').locator('.container-header').boundingBox())!;
    await dragTo(page, chip, { x: header.x + header.width / 2, y: header.y + header.height / 2 });
    await page.mouse.up();
    await expect(page.locator('.toast')).toContainText(/already/i);
    await expect(subnet(page, 'pubB').locator('[data-testid="chip-route-table"]')).toHaveAttribute(
      'data-chip',
      'rtPublic',
    );
  });
});

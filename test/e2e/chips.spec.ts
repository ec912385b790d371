// Attachment chips as gestures (renderer/canvas/chipDrag.tsx): a route table chip dragged from
// one subnet's header onto another subnet associates it there, onto a gateway adds the route it
// means; a security group chip dragged from one resource onto another attaches the group; a
// subnet dragged onto another subnet's table chip is associated with that table
// (renderer/canvas/subnetChipDrop.ts). While held, a hint says what letting go does; Esc
// cancels; one undo restores the design.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

const OUT = process.env.SKYPLAN_E2E_OUT ?? 'test-results';

async function openTwoTier(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page.getByTestId('template-two-tier-web-app').click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

/** The box of `locator` once it stops moving (the view fits and lays out after opening). */
async function stableBox(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  let last = await locator.boundingBox();
  for (let i = 0; i < 20; i++) {
    await locator.page().waitForTimeout(150);
    const now = await locator.boundingBox();
    if (now && last && now.x === last.x && now.y === last.y && now.width === last.width) return now;
    last = now;
  }
  return last!;
}

/** Presses on `chip`, moves in steps to `to` (a point inside the target), leaves it held. */
async function dragTo(page: Page, chip: Locator, to: { x: number; y: number }): Promise<void> {
  const from = await stableBox(chip);
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

const hint = (page: Page) => page.getByTestId('drop-hint');
const tableOf = (page: Page, id: string) => subnet(page, id).locator('[data-testid="chip-route-table"]');

/** The centre of a locator's box. */
async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await stableBox(locator);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test.describe('a route table chip dropped on a gateway', () => {
  test('adds the route it means, never a traffic edge; the hint says so first; undo removes it', async ({
    page,
  }) => {
    await openTwoTier(page);
    const edges = await page.locator('.react-flow__edge').count();
    // The data subnets use the main table, which has no route out yet.
    await dragTo(page, tableOf(page, 'dataA'), await centre(node(page, 'natA').locator('.resource-icon')));
    await expect(node(page, 'natA')).toHaveClass(/chip-drop-target/);
    await expect(hint(page)).toContainText('Add route 0.0.0.0/0 → NAT A');
    await expect(hint(page)).toContainText('Esc cancels');
    await page.screenshot({ path: `${OUT}/chips-drag-route-to-nat.png` });
    await page.mouse.up();
    await expect(hint(page)).toHaveCount(0);
    // The chip lists the table's routes (both data subnets share the main table).
    await expect(tableOf(page, 'dataB')).toHaveAttribute('title', /0\.0\.0\.0\/0 → NAT A/);
    await expect(page.locator('.react-flow__edge')).toHaveCount(edges);
    await page.screenshot({ path: `${OUT}/chips-after-route-to-nat.png` });
    await page.keyboard.press('Control+z');
    await expect(tableOf(page, 'dataB')).not.toHaveAttribute('title', /0\.0\.0\.0\/0/);
  });

  test('replaces a default route to another gateway as one undoable edit', async ({ page }) => {
    await openTwoTier(page);
    await dragTo(page, tableOf(page, 'appA'), await centre(node(page, 'igw1').locator('.resource-icon')));
    await expect(hint(page)).toContainText('Route 0.0.0.0/0 to Internet gateway instead of NAT A');
    await page.screenshot({ path: `${OUT}/chips-drag-replace-route.png` });
    await page.mouse.up();
    // The engine reads it: App A now routes to the internet gateway, so it is public.
    await expect(subnet(page, 'appA').getByTestId('subnet-kind')).toHaveText('Public');
    await page.keyboard.press('Control+z');
    await expect(subnet(page, 'appA').getByTestId('subnet-kind')).toHaveText('Private');
  });

  test('a route already there is refused before and after the drop, in the same words', async ({ page }) => {
    await openTwoTier(page);
    // In dark mode, so the screenshot shows the refused hint there too.
    await page.getByTestId('theme-toggle').click();
    await dragTo(page, tableOf(page, 'pubA'), await centre(node(page, 'igw1').locator('.resource-icon')));
    await expect(hint(page)).toHaveClass(/refused/);
    await expect(hint(page)).toContainText('already sends 0.0.0.0/0 to Internet gateway');
    await page.screenshot({ path: `${OUT}/chips-drag-route-refused-dark.png` });
    await page.mouse.up();
    await expect(page.locator('.toast')).toContainText('nothing to add');
  });

  test('the hint speaks Korean in a Korean session', async ({ page }) => {
    await openTwoTier(page);
    await page.getByTestId('locale-select').selectOption('ko');
    await dragTo(page, tableOf(page, 'appB'), await centre(node(page, 'natA').locator('.resource-icon')));
    await expect(hint(page)).toContainText('0.0.0.0/0 경로를 NAT B 대신 NAT A(으)로 변경');
    await expect(hint(page)).toContainText('Esc로 취소');
    await page.screenshot({ path: `${OUT}/chips-drag-route-ko.png` });
    await page.mouse.up();
    await expect(subnet(page, 'appB').locator('[data-chip="rtAppB"]')).toHaveAttribute(
      'title',
      /0\.0\.0\.0\/0 → NAT A/,
    );
  });

  test('Esc cancels the drag: nothing changes', async ({ page }) => {
    await openTwoTier(page);
    await dragTo(page, tableOf(page, 'dataA'), await centre(node(page, 'natA').locator('.resource-icon')));
    await expect(hint(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(hint(page)).toHaveCount(0);
    await expect(page.locator('.chip-ghost')).toHaveCount(0);
    await page.mouse.up();
    await expect(page.getByRole('button', { name: /undo/i }).first()).toBeDisabled();
  });
});

test.describe('a subnet dropped on another subnet’s table chip', () => {
  /** Presses on the header of subnet `id` and moves, in steps, to `to`; leaves it held. */
  async function dragSubnet(page: Page, id: string, to: { x: number; y: number }): Promise<void> {
    const header = await stableBox(subnet(page, id).locator('.container-header'));
    await page.mouse.move(header.x + header.width - 12, header.y + header.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 15 });
  }

  test('uses that table and stays where it was; undo restores its own table', async ({ page }) => {
    await openTwoTier(page);
    const before = await stableBox(node(page, 'appB'));
    await dragSubnet(page, 'appB', await centre(tableOf(page, 'appA')));
    await expect(tableOf(page, 'appA')).toHaveClass(/chip-drop-target/);
    await expect(hint(page)).toContainText('Associate App B with App routes A');
    await page.screenshot({ path: `${OUT}/chips-drag-subnet-onto-chip.png` });
    const chipBox = (await tableOf(page, 'appA').boundingBox())!;
    await page.screenshot({
      path: `${OUT}/chips-drag-subnet-onto-chip-detail.png`,
      clip: { x: chipBox.x - 160, y: chipBox.y - 60, width: 480, height: 200 },
    });
    await page.mouse.up();
    await expect(hint(page)).toHaveCount(0);
    await expect(tableOf(page, 'appB')).toHaveAttribute('data-chip', 'rtAppA');
    const after = (await node(page, 'appB').boundingBox())!;
    expect(Math.abs(after.x - before.x) + Math.abs(after.y - before.y)).toBeLessThan(2);
    await page.screenshot({ path: `${OUT}/chips-after-subnet-onto-chip.png` });
    // rtAppB is used by no subnet now.
    await expect(page.getByTestId('problems')).toContainText('route-table-unassociated');
    await page.keyboard.press('Control+z');
    await expect(tableOf(page, 'appB')).toHaveAttribute('data-chip', 'rtAppB');
    await expect(page.getByTestId('problems-empty')).toBeVisible();
  });

  test('Esc cancels: the subnet goes back and keeps its table', async ({ page }) => {
    await openTwoTier(page);
    const before = await stableBox(node(page, 'appB'));
    await dragSubnet(page, 'appB', await centre(tableOf(page, 'appA')));
    await expect(hint(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(hint(page)).toHaveCount(0);
    await page.mouse.up();
    await expect(tableOf(page, 'appB')).toHaveAttribute('data-chip', 'rtAppB');
    const after = (await node(page, 'appB').boundingBox())!;
    expect(Math.abs(after.x - before.x) + Math.abs(after.y - before.y)).toBeLessThan(2);
  });
});

test('network details: a route table node dropped on a gateway adds the route, not a move', async ({
  page,
}) => {
  await openTwoTier(page);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+N');
  const table = node(page, 'rtData');
  await expect(table).toBeVisible();
  const routeLinks = page.locator('.react-flow__edge.detail-route');
  const links = await routeLinks.count();
  const edges = await page.locator('.react-flow__edge:not(.detail-link)').count();
  const before = await stableBox(table);
  const from = await centre(table.locator('.resource-icon'));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(
    ...(Object.values(await centre(node(page, 'natB').locator('.resource-icon'))) as [number, number]),
    {
      steps: 15,
    },
  );
  await page.mouse.up();
  // One more route → target link (Data routes → NAT B), no traffic edge, the table back in place.
  await expect(routeLinks).toHaveCount(links + 1);
  await expect(page.locator('.react-flow__edge:not(.detail-link)')).toHaveCount(edges);
  const after = await stableBox(table);
  expect(Math.abs(after.x - before.x) + Math.abs(after.y - before.y)).toBeLessThan(2);
  await page.screenshot({ path: `${OUT}/chips-after-details-route.png` });
  await page.keyboard.press('Control+z');
  await expect(routeLinks).toHaveCount(links);
});

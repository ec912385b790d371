// The canvas as a person uses it: drag from the palette, connect, edit in the inspector, read
// the problems, undo and redo, switch language. Screenshots go to test-results/screenshots/.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { viewSettled } from './diagram-facts';
import { startEmpty } from './start';

const SHOTS = 'test-results/screenshots';

/** Drags a palette item and drops it at (x, y) relative to the canvas's top-left corner. */
async function drop(page: Page, type: string, x: number, y: number) {
  await page.getByTestId(`palette-${type}`).dragTo(page.getByTestId('canvas'), { targetPosition: { x, y } });
}

function node(page: Page, id: string) {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

/**
 * The on-screen boxes of these nodes, read in one frame once the view has stopped moving. Fit
 * (F) animates the view: two boxes read one after the other mid-animation belong to two
 * different zooms, which once put a copy 28 px short of its original's right edge.
 */
async function settledBoxes(page: Page, ids: string[]) {
  await viewSettled(page);
  return page.evaluate(
    (nodeIds) =>
      nodeIds.map((id) => {
        const rect = document.querySelector(`.react-flow__node[data-id="${id}"]`)?.getBoundingClientRect();
        return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
      }),
    ids,
  );
}

/**
 * Waits until the inspector shows this resource. It follows the selection a render late
 * (Inspector.tsx): a field used the moment after a click can still be the previous resource's,
 * and on a busy machine a route table once went to the subnet selected before.
 */
async function inspecting(page: Page, id: string) {
  await expect(page.getByTestId('inspector').locator('.inspector-head code')).toHaveText(id);
}

/** Clicks a container by its header (its middle may hold other nodes), then waits for its inspector. */
async function selectContainer(page: Page, id: string) {
  await node(page, id).locator('.container-header').click();
  await inspecting(page, id);
}

async function errorCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('problem-count').getAttribute('data-errors'));
}

async function connect(page: Page, from: string, to: string) {
  const source = node(page, from).locator('.react-flow__handle.source');
  const target = node(page, to).locator('.react-flow__handle.target');
  const a = await source.boundingBox();
  const b = await target.boundingBox();
  if (!a || !b) throw new Error('handles not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
}

test.describe('canvas', () => {
  test('the page loads with the canvas and the palette', async ({ page }) => {
    await startEmpty(page);
    await expect(page.locator('.react-flow')).toBeVisible();
    await expect(page.getByTestId('palette')).toBeVisible();
    await expect(page.getByTestId('palette-vpc')).toBeVisible();
    await expect(page.getByTestId('problem-count')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/canvas-empty.png` });
  });

  test('a refused drop says why', async ({ page }) => {
    await startEmpty(page);
    await drop(page, 'nat-gateway', 400, 300);
    await expect(page.getByRole('alert').filter({ hasText: 'NAT gateway cannot be placed' })).toBeVisible();
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await drop(page, 'subnet', 400, 300);
    await expect(page.getByRole('alert').filter({ hasText: 'Subnet cannot be placed' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/canvas-refused-drop.png` });
  });

  test('build a two-subnet VPC, find the broken route, fix it, undo and redo', async ({ page }) => {
    await startEmpty(page);
    await drop(page, 'vpc', 400, 280);
    await expect(node(page, 'vpc1')).toBeVisible();
    await drop(page, 'subnet', 210, 190);
    await drop(page, 'subnet', 590, 190);
    await expect(node(page, 'subnet1')).toBeVisible();
    await expect(node(page, 'subnet2')).toBeVisible();

    // The second subnet got the next free CIDR (10.0.1.0/24); the inspector checks a typed range.
    await selectContainer(page, 'subnet2');
    const cidr = page.getByTestId('inspector').getByTestId('field-cidr');
    await cidr.fill('10.0.2.7/24');
    await expect(page.getByTestId('inspector').getByRole('alert')).toContainText('10.0.2.0/24');
    await cidr.fill('10.0.2.0/24');
    await cidr.press('Enter');
    await expect(node(page, 'subnet2')).toContainText('10.0.2.0/24');

    await drop(page, 'internet-gateway', 400, 440);
    await drop(page, 'nat-gateway', 210, 220);
    await drop(page, 'ec2-instance', 590, 220);
    await drop(page, 'internet', 830, 300);
    await expect(node(page, 'nat1')).toBeVisible();
    await expect(node(page, 'ec21')).toBeVisible();
    await expect(node(page, 'internet1')).toBeVisible();
    // Containment follows the drop point.
    await expect(node(page, 'nat1')).toHaveAttribute('data-id', 'nat1');

    // The NAT gateway sits in a subnet with no internet route: the engine says so on the node.
    await expect(node(page, 'nat1').getByTestId('badge-error')).toBeVisible();

    const before = await errorCount(page);
    await connect(page, 'ec21', 'internet1');
    await expect(page.locator('.react-flow__edge')).toHaveCount(1);
    await expect(page.locator('.react-flow__edge-text')).toHaveText('tcp/443');
    await expect.poll(() => errorCount(page)).toBeGreaterThan(before);
    await expect(node(page, 'subnet2').getByTestId('badge-error')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/canvas-broken.png` });

    // Fix: a public route table (0.0.0.0/0 -> internet gateway) for subnet1, and a private
    // one (0.0.0.0/0 -> NAT gateway) for subnet2, made with the route-table editor.
    await drop(page, 'route-table', 250, 470);
    await inspecting(page, 'rt1');
    await page.getByTestId('route-add').click();
    await expect(page.getByTestId('route-row')).toHaveCount(1);
    await expect(page.getByTestId('route-row').getByRole('combobox')).toHaveValue('igw1');
    await drop(page, 'route-table', 560, 470);
    await inspecting(page, 'rt2');
    await page.getByTestId('route-add').click();
    await page.getByTestId('route-row').getByRole('combobox').selectOption('nat1');

    await selectContainer(page, 'subnet1');
    await page.getByTestId('inspector').getByTestId('field-routeTable').selectOption('rt1');
    await expect(node(page, 'subnet1').getByTestId('subnet-kind')).toHaveText('Public');
    await selectContainer(page, 'subnet2');
    await page.getByTestId('inspector').getByTestId('field-routeTable').selectOption('rt2');
    await expect(node(page, 'subnet2').getByTestId('subnet-kind')).toHaveText('Private');

    await expect.poll(() => errorCount(page)).toBe(0);
    await expect(page.locator('[data-testid="badge-error"]')).toHaveCount(0);
    await page.locator('.react-flow__pane').click({ position: { x: 860, y: 30 } });
    await page.screenshot({ path: `${SHOTS}/canvas-fixed.png` });

    // Undo the last association: the problem comes back; redo: gone again.
    await page.keyboard.press('Control+z');
    await expect.poll(() => errorCount(page)).toBeGreaterThan(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => errorCount(page)).toBe(0);

    // Korean: the palette and the subnet tags speak Korean.
    await page.getByTestId('locale-select').selectOption('ko');
    await expect(page.getByTestId('palette-internet-gateway')).toContainText('인터넷 게이트웨이');
    await expect(node(page, 'subnet1').getByTestId('subnet-kind')).toHaveText('퍼블릭');
    await page.getByTestId('theme-toggle').click();
    await page.screenshot({ path: `${SHOTS}/canvas-korean-dark.png` });
  });
});

test.describe('editing', () => {
  test('duplicate, copy and paste, delete with children, re-parent by dragging, undo', async ({ page }) => {
    await startEmpty(page);
    await drop(page, 'vpc', 400, 280);
    await drop(page, 'subnet', 210, 190);
    await drop(page, 'subnet', 590, 190);
    await drop(page, 'ec2-instance', 210, 220);
    await expect(node(page, 'ec21')).toBeVisible();

    // Ctrl+D duplicates the selected instance into the same subnet, with a fresh id.
    await node(page, 'ec21').click();
    await page.keyboard.press('Control+d');
    await expect(node(page, 'ec22')).toBeVisible();
    await expect(page.getByTestId('inspector')).toContainText('Subnet: Subnet A');

    // Copy a whole subnet and paste it: the copy holds copies of its instances.
    await selectContainer(page, 'subnet1');
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect(node(page, 'subnet3')).toBeVisible();
    await expect(node(page, 'ec23')).toBeVisible();
    await expect(node(page, 'ec24')).toBeVisible();

    // Shortcuts do not fire while typing: Ctrl+A in a field selects its text, not the canvas.
    await page.getByTestId('inspector').getByTestId('field-name').click();
    await page.keyboard.press('Control+a');
    await expect(page.getByTestId('inspector')).not.toContainText('items selected');

    // Deleting a subnet with instances asks first (in the app's own dialog), then removes them all.
    await selectContainer(page, 'subnet3');
    await page.keyboard.press('Delete');
    await page.getByTestId('app-confirm-ok').click();
    await expect(node(page, 'subnet3')).toHaveCount(0);
    await expect(node(page, 'ec23')).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(node(page, 'subnet3')).toBeVisible();
    await expect(node(page, 'ec23')).toBeVisible();
    // Redo (Ctrl+Y) deletes it again, which also clears the pasted copy off subnet1.
    await page.keyboard.press('Control+y');
    await expect(node(page, 'subnet3')).toHaveCount(0);

    // Drag the first instance into subnet2: it moves in (one undo entry brings it back).
    const from = await node(page, 'ec21').boundingBox();
    const into = await node(page, 'subnet2').boundingBox();
    if (!from || !into) throw new Error('nodes not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(into.x + into.width / 2, into.y + into.height / 2, { steps: 12 });
    await page.mouse.up();
    await expect(page.getByTestId('inspector')).toContainText('Subnet: Subnet B');
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('inspector')).toContainText('Subnet: Subnet A');

    // A subnet dragged out of its VPC goes back, with the reason.
    const subnet = await node(page, 'subnet2').locator('.container-header').boundingBox();
    if (!subnet) throw new Error('subnet not on screen');
    await page.mouse.move(subnet.x + 40, subnet.y + 10);
    await page.mouse.down();
    await page.mouse.move(subnet.x + 40, subnet.y + 600, { steps: 12 });
    await page.mouse.up();
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: 'Subnet cannot be placed on the canvas itself, so it went back' }),
    ).toBeVisible();
    await expect(page.getByTestId('inspector')).toContainText('VPC: vpc1');

    // Ctrl+A selects everything; Shift+click adds to a selection.
    await page.locator('.react-flow__pane').click({ position: { x: 860, y: 30 } });
    await page.keyboard.press('Control+a');
    await expect(page.getByTestId('inspector')).toContainText('items selected');
    await page.keyboard.press('Escape');
    await page.locator('.react-flow__pane').click({ position: { x: 860, y: 30 } });
    // The drag towards the bottom edge auto-pans the view by a load-dependent amount, and only
    // shapes in view are rendered: fit the view so the instances are on screen again.
    await page.keyboard.press('F');
    await expect(node(page, 'ec21')).toBeVisible();
    // The duplicate sits beside the original, not on top of it: both can be clicked anywhere.
    const [original, copy] = await settledBoxes(page, ['ec21', 'ec22']);
    if (!original || !copy) throw new Error('instances not on screen');
    expect(copy.x).toBeGreaterThanOrEqual(original.x + original.width);
    await node(page, 'ec21').click();
    await node(page, 'ec22').click({ modifiers: ['Shift'] });
    await expect(page.getByTestId('inspector')).toContainText('2 items selected');
    await page.screenshot({ path: `${SHOTS}/canvas-editing.png` });
  });

  test('the inspector follows quick clicks and ends on the last one', async ({ page }) => {
    await startEmpty(page);
    await drop(page, 'vpc', 400, 280);
    await drop(page, 'subnet', 210, 190);
    await drop(page, 'ec2-instance', 210, 220);
    await expect(node(page, 'ec21')).toBeVisible();
    await node(page, 'ec21').click();
    await page.keyboard.press('Control+d');
    await expect(node(page, 'ec22')).toBeVisible();
    await page.keyboard.press('F');
    const inspected = page.getByTestId('inspector').locator('.inspector-head code');
    // The inspector mounts a click later than the outline (Inspector.tsx): a run of clicks with
    // no wait between them must still leave it on the last shape, never on an earlier one.
    for (const [first, last] of [
      ['ec21', 'ec22'],
      ['ec22', 'ec21'],
    ] as const) {
      await node(page, first).click();
      await node(page, last).click();
      await expect(node(page, last)).toHaveClass(/selected/);
      await expect(node(page, first)).not.toHaveClass(/selected/);
      await expect(inspected).toHaveText(last);
    }
    // A click on the empty pane empties it.
    await page.locator('.react-flow__pane').click({ position: { x: 860, y: 30 } });
    await expect(page.getByTestId('inspector')).toContainText('Select a resource or connection to edit it.');
  });

  test('resizing a container is one undo step', async ({ page }) => {
    await startEmpty(page);
    await drop(page, 'vpc', 400, 280);
    await selectContainer(page, 'vpc1');
    const before = await node(page, 'vpc1').boundingBox();
    // The top-right handle: the bottom corners sit under the MiniMap and the zoom controls.
    const handle = node(page, 'vpc1').locator('.react-flow__resize-control.handle.top.right');
    const box = await handle.boundingBox();
    if (!before || !box) throw new Error('no resize handle');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x - 100, box.y + 80, { steps: 10 });
    await page.mouse.up();
    const after = await node(page, 'vpc1').boundingBox();
    expect(after?.width).toBeLessThan(before.width - 50);
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await node(page, 'vpc1').boundingBox())?.width)
      .toBeCloseTo(before.width, 0);
    // The undo before that removes the VPC itself: the resize was a single entry.
    await page.keyboard.press('Control+z');
    await expect(node(page, 'vpc1')).toHaveCount(0);
  });
});

test.describe('dragging shapes', () => {
  const top = async (page: Page, id: string) => (await node(page, id).boundingBox())?.y ?? NaN;
  const left = async (page: Page, id: string) => (await node(page, id).boundingBox())?.x ?? NaN;
  const line = (page: Page, id: string) => page.locator(`.react-flow__edge[data-id="${id}"] path`).first();

  test('shapes and lines follow the pointer; the drop is one edit; a cancelled drop goes back', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByTestId('template-two-tier-web-app').click();
    await expect(page.getByTestId('welcome')).toBeHidden();
    await page.keyboard.press('F');
    await expect(node(page, 'web')).toBeVisible();

    // The service moves while the pointer moves, and its connection to the database with it.
    const web = (await node(page, 'web').boundingBox())!;
    const before = await line(page, 'c3').getAttribute('d');
    await page.mouse.move(web.x + web.width / 2, web.y + web.height / 2);
    await page.mouse.down();
    await page.mouse.move(web.x + web.width / 2 + 60, web.y + web.height / 2, { steps: 6 });
    await expect.poll(() => left(page, 'web')).toBeGreaterThan(web.x + 30);
    await expect.poll(() => line(page, 'c3').getAttribute('d')).not.toBe(before);
    await page.mouse.up();
    await page.waitForTimeout(200);
    expect(await left(page, 'web')).toBeGreaterThan(web.x + 30);
    // One undo entry puts it back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => left(page, 'web')).toBeCloseTo(web.x, 0);

    // A subnet takes what it holds along; Esc cancels and, at the release, both go back.
    const subnet = (await node(page, 'appA').locator('.container-header').boundingBox())!;
    const subnetTop = await top(page, 'appA');
    const webTop = await top(page, 'web');
    await page.mouse.move(subnet.x + 40, subnet.y + subnet.height / 2);
    await page.mouse.down();
    await page.mouse.move(subnet.x + 40, subnet.y + subnet.height / 2 + 40, { steps: 5 });
    await expect.poll(() => top(page, 'web')).toBeGreaterThan(webTop + 20);
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await expect.poll(() => top(page, 'appA')).toBeCloseTo(subnetTop, 0);
    await expect.poll(() => top(page, 'web')).toBeCloseTo(webTop, 0);
  });
});

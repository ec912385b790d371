// The headless editor behind the canvas gestures: new subnets get the next free CIDR and
// alternate AZs, a load balancer dropped in a subnet is placed there (inspector "Placed in" and
// "Subnets" agree), and the undo label is stored as a key, so it follows the language.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startEmpty } from './start';

const SHOTS = 'test-results/screenshots';

async function drop(page: Page, type: string, x: number, y: number) {
  await page.getByTestId(`palette-${type}`).dragTo(page.getByTestId('canvas'), { targetPosition: { x, y } });
}

function node(page: Page, id: string) {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

test('subnet defaults, placement in a subnet, and an undo label that follows the language', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await startEmpty(page);
  await drop(page, 'vpc', 400, 280);
  await drop(page, 'subnet', 210, 190);
  await drop(page, 'subnet', 590, 190);
  await expect(node(page, 'subnet1')).toContainText('10.0.0.0/24');
  await expect(node(page, 'subnet2')).toContainText('10.0.1.0/24');
  await expect(node(page, 'subnet1')).toContainText('Subnet A');
  await expect(node(page, 'subnet2')).toContainText('Subnet B');

  await drop(page, 'alb', 210, 220);
  await expect(node(page, 'alb1')).toBeVisible();
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toContainText('Subnet: Subnet A');
  const subnets = inspector.getByTestId('field-subnets');
  await expect(subnets.getByRole('checkbox', { name: /subnet1/ })).toBeChecked();
  await expect(subnets.getByRole('checkbox', { name: /subnet2/ })).not.toBeChecked();

  // Ticking the second subnet in the inspector draws the load balancer there too.
  await subnets.getByRole('checkbox', { name: /subnet2/ }).check();
  await expect(node(page, 'alb1@subnet2')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/editor-alb-two-subnets.png` });

  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toHaveAttribute('title', /Subnets/);
  await page.getByTestId('locale-select').selectOption('ko');
  await expect(page.getByRole('button', { name: '실행 취소' })).toHaveAttribute('title', /서브넷/);
  await page.getByTestId('locale-select').selectOption('en');

  // Undo takes the second placement back, replica shape and all.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(node(page, 'alb1@subnet2')).toHaveCount(0);
});

async function dragNode(page: Page, id: string, into: string, options: { alt?: boolean } = {}) {
  const from = await node(page, id).boundingBox();
  const to = await node(page, into).boundingBox();
  if (!from || !to) throw new Error('nodes not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  if (options.alt) await page.keyboard.down('Alt');
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + 20, { steps: 12 });
  await page.mouse.up();
  if (options.alt) await page.keyboard.up('Alt');
}

test('dragging an ECS service moves it to another subnet; with Alt it extends there', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await startEmpty(page);
  await drop(page, 'vpc', 400, 280);
  await drop(page, 'subnet', 210, 190);
  await drop(page, 'subnet', 590, 190);
  await drop(page, 'ecs-service', 210, 220);
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toContainText('Subnet: Subnet A');

  await dragNode(page, 'ecs1', 'subnet2', { alt: true });
  await expect(node(page, 'ecs1@subnet2')).toBeVisible();
  await node(page, 'ecs1').click();
  await expect(inspector).toContainText('Subnet: Subnet A');
  const subnets = inspector.getByTestId('field-subnets');
  await expect(subnets.getByRole('checkbox', { name: /subnet2/ })).toBeChecked();
  await page.screenshot({ path: `${SHOTS}/editor-ecs-extended.png` });

  // Back to one subnet (undo), then a plain drag moves the service itself.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(node(page, 'ecs1@subnet2')).toHaveCount(0);
  await dragNode(page, 'ecs1', 'subnet2');
  await node(page, 'ecs1').click();
  await expect(inspector).toContainText('Subnet: Subnet B');
  await expect(subnets.getByRole('checkbox', { name: /subnet1/ })).not.toBeChecked();

  // Dragged onto the VPC outside every subnet: it goes back, and the toast says where it can go.
  const vpc = await node(page, 'vpc1').boundingBox();
  const ecs = await node(page, 'ecs1').boundingBox();
  if (!vpc || !ecs) throw new Error('nodes not on screen');
  await page.mouse.move(ecs.x + ecs.width / 2, ecs.y + ecs.height / 2);
  await page.mouse.down();
  await page.mouse.move(vpc.x + vpc.width / 2, vpc.y + vpc.height - 40, { steps: 12 });
  await page.mouse.up();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'ECS service goes inside a subnet. Put it in one of: Subnet A, Subnet B.' }),
  ).toBeVisible();
  await node(page, 'ecs1').click();
  await expect(inspector).toContainText('Subnet: Subnet B');
});

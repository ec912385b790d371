// Gaps left by the multi-VPC, IPv6, deploy and Korean work (issues 17, 18, 19), each checked
// where a person sees it: a subnet made in Korean is named in Korean; a service placed in the
// VPC shows its tasks on its home shape; a trace through a peering marks the peering; a
// dual-stack subnet's header shows its IPv6 block. Screenshots go to SKYPLAN_E2E_OUT/screenshots.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openFile } from './diagram-facts';
import { startEmpty } from './start';

const SHOTS = `${process.env.SKYPLAN_E2E_OUT ?? 'test-results'}/screenshots`;

async function openDesign(page: Page, text: string, shown: string) {
  await startEmpty(page);
  await openFile(page, text, 'gaps.skyplan.json');
  await expect(page.locator(`.react-flow__node[data-id="${shown}"]`).first()).toBeVisible();
}

test('an ECS service saved in the VPC shows its tasks under every shape during a deploy', async ({
  page,
}) => {
  const design = JSON.parse(readFileSync('assets/templates/ecs-rolling-update.skyplan.json', 'utf8')) as {
    resources: { id: string; parent?: string; props: Record<string, unknown> }[];
  };
  const svc = design.resources.find((r) => r.id === 'svc')!;
  svc.parent = 'vpc1';
  svc.props = { ...svc.props, minimumHealthyPercent: 50, maximumPercent: 200 };
  await openDesign(page, JSON.stringify(design), 'svc');
  await page.locator('[role="tab"][data-panel="deploy"]').click();
  await expect(page.getByTestId('deploy-panel')).toBeVisible();
  // Opening a file re-homes a multi-subnet service into its first subnet (shared/edit
  // normalizePlacement), so its home shape is in appA; whatever the home, no shape of the
  // service may be without its strip (renderer/deploy/canvasTasks.ts covers a home in the VPC).
  const shapes = page.locator('.resource-node[data-resource="svc"]');
  await expect(shapes).toHaveCount(2);
  await expect(page.locator('.resource-node[data-resource="svc"] [data-testid="canvas-tasks"]')).toHaveCount(
    2,
  );
  await page.getByTestId('deploy-forward').click();
  for (const subnet of ['appA', 'appB'])
    await expect(page.locator(`[data-testid="canvas-tasks"][data-subnet="${subnet}"]`)).toContainText(
      'old 1 · new 1',
    );
  await page.screenshot({ path: `${SHOTS}/gaps-deploy-vpc-home.png` });
});

test('a trace through a VPC peering marks the peering and its links as hops of the path', async ({
  page,
}) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/');
  await page.getByTestId('example-vpc-peering').click();
  await expect(page.getByTestId('welcome')).toBeHidden();
  const peering = page.locator('.react-flow__node[data-id="pcxAppData"] .resource-node');
  await expect(peering).not.toHaveClass(/sim-via/);
  await page.locator('[role="tab"][data-panel="simulation"]').click();
  await page.getByTestId('sim-connection').selectOption('cDb');
  await page.getByTestId('sim-trace').click();
  // Marked from the first step on, not only when the cursor reaches the peering hop.
  await expect(peering).toHaveClass(/sim-via/);
  await expect(page.locator('.react-flow__edge-path.sim-via-link')).toHaveCount(2);
  const forward = page.getByTestId('sim-forward');
  for (let i = 0; i < 40 && (await forward.isEnabled()); i++) await forward.click();
  await expect(page.getByTestId('sim-outcome')).toHaveClass(/ok/);
  await expect(peering).toHaveClass(/sim-via/);
  await page.screenshot({ path: `${SHOTS}/gaps-peering-trace.png` });
  // Another flow inside one VPC clears the mark.
  await page.getByTestId('sim-connection').selectOption('cWeb');
  await page.getByTestId('sim-trace').click();
  await expect(peering).not.toHaveClass(/sim-via/);
  await expect(page.locator('.react-flow__edge-path.sim-via-link')).toHaveCount(0);
});

test('a trace through a transit gateway marks the attachments, tables and gateway it crosses', async ({
  page,
}) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/');
  await page.getByTestId('example-transit-gateway-hub-spoke').click();
  await expect(page.getByTestId('welcome')).toBeHidden();
  await page.locator('[role="tab"][data-panel="simulation"]').click();
  await page.getByTestId('sim-connection').selectOption('cProdShared');
  await page.getByTestId('sim-trace').click();
  const marked = (id: string) => page.locator(`.resource-node.sim-via[data-resource="${id}"]`);
  for (const id of ['tgw', 'attProd', 'attShared']) await expect(marked(id).first()).toBeVisible();
  // Dev's attachment is not on the Prod → Shared path.
  await expect(marked('attDev')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge-path.sim-via-link').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/gaps-tgw-trace.png` });
});

test('a dual-stack subnet shows its IPv6 block in its header and inspector', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/');
  const welcomeNew = page.getByRole('button', { name: 'New empty design' });
  if (await welcomeNew.isVisible().catch(() => false)) await welcomeNew.click();
  await page.locator('[role="tab"][data-panel="lesson"]').click();
  await page.getByTestId('lesson-open-14-ipv6-egress-only').click();
  await expect(page.getByTestId('lesson-active')).toBeVisible();
  const header = page.getByTestId('container-privA').locator('.container-header');
  await expect(header.locator('.container-cidr').first()).toHaveText('10.0.10.0/24');
  await expect(header.getByTestId('container-ipv6')).toHaveText('2600:1f18:abcd:1210::/64');
  await expect(header).toHaveAttribute('title', /10\.0\.10\.0\/24 · 2600:1f18:abcd:1210::\/64/);
  // Select the subnet on an empty corner of its body (lines cross its header).
  const privA = page.getByTestId('container-privA');
  const body = (await privA.boundingBox())!;
  await privA.click({ position: { x: body.width - 16, y: body.height - 16 } });
  await page.locator('[role="tab"][data-panel="inspector"]').click();
  await expect(page.getByTestId('field-ipv6Cidr')).toHaveValue('2600:1f18:abcd:1210::/64');
  await page.screenshot({ path: `${SHOTS}/gaps-ipv6-header.png` });
});

test('a dual-stack subnet shows its IPv6 block beside its IPv4 CIDR; a narrow one keeps the IPv4 whole', async ({
  page,
}) => {
  const design = {
    format: 'skyplan',
    version: 1,
    name: 'Dual stack',
    region: 'us-east-1',
    resources: [
      { id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16', ipv6Cidr: '2600:1f18:abcd:1200::/56' } },
      {
        id: 'wide',
        type: 'subnet',
        parent: 'vpc1',
        name: 'Wide',
        props: { cidr: '10.0.1.0/24', az: 'a', ipv6Cidr: '2600:1f18:abcd:1201::/64' },
      },
      {
        id: 'narrow',
        type: 'subnet',
        parent: 'vpc1',
        name: 'Narrow',
        props: { cidr: '10.0.2.0/24', az: 'b', ipv6Cidr: '2600:1f18:abcd:1202::/64' },
      },
    ],
    connections: [],
    layout: {
      vpc1: { x: 0, y: 0, w: 1000, h: 320 },
      wide: { x: 32, y: 64, w: 560, h: 200 },
      narrow: { x: 624, y: 64, w: 304, h: 200 },
    },
  };
  await openDesign(page, JSON.stringify(design), 'vpc1');
  const wide = page.getByTestId('container-wide').locator('.container-header');
  await expect(wide.getByTestId('container-ipv6')).toBeVisible();
  await expect(wide.getByTestId('container-ipv6')).toHaveText('2600:1f18:abcd:1201::/64');
  const cutIn = (header: typeof wide) =>
    header
      .locator('.container-cidr')
      .evaluateAll((spans) =>
        spans.filter((span) => span.scrollWidth > span.clientWidth + 1).map((span) => span.textContent),
      );
  expect(await cutIn(wide)).toEqual([]);
  // A narrow subnet: the IPv6 block gives way first, the IPv4 CIDR stays whole.
  const narrow = page.getByTestId('container-narrow').locator('.container-header');
  await expect(narrow.locator('.container-cidr').first()).toBeVisible();
  expect(
    await narrow
      .locator('.container-cidr:not(.container-cidr6)')
      .evaluate((span) => span.scrollWidth > span.clientWidth + 1),
  ).toBe(false);
  await expect(narrow).toHaveAttribute('title', /2600:1f18:abcd:1202::\/64/);
  await page.screenshot({ path: `${SHOTS}/gaps-ipv6-wide-narrow.png` });
});

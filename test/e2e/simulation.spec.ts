// Simulation mode and failure mode as an instructor demonstrates them: step a request hop by
// hop (forward, back, the reply as its own leg, a dropped reply with its code), then fail AZ a
// and see on the canvas what broke and why. Screenshots go to test-results/screenshots/.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openFile } from './diagram-facts';
import { startEmpty } from './start';

const SHOTS = 'test-results/screenshots';

/** A node's state classes (failed, sim-focus, sim-blocked) sit on its body, inside React Flow's wrapper. */
function nodeBody(page: Page, id: string) {
  return page.locator(`.react-flow__node[data-id="${id}"] > div`).first();
}

async function openTab(page: Page, id: string) {
  await page.locator(`[role="tab"][data-panel="${id}"]`).click();
}

/** The private-subnets example with ONE NAT gateway (AZ a) for both AZs, and an ALB in both AZs. */
function oneNatDesign(): string {
  const design = JSON.parse(readFileSync('assets/examples/private-subnets-nat.skyplan.json', 'utf8')) as {
    name: string;
    resources: {
      id: string;
      type?: string;
      name?: string;
      parent?: string;
      props: Record<string, unknown>;
    }[];
    connections: Record<string, unknown>[];
  };
  design.name = 'One NAT gateway for two AZs';
  design.resources = design.resources.filter((r) => r.id !== 'natB' && r.id !== 'rtPrivB');
  design.resources.find((r) => r.id === 'privB')!.props.routeTable = 'rtPrivA';
  design.resources.find((r) => r.id === 's3Endpoint')!.props.routeTables = ['rtPrivA'];
  design.resources.push(
    {
      id: 'sgAlb',
      type: 'security-group',
      name: 'Load balancer',
      parent: 'vpc1',
      props: { inbound: [{ protocol: 'tcp', ports: '80', peer: '0.0.0.0/0' }] },
    },
    {
      id: 'alb1',
      type: 'alb',
      name: 'Web ALB',
      parent: 'vpc1',
      props: {
        scheme: 'internet-facing',
        subnets: ['pubA', 'pubB'],
        securityGroups: ['sgAlb'],
        listeners: [{ port: 80, protocol: 'HTTP' }],
      },
    },
  );
  design.connections.push(
    { id: 'c5', from: 'internet', to: 'alb1', protocol: 'tcp', port: 80 },
    { id: 'c6', from: 'alb1', to: 'appA', protocol: 'tcp', port: 443 },
    { id: 'c7', from: 'alb1', to: 'appB', protocol: 'tcp', port: 443 },
  );
  return JSON.stringify(design, null, 2);
}

test.describe('simulation', () => {
  test('steps a request forward and back, through the return leg, to the dropped reply', async ({ page }) => {
    page.on('dialog', (dialog) => void dialog.accept());
    await startEmpty(page);
    // The NACL lesson's start design: the reply to port 80 is dropped by the network ACL.
    await openTab(page, 'lesson');
    await page.getByTestId('lesson-open-06-sg-nacl-ephemeral-ports').click();
    await openTab(page, 'simulation');
    await page.getByTestId('sim-connection').selectOption('c1');
    await page.getByTestId('sim-trace').click();

    const position = page.getByTestId('sim-position');
    await expect(position).toContainText('Step 1 of 7');
    await expect(page.getByTestId('sim-step')).toHaveCount(1);
    await expect(nodeBody(page, 'internet')).toHaveClass(/sim-focus/);
    await expect(page.locator('.react-flow__edge[data-id="c1"]')).toHaveClass(/sim-focus/);

    // Forward: the internet gateway, then the network ACL (with its rule number).
    await page.getByTestId('sim-forward').click();
    await page.getByTestId('sim-forward').click();
    await expect(position).toContainText('Step 3 of 7');
    await expect(page.getByTestId('sim-step').nth(2)).toHaveAttribute('data-resource', 'naclPublic');
    await expect(page.getByTestId('sim-step').nth(2)).toContainText(/rule 100/);
    // A network ACL is a chip on its subnet's header (not a loose node): the chip lights up.
    await expect(page.locator('[data-chip="naclPublic"]').first()).toHaveClass(/sim-focus/);
    await expect(nodeBody(page, 'igw1')).not.toHaveClass(/sim-focus/);
    await page.screenshot({ path: `${SHOTS}/simulation-forward.png` });

    // Back: one step.
    await page.getByTestId('sim-back').click();
    await expect(position).toContainText('Step 2 of 7');
    await expect(nodeBody(page, 'igw1')).toHaveClass(/sim-focus/);

    // The return leg is its own leg.
    await page.getByTestId('sim-return-leg').click();
    await expect(position).toContainText('Step 6 of 7 · Reply (return leg)');
    await expect(page.getByTestId('sim-leg')).toHaveText(['Request (forward leg)', 'Reply (return leg)']);
    await expect(page.getByTestId('sim-step').last()).toHaveAttribute('data-leg', 'return');

    // The last step: the reply is dropped, with its code, analyzer code, reason and fix.
    await page.getByTestId('sim-forward').click();
    await expect(position).toContainText('Step 7 of 7');
    await expect(page.getByTestId('sim-blocked-code')).toHaveText('NACL_RETURN_DENIED');
    await expect(page.getByTestId('sim-blocked')).toContainText('SUBNET_ACL_RESTRICTION');
    await expect(page.getByTestId('sim-blocked')).toContainText('1024-65535');
    await expect(page.getByTestId('sim-outcome')).toContainText('Blocked at');
    await expect(page.locator('[data-chip="naclPublic"]').first()).toHaveClass(/sim-blocked/);
    await expect(page.locator('.react-flow__edge[data-id="c1"]')).toHaveClass(/sim-blocked/);
    await expect(page.getByTestId('sim-forward')).toBeDisabled();
    await page.screenshot({ path: `${SHOTS}/simulation-blocked-return.png` });

    // Save the flow as a named scenario: it is stored in the design.
    await page.getByTestId('sim-save-scenario').click();
    await expect(page.getByTestId('sim-scenario')).toHaveCount(1);
  });

  test('plays a custom flow to the end on its own', async ({ page }) => {
    page.on('dialog', (dialog) => void dialog.accept());
    await startEmpty(page);
    await openTab(page, 'lesson');
    await page.getByTestId('lesson-open-01-public-private-subnets').click();
    await openTab(page, 'simulation');
    await page.getByText('Any source and destination').click();
    await page.getByTestId('sim-from').selectOption('web1');
    await page.getByTestId('sim-to').selectOption('db1');
    await page.getByTestId('sim-port').fill('3306');
    await page.getByTestId('sim-trace').click();
    await page.getByTestId('sim-play').click();
    await expect(page.getByTestId('sim-outcome')).toContainText('Reachable', { timeout: 20_000 });
  });

  test('failing AZ a shows what broke, what survived and the priced alternative', async ({ page }) => {
    await startEmpty(page);
    await openFile(page, oneNatDesign(), 'one-nat.skyplan.json');
    await expect(page.locator('.react-flow__node[data-id="natA"]')).toBeVisible();

    await openTab(page, 'failure');
    await page.getByTestId('fail-az-a').check();
    const report = page.getByTestId('failure-report');
    await expect(report).toBeVisible();
    // AZ b's egress breaks: its only NAT gateway is in AZ a.
    const egressB = page.locator('[data-testid="failure-broken"][data-connection="c2"]');
    // Names, not ids or codes: "subnet Private B sends its internet traffic to NAT gateway NAT A".
    await expect(egressB).toContainText('NAT gateway NAT A');
    await expect(egressB).not.toContainText('AZ_FAILED');
    await expect(egressB).not.toContainText('natA');
    // The ALB in two AZs survives, and so does its path to the server in AZ b.
    await expect(page.getByTestId('failure-survived')).toHaveCount(2);
    await expect(page.getByTestId('failure-survived').first()).toContainText('c5');
    // The canvas: AZ a's resources greyed out, broken connections drawn broken.
    await expect(nodeBody(page, 'natA')).toHaveClass(/failed/);
    await expect(page.locator('.react-flow__node[data-id="natB"]')).toHaveCount(0);
    await expect(page.locator('.react-flow__edge[data-id="c2"]')).toHaveClass(/sim-broken/);
    await expect(page.locator('.react-flow__edge[data-id="c5"]')).not.toHaveClass(/sim-broken/);
    // The priced alternative: a NAT gateway in AZ b.
    await expect(page.getByTestId('failure-alternative')).toContainText('nat-b');
    await expect(page.getByTestId('failure-alternative')).toContainText(
      '1 of 4 broken connection(s) survive',
    );
    await expect(page.getByTestId('failure-delta')).toContainText(
      /Estimated cost: \d+\.\d\d USD a month more/,
    );
    await egressB.click();
    await expect(page.locator('.react-flow__edge[data-id="c2"]')).toHaveClass(/sim-blocked/);
    await page.screenshot({ path: `${SHOTS}/failure-az-a.png` });
    await page.getByTestId('failure-alternative').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/failure-alternative.png` });

    await page.getByTestId('fail-clear').click();
    await expect(page.locator('.react-flow__edge[data-id="c2"]')).not.toHaveClass(/sim-broken/);
    await expect(nodeBody(page, 'natA')).not.toHaveClass(/failed/);
  });
});

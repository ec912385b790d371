// AWS facts in the inspector (issue 15): a VPC endpoint's service is an open list (execute-api
// and any other AWS service name can be typed; known names are offered), and a network ACL's
// rule editor offers the documented ephemeral port ranges as return-rule presets.
// Screenshots go to test-results/screenshots/.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startEmpty } from './start';

const SHOTS = 'test-results/screenshots';

async function drop(page: Page, type: string, x: number, y: number) {
  await page.getByTestId(`palette-${type}`).dragTo(page.getByTestId('canvas'), { targetPosition: { x, y } });
}

test.describe('AWS fidelity in the inspector', () => {
  test('a VPC endpoint takes execute-api and any service name of the right shape', async ({ page }) => {
    await startEmpty(page);
    await drop(page, 'vpc', 400, 280);
    await drop(page, 'vpc-endpoint', 300, 250);
    const inspector = page.getByTestId('inspector');
    const service = inspector.getByTestId('field-service');
    await expect(service).toHaveValue('s3');
    // The known names are offered as suggestions.
    await expect(inspector.locator('datalist#field-service-options option[value="execute-api"]')).toHaveCount(
      1,
    );
    await service.fill('Not A Service');
    await expect(inspector.getByRole('alert')).toContainText('lowercase');
    await service.fill('execute-api');
    await service.press('Enter');
    await expect(service).toHaveValue('execute-api');
    await expect(inspector.getByRole('alert')).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/fidelity-endpoint-service.png` });
  });

  test('a network ACL offers the ephemeral port ranges as return rules', async ({ page }) => {
    await startEmpty(page);
    await drop(page, 'vpc', 400, 280);
    await drop(page, 'network-acl', 300, 250);
    const inspector = page.getByTestId('inspector');
    const presets = inspector.getByTestId('nacl-ephemeral-preset');
    await expect(presets).toHaveCount(2);
    await expect(presets.first().locator('option')).toHaveText([
      'Add an ephemeral-port rule...',
      'NAT gateway, load balancer, Lambda: 1024-65535',
      'Amazon Linux: 32768-60999',
      'Windows: 49152-65535',
    ]);
    await presets.first().selectOption('amazonLinux');
    const ports = inspector.getByRole('textbox', { name: 'Ports' });
    await expect(ports.last()).toHaveValue('32768-60999');
    await page.screenshot({ path: `${SHOTS}/fidelity-nacl-presets.png` });
  });
});

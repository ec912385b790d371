import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './fake-io';

const examples = readdirSync('assets/examples').map((name) => `assets/examples/${name}`);
const formats = ['text', 'json', 'csv', 'md'] as const;
const regions = ['us-east-1', 'ap-northeast-2'] as const;
const twoTier = readFileSync('assets/examples/two-tier-web-app.skyplan.json', 'utf8');

const cases = examples.flatMap((file) =>
  regions.flatMap((region) => formats.map((format) => [file, region, format] as const)),
);

describe('skyplan cost', () => {
  it.each(cases)('prints %s in %s as %s', async (file, region, format) => {
    const result = await runCli(['cost', file, '--region', region, '--format', format]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    if (format === 'json') {
      const json = result.json<{
        region: string;
        currency: string;
        monthlyTotal: number;
        items: unknown[];
      }>();
      expect(json).toMatchObject({ region, currency: 'USD' });
      expect(json.monthlyTotal).toBeGreaterThan(0);
      expect(json.items.length).toBeGreaterThan(0);
    } else if (format === 'csv') {
      expect(result.stdout.split('\r\n')[0]).toMatch(/^Resource,Name,Type,Type name,Description,/);
    } else if (format === 'md') {
      expect(result.stdout).toMatch(/^# Estimated monthly cost: /);
      expect(result.stdout).toContain(region);
    } else {
      expect(result.stdout).toContain(`Region: ${region}`);
      expect(result.stdout).toMatch(/Total per month: \$\d/);
    }
  });

  it('prices in the design region by default; --region re-prices the same design', async () => {
    const east = (
      await runCli(['cost', 'assets/examples/two-tier-web-app.skyplan.json', '--format', 'json'])
    ).json<{
      region: string;
      monthlyTotal: number;
    }>();
    const seoul = (
      await runCli([
        'cost',
        'assets/examples/two-tier-web-app.skyplan.json',
        '--format',
        'json',
        '--region',
        'ap-northeast-2',
      ])
    ).json<{ region: string; monthlyTotal: number }>();
    expect(east.region).toBe('us-east-1');
    expect(seoul.region).toBe('ap-northeast-2');
    expect(seoul.monthlyTotal).not.toBe(east.monthlyTotal);
  });

  it('exits 2 on an unsupported region, naming the supported ones', async () => {
    const result = await runCli([
      'cost',
      'assets/examples/two-tier-web-app.skyplan.json',
      '--region',
      'eu-west-1',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'skyplan: region "eu-west-1" is not priced; supported regions: us-east-1, ap-northeast-2\n',
    );
    expect(result.stdout).toBe('');
  });

  it('exits 2 when the design itself names an unsupported region', async () => {
    const doc = JSON.parse(twoTier) as { region: string };
    doc.region = 'sa-east-1';
    const result = await runCli(['cost', 'far.json'], { 'far.json': JSON.stringify(doc) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"sa-east-1" is not priced');
  });

  it('--krw-rate sets the KRW column; a bad rate exits 2', async () => {
    const ok = await runCli([
      'cost',
      'assets/examples/serverless-api.skyplan.json',
      '--krw-rate',
      '1500',
      '--format',
      'json',
    ]);
    expect(ok.json<{ krw: { rate: number; source: string } }>().krw).toMatchObject({
      rate: 1500,
      source: 'option',
    });
    const bad = await runCli(['cost', 'assets/examples/serverless-api.skyplan.json', '--krw-rate', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--krw-rate must be a positive number (found "lots")');
  });

  it('exits 2 on an unknown format and on a bad usage value on a connection, naming file and place', async () => {
    const format = await runCli(['cost', 'assets/examples/serverless-api.skyplan.json', '--format', 'xml']);
    expect(format.code).toBe(2);
    const doc = JSON.parse(twoTier) as { connections: Record<string, unknown>[] };
    doc.connections[1]!.dataGbPerMonth = -3;
    const usage = await runCli(['cost', 'neg.json'], { 'neg.json': JSON.stringify(doc) });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(
      /neg\.json:1:\d+ \$\.connections\[1\]\.dataGbPerMonth: dataGbPerMonth must be between 0 and 1000000000 \(found -3\)/,
    );
  });

  it('exits 2 on a missing file', async () => {
    const result = await runCli(['cost', 'nowhere.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nowhere.json');
  });

  it('speaks Korean with --lang ko', async () => {
    const result = await runCli(['cost', 'assets/examples/two-tier-web-app.skyplan.json', '--lang', 'ko']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('월 예상 비용');
  });

  it('is listed in help', async () => {
    const result = await runCli(['--help']);
    expect(result.stdout).toMatch(/cost\s+estimate the monthly cost of a design/);
    const help = await runCli(['cost', '--help']);
    expect(help.stdout).toContain('--region CODE');
    expect(help.stdout).toContain('--krw-rate N');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../shared/rules/index';
import { runCli } from './fake-io';

interface RulesJson {
  rules: { id: string; severity: string; category: string; description: string }[];
}
interface FindingsJson {
  findings: { rule: string; severity: string; resources: string[]; message: string; fix?: string }[];
}

const twoTier = readFileSync('assets/examples/two-tier-web-app.skyplan.json', 'utf8');

/** The two-tier example with NAT B moved into its private app subnet and SSH open on the DB group. */
function brokenTwoTier(): string {
  const doc = JSON.parse(twoTier) as {
    resources: { id: string; parent?: string; props: Record<string, unknown> }[];
  };
  for (const resource of doc.resources) {
    if (resource.id === 'natB') resource.parent = 'appB';
    if (resource.id === 'sgDb') {
      (resource.props.inbound as unknown[]).push({ protocol: 'tcp', ports: '22', peer: '0.0.0.0/0' });
    }
  }
  return JSON.stringify(doc);
}

describe('skyplan rules', () => {
  it('lists every rule as JSON with id, severity, category and description', async () => {
    const result = await runCli(['rules', '--format', 'json']);
    expect(result.code).toBe(0);
    const { rules } = result.json<RulesJson>();
    expect(rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.meta.id));
    expect(rules.length).toBeGreaterThanOrEqual(30);
    const alb = rules.find((rule) => rule.id === 'alb-multi-az');
    expect(alb).toEqual({
      id: 'alb-multi-az',
      severity: 'error',
      category: 'availability',
      description: 'an Application Load Balancer has subnets in at least two Availability Zones',
    });
  });

  it('prints an aligned table with a count in text', async () => {
    const result = await runCli(['rules']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^RULE\s+SEVERITY\s+CATEGORY\s+CHECKS$/);
    expect(lines).toHaveLength(RULES.length + 2);
    expect(lines.at(-1)).toBe(`${RULES.length} rules`);
    const column = lines[0]!.indexOf('SEVERITY');
    expect(lines.find((line) => line.startsWith('connection-reachable'))?.slice(column, column + 5)).toBe(
      'error',
    );
  });

  it('speaks Korean with --lang ko', async () => {
    const result = await runCli(['rules', '--lang', 'ko']);
    expect(result.stdout).toContain('심각도');
    expect(result.stdout).toContain('가용 영역');
  });

  it('refuses arguments and unknown formats with exit 2', async () => {
    expect((await runCli(['rules', 'extra'])).code).toBe(2);
    const csv = await runCli(['rules', '--format', 'csv']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('--format "csv"');
  });
});

describe('skyplan validate with rule findings', () => {
  it('exits 1 and reports root causes with fixes as JSON', async () => {
    const result = await runCli(['validate', 'broken.json', '--format', 'json'], {
      'broken.json': brokenTwoTier(),
    });
    expect(result.code).toBe(1);
    const { findings } = result.json<FindingsJson>();
    expect(findings[0]).toEqual({
      rule: 'nat-gateway-in-public-subnet',
      severity: 'error',
      resources: ['natB', 'appB'],
      message:
        'NAT gateway NAT B is in subnet App B, which has no route to an internet gateway, so the traffic it forwards cannot get out',
      fix: 'move NAT B to a public subnet, or add 0.0.0.0/0 -> Internet gateway to App routes B, the route table of App B',
    });
    expect(findings.map((finding) => finding.rule)).toContain('admin-ports-open-to-world');
  });

  it('prints findings as text, errors first, then the counts', async () => {
    const result = await runCli(['validate', 'broken.json'], { 'broken.json': brokenTwoTier() });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^error {3}nat-gateway-in-public-subnet \[natB, appB\]: NAT gateway NAT B/);
    expect(result.stdout).toContain('broken.json: 1 error(s), 1 warning(s), 0 note(s)');
  });

  it('exits 0 on warnings only', async () => {
    const doc = JSON.parse(twoTier) as { resources: { id: string; props: Record<string, unknown> }[] };
    doc.resources.find((resource) => resource.id === 'db1')!.props.multiAz = false;
    const result = await runCli(['validate', 'single.json', '--format', 'json'], {
      'single.json': JSON.stringify(doc),
    });
    expect(result.code).toBe(0);
    expect(result.json<FindingsJson>().findings).toEqual([
      expect.objectContaining({ rule: 'single-az-service', severity: 'warning', resources: ['db1'] }),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { runCli } from './fake-io';

const A = 'assets/examples/two-tier-web-app.skyplan.json';

describe('skyplan export --to cloudformation|terraform, then import', () => {
  it('exports CloudFormation that imports back to a design with no differences in verdicts or cost', async () => {
    const exported = await runCli(['export', A, '--to', 'cloudformation', '-o', '-']);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('AWSTemplateFormatVersion: "2010-09-09"');
    const imported = await runCli(['import', 'stack.cfn.yaml'], { 'stack.cfn.yaml': exported.stdout });
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/Imported (\d+) of \1 resources/);
    const diff = await runCli(['diff', A, 'back.json', '--format', 'json'], { 'back.json': imported.stdout });
    expect(diff.code).toBe(0);
    const json = diff.json<{
      reachability: unknown[];
      cost: { delta: number };
      resources: { added: unknown[]; removed: unknown[] };
    }>();
    expect(json.reachability).toEqual([]);
    expect(json.cost.delta).toBe(0);
    expect(json.resources.added).toEqual([]);
    expect(json.resources.removed).toEqual([]);
  });

  it('exports Terraform for the hashicorp/aws provider', async () => {
    const exported = await runCli(['export', A, '--to', 'terraform', '-o', '-']);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('source  = "hashicorp/aws"');
    expect(exported.stdout).toContain('resource "aws_nat_gateway" "natA"');
  });
});

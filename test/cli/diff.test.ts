import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './fake-io';

const A = 'assets/examples/two-tier-web-app.skyplan.json';
const design = JSON.parse(readFileSync(A, 'utf8')) as {
  resources: { id: string; props: Record<string, unknown> }[];
};

function variant(change: (d: typeof design) => void): string {
  const copy = structuredClone(design);
  change(copy);
  return JSON.stringify(copy, null, 2);
}

const blocked = variant((d) => {
  const sg = d.resources.find((r) => r.id === 'sgDb');
  if (sg) sg.props.inbound = [{ protocol: 'tcp', ports: '5432', peer: 'sgApp' }];
});
const bigger = variant((d) => {
  const web = d.resources.find((r) => r.id === 'web');
  if (web) web.props.desiredCount = 6;
});

describe('skyplan diff', () => {
  it('exits 0 when B has no new errors, and prints the cost delta', async () => {
    const result = await runCli(['diff', A, 'b.json'], { 'b.json': bigger });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('~ web (ecs-service): props.desiredCount: 2 → 6');
    expect(result.stdout).toMatch(/Monthly cost: \$[\d,.]+ → \$[\d,.]+ \(\+\$/);
  });

  it('exits 1 when B has errors A did not have', async () => {
    const result = await runCli(['diff', A, 'b.json'], { 'b.json': blocked });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/c3: web → db1: reachable → blocked \[\w+/);
    expect(result.stdout).toMatch(/B has \d+ error\(s\) A did not have/);
  });

  it('exits 0 the other way round (the error is resolved)', async () => {
    const result = await runCli(['diff', 'b.json', A], { 'b.json': blocked });
    expect(result.code).toBe(0);
  });

  it('prints JSON and Markdown', async () => {
    const json = await runCli(['diff', A, 'b.json', '--format', 'json'], { 'b.json': blocked });
    expect(json.json<{ newErrors: number; reachability: unknown[] }>().reachability).toHaveLength(1);
    const md = await runCli(['diff', A, 'b.json', '--format', 'md'], { 'b.json': blocked });
    expect(md.stdout).toContain('| Change | Details |');
    expect(md.code).toBe(1);
  });

  it('exits 2 with a located message when a design is broken, or when B is missing', async () => {
    const broken = await runCli(['diff', A, 'b.json'], { 'b.json': '{ "format": ' });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('b.json');
    const missing = await runCli(['diff', A]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"diff" needs two designs');
  });

  it('speaks Korean', async () => {
    const result = await runCli(['diff', A, 'b.json', '--lang', 'ko'], { 'b.json': blocked });
    expect(result.stdout).toContain('도달 가능 → 차단됨');
  });
});

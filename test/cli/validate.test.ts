import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './fake-io';

const examples = readdirSync('assets/examples').map((name) => `assets/examples/${name}`);
const twoTier = readFileSync('assets/examples/two-tier-web-app.skyplan.json', 'utf8');

function edit(change: (doc: { resources: Record<string, unknown>[]; version: number }) => void): string {
  const doc = JSON.parse(twoTier) as { resources: Record<string, unknown>[]; version: number };
  change(doc);
  return JSON.stringify(doc, null, 2);
}

describe('skyplan validate', () => {
  it.each(examples)('exits 0 on the example %s', async (file) => {
    const result = await runCli(['validate', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('prints one JSON object with findings', async () => {
    const result = await runCli(['validate', examples[0]!, '--format', 'json']);
    expect(result.json()).toHaveProperty('findings');
    expect(Array.isArray(result.json<{ findings: unknown[] }>().findings)).toBe(true);
  });

  it('exits 2 on invalid JSON with the file, line and column', async () => {
    const result = await runCli(['validate', 'bad.json'], {
      'bad.json': '{\n  "format": "skyplan",\n  "version": 1,,\n}',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad.json:3:16');
    expect(result.stderr).not.toMatch(/at .*\.(ts|js|mjs):\d+/);
  });

  it('exits 2 on version 99 saying it is newer than this Skyplan understands', async () => {
    const result = await runCli(['validate', 'v99.json'], { 'v99.json': edit((d) => (d.version = 99)) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /v99\.json:\d+:\d+ \$\.version: this design is version 99, newer than this Skyplan understands/,
    );
  });

  it('exits 2 on an unknown parent id, naming the place', async () => {
    const text = edit((d) => (d.resources.find((r) => r.id === 'natA')!.parent = 'pubZ'));
    const result = await runCli(['validate', 'p.json'], { 'p.json': text });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/p\.json:\d+:\d+ \$\.resources\[13\]\.parent: parent refers to "pubZ"/);
  });

  it('exits 2 on a duplicate id, naming both places', async () => {
    const text = edit((d) => (d.resources.find((r) => r.id === 'natB')!.id = 'natA'));
    const result = await runCli(['validate', 'd.json'], { 'd.json': text });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /d\.json:\d+:\d+ \$\.resources\[14\]\.id: the id "natA" is used more than once \(first at \$\.resources\[13\]\.id\)/,
    );
  });

  it('exits 2 on a malformed CIDR, naming the place', async () => {
    const text = edit(
      (d) => ((d.resources.find((r) => r.id === 'pubA')!.props as { cidr: string }).cidr = '10.0.0/24'),
    );
    const result = await runCli(['validate', 'c.json'], { 'c.json': text });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /c\.json:\d+:\d+ \$\.resources\[7\]\.props\.cidr: cidr must be an IPv4 CIDR block/,
    );
  });

  it('reports a schema error and a broken reference elsewhere in one pass, and still runs the rules', async () => {
    const text = edit((d) => {
      (d.resources.find((r) => r.id === 'pubA')!.props as { cidr: string }).cidr = '10.0.0/24';
      d.resources.find((r) => r.id === 'natB')!.parent = 'pubZ';
    });
    const result = await runCli(['validate', 'both.json'], { 'both.json': text });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('(2 problem(s))');
    expect(result.stderr).toMatch(/both\.json:\d+:\d+ \$\.resources\[7\]\.props\.cidr: cidr must be/);
    expect(result.stderr).toMatch(/both\.json:\d+:\d+ \$\.resources\[14\]\.parent: parent refers to "pubZ"/);
    // What hangs off the set-aside items (natA in pubA, a route to natB) is not reported twice.
    expect(result.stderr.match(/^ {2}both\.json/gm)).toHaveLength(2);
    // The rules ran over what loaded: the rest of the design is judged, and says what was left out.
    expect(result.stdout).toContain('Rules ran on the part of both.json that loaded');
    expect(result.stdout).toMatch(/set aside because of the issues above: pubA, .*natB/);
    expect(result.stdout).not.toMatch(/set aside .*\b(igw1|vpc1|pubB|privA)\b/);
    expect(result.stdout).toMatch(/both\.json: \d+ error\(s\), \d+ warning\(s\)/);
  });

  it('lists the issues, what was set aside and the findings together with --format json', async () => {
    const text = edit((d) => {
      (d.resources.find((r) => r.id === 'pubA')!.props as { cidr: string }).cidr = '10.0.0/24';
      d.resources.find((r) => r.id === 'natB')!.parent = 'pubZ';
    });
    const result = await runCli(['validate', 'both.json', '--format', 'json'], { 'both.json': text });
    expect(result.code).toBe(2);
    const json = result.json<{
      errors: { code: string; path: string }[];
      setAside: string[];
      rulesRan: boolean;
      findings: unknown[];
    }>();
    expect(json.errors.map((e) => [e.code, e.path])).toEqual([
      ['schema.cidr', '$.resources[7].props.cidr'],
      ['ref.unknown', '$.resources[14].parent'],
    ]);
    expect(json.setAside).toEqual(expect.arrayContaining(['pubA', 'natB']));
    expect(json.rulesRan).toBe(true);
    expect(Array.isArray(json.findings)).toBe(true);
  });

  it('stops at the document level when the design as a whole is unusable (no rules)', async () => {
    const text = edit((d) => {
      (d as unknown as { resources: unknown }).resources = 'none';
    });
    const result = await runCli(['validate', 'x.json', '--format', 'json'], { 'x.json': text });
    expect(result.code).toBe(2);
    expect(result.json<{ rulesRan: boolean; findings: unknown[] }>()).toMatchObject({
      rulesRan: false,
      findings: [],
    });
  });

  it('prints the problems as JSON with --format json, still exit 2', async () => {
    const result = await runCli(['validate', 'c.json', '--format', 'json'], { 'c.json': '[1,' });
    expect(result.code).toBe(2);
    expect(result.json()).toMatchObject({
      file: 'c.json',
      errors: [{ code: 'json.unexpectedEnd', line: 1 }],
    });
  });

  it('exits 2 when the file cannot be read, without a stack trace', async () => {
    const result = await runCli(['validate', 'missing.skyplan.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('skyplan: cannot read missing.skyplan.json: no such file\n');
  });

  it('speaks Korean with --lang ko or SKYPLAN_LANG', async () => {
    const a = await runCli(['validate', 'missing.json', '--lang', 'ko']);
    expect(a.stderr).toContain('파일이 없습니다');
    const b = await runCli(['validate', 'missing.json'], {}, { SKYPLAN_LANG: 'ko' });
    expect(b.stderr).toContain('파일이 없습니다');
  });
});

describe('skyplan command line', () => {
  it('prints help listing the commands, exit 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('validate');
    expect((await runCli([])).stdout).toBe(result.stdout);
  });

  it('prints a command help with its options', async () => {
    const result = await runCli(['validate', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--format text|json');
  });

  it('refuses unknown commands, options and formats with exit 2', async () => {
    expect((await runCli(['validat', 'x'])).stderr).toContain('unknown command "validat"');
    expect((await runCli(['validate', 'x', '--colour'])).stderr).toContain('unknown option --colour');
    const badFormat = await runCli(['validate', 'x', '--format', 'yaml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('unknown --format "yaml"');
    expect((await runCli(['validate'])).stderr).toContain('"validate" needs a FILE');
    expect((await runCli(['validate', 'a', 'b'])).stderr).toContain('unexpected argument "b"');
  });

  it('accepts --format=json and options before the file', async () => {
    const result = await runCli(['validate', '--format=json', examples[0]!]);
    expect(result.code).toBe(0);
    expect(result.json()).toHaveProperty('findings');
  });
});

describe('skyplan format', () => {
  it('rewrites a design in canonical form and checks it', async () => {
    const files: Record<string, string> = { 'a.json': JSON.stringify(JSON.parse(twoTier)) };
    const written: Record<string, string> = {};
    const check = await runCli(['format', '--check', 'a.json'], files);
    expect(check.code).toBe(1);
    const { run } = await import('../../cli/main');
    const code = await run(['format', 'a.json'], {
      stdout: () => undefined,
      stderr: () => undefined,
      readFile: (p) => files[p] ?? '',
      writeFile: (p, text) => (written[p] = text),
      env: {},
    });
    expect(code).toBe(0);
    expect(written['a.json']).toBe(twoTier);
  });
});

/**
 * The real file reader and writer of the skyplan command (cli/node-io.ts) on a real folder:
 * devices, FIFOs, huge files and link loops get a clear message naming the file (issue 14,
 * defects 12-13); `skyplan format` keeps mode and links (defect 9).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../cli/main';
import { runCli } from './fake-io';
import { MAX_CLI_FILE_BYTES, nodeIO } from '../../cli/node-io';

let folder: string;
beforeEach(() => {
  folder = fs.mkdtempSync(join(tmpdir(), 'skyplan-cli-'));
});
afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { ...nodeIO({}), stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const example = fs.readFileSync('assets/examples/two-tier-web-app.skyplan.json', 'utf8');

describe('reading files (defects 12, 13)', () => {
  it('refuses a character device instead of reading forever', async () => {
    const result = await cli(['validate', '/dev/zero']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'skyplan: cannot read /dev/zero: not a regular file (a device, FIFO or socket)\n',
    );
  });

  it('refuses a FIFO without blocking on it', async () => {
    const fifo = join(folder, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const result = await cli(['validate', fifo]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot read ${fifo}: not a regular file`);
  });

  it('refuses a file over the documented limit, saying the limit', async () => {
    const big = join(folder, 'big.json');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_CLI_FILE_BYTES + 1);
    const result = await cli(['cost', big]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot read ${big}: larger than the 50 MB limit`);
  });

  it('names the file and says "link loop" for a symlink loop', async () => {
    const a = join(folder, 'a.json');
    const b = join(folder, 'b.json');
    fs.symlinkSync(b, a);
    fs.symlinkSync(a, b);
    const result = await cli(['validate', a]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`skyplan: cannot read ${a}: symbolic links loop (ELOOP)\n`);
  });

  it('names the file when its region is not priced', async () => {
    const file = join(folder, 'west.json');
    fs.writeFileSync(file, example.replace('"region": "us-east-1"', '"region": "us-west-2"'));
    const result = await cli(['cost', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file} $.region: region "us-west-2" is not priced`);
  });

  it('grades a lesson on a design in an unpriced region (defect 5)', async () => {
    const lesson = JSON.parse(
      fs.readFileSync('assets/lessons/04-s3-gateway-endpoint.lesson.json', 'utf8'),
    ) as {
      answer: Record<string, unknown>;
    };
    const file = join(folder, 'west.json');
    fs.writeFileSync(file, JSON.stringify({ ...lesson.answer, region: 'us-west-2' }));
    const result = await cli(['lesson', 'check', '04-s3-gateway-endpoint', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('region us-west-2 has no prices');
  });
});

describe('skyplan format writes safely (defect 9)', () => {
  function needsFormat(): string {
    return JSON.stringify(JSON.parse(example));
  }

  it('keeps the file mode', async () => {
    const file = join(folder, 'private.json');
    fs.writeFileSync(file, needsFormat(), { mode: 0o600 });
    fs.chmodSync(file, 0o600);
    expect((await cli(['format', file])).code).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8')).not.toBe(needsFormat());
  });

  it('writes through a symlink to its target and keeps the link', async () => {
    const target = join(folder, 'real.json');
    const link = join(folder, 'link.json');
    fs.writeFileSync(target, needsFormat());
    fs.symlinkSync('real.json', link);
    expect((await cli(['format', link])).code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toContain('\n  "format": "skyplan",\n');
    expect(fs.readdirSync(folder).sort()).toEqual(['link.json', 'real.json']);
  });
});

describe('gradebook CSV (defect 8)', () => {
  it('writes file names that look like formulas as text', async () => {
    const lesson = fs.readFileSync('assets/lessons/04-s3-gateway-endpoint.lesson.json', 'utf8');
    const answer = JSON.stringify((JSON.parse(lesson) as { answer: unknown }).answer);
    const names = ['=HYPERLINK("http://x.invalid").json', '@cmd.json', '+1.json', '-1.json'];
    const files = Object.fromEntries(names.map((name) => [name, answer]));
    const result = await runCli(
      ['lesson', 'check', '--format', 'csv', '04-s3-gateway-endpoint', '--', ...names],
      files,
    );
    expect(result.stderr).toBe('');
    const rows = result.stdout.trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => row.replace(/^"/, '').charAt(0))).toEqual(["'", "'", "'", "'"]);
    expect(rows[0]).toMatch(/^"'=HYPERLINK\(""http:\/\/x\.invalid""\)\.json",/);
  });
});

/**
 * Keep it so (issue 14): every file in test/fixtures/hostile/ (and a device, a FIFO, a link
 * loop and an oversized file made here) goes through every skyplan command. Each run must end
 * with exit status 0, 1 or 2, print no stack trace and no "failed unexpectedly", and when it
 * refuses the file, name it; a design that cannot be used is also located (line:column or path).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../cli/commands/index';
import { MAX_CLI_FILE_BYTES } from '../../cli/context';
import { run } from '../../cli/main';
import { nodeIO } from '../../cli/node-io';

const CORPUS = 'test/fixtures/hostile';
const GOOD = 'assets/examples/two-tier-web-app.skyplan.json';
let scratch: string;
const files: string[] = fs
  .readdirSync(CORPUS)
  .filter((name) => name.endsWith('.json'))
  .map((name) => `${CORPUS}/${name}`);

beforeAll(() => {
  scratch = fs.mkdtempSync(join(tmpdir(), 'skyplan-hostile-'));
  const fifo = join(scratch, 'fifo.skyplan.json');
  execFileSync('mkfifo', [fifo]);
  const loopA = join(scratch, 'loop-a.skyplan.json');
  fs.symlinkSync(join(scratch, 'loop-b.skyplan.json'), loopA);
  fs.symlinkSync(loopA, join(scratch, 'loop-b.skyplan.json'));
  const big = join(scratch, 'huge.skyplan.json');
  fs.writeFileSync(big, '');
  fs.truncateSync(big, MAX_CLI_FILE_BYTES + 1);
  files.push('/dev/zero', fifo, loopA, big, join(scratch, 'missing.skyplan.json'), scratch);
});

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** The argument lists a command gets for one hostile file. */
function invocations(command: string, file: string): string[][] {
  const out = join(scratch, 'out');
  switch (command) {
    case 'validate':
      return [
        ['validate', file],
        ['validate', file, '--format', 'json'],
      ];
    case 'rules':
      return [];
    case 'simulate':
      return [
        ['simulate', file, '--from', 'internet', '--to', 'web1'],
        ['simulate', file, '--from', 'fn', '--to', 'q', '--format', 'json'],
      ];
    case 'cost':
      return [
        ['cost', file],
        ['cost', file, '--format', 'json'],
        ['cost', file, '--format', 'csv'],
        ['cost', file, '--format', 'md', '--region', 'ap-northeast-2'],
      ];
    case 'lesson':
      return [
        ['lesson', 'check', '04-s3-gateway-endpoint', file],
        ['lesson', 'check', '04-s3-gateway-endpoint', GOOD, file, '--format', 'csv'],
        ['lesson', 'check', file.endsWith('.json') ? file : `${file}/x.json`],
      ];
    case 'format':
      return [['format', '--check', file]];
    case 'import':
      return [['import', file, '-o', `${out}.json`]];
    case 'deploy':
      return [['deploy', file, '--service', 'svc1']];
    case 'diff':
      return [
        ['diff', file, GOOD],
        ['diff', GOOD, file, '--format', 'json'],
      ];
    case 'export':
      return [
        ['export', file, '--to', 'svg', '-o', `${out}.svg`],
        ['export', file, '--to', 'drawio', '-o', `${out}.drawio`],
        ['export', file, '--to', 'md', '-o', `${out}.md`],
        ['export', file, '--to', 'html', '-o', `${out}.html`],
      ];
    case 'edit':
      return [
        ['edit', file, 'rename', 'vpc1', 'Renamed', '-o', `${out}.json`],
        ['edit', file, 'add', 'subnet', '--in', 'vpc1', '-o', '-', '--format', 'json'],
      ];
    default:
      // A command added later still gets the file, with and without JSON output.
      return [
        [command, file],
        [command, file, '--format', 'json'],
      ];
  }
}

async function cli(argv: string[]): Promise<{ code: number; output: string }> {
  let output = '';
  const io = { ...nodeIO({}), stdout: (t: string) => (output += t), stderr: (t: string) => (output += t) };
  const code = await run(argv, io);
  return { code, output };
}

const STACK = /^\s+at .+:\d+:\d+\)?$/m;

describe('hostile corpus through every command', () => {
  it('has a corpus to run', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(COMMANDS.map((command) => command.name))(
    'skyplan %s: exit 0/1/2, no stack, file named',
    async (command) => {
      const problems: string[] = [];
      let runs = 0;
      for (const file of files) {
        for (const argv of invocations(command, file)) {
          runs++;
          const { code, output } = await cli(argv);
          const what = `${argv.join(' ').slice(0, 160)} -> ${code}`;
          if (![0, 1, 2].includes(code)) problems.push(`${what}: exit status`);
          if (STACK.test(output)) problems.push(`${what}: stack trace`);
          if (output.includes('failed unexpectedly')) problems.push(`${what}: ${output.slice(0, 300)}`);
          const refused = code === 2 && /cannot read|not a usable design|is not priced/.test(output);
          if (refused && !output.includes(file))
            problems.push(`${what}: file not named: ${output.slice(0, 200)}`);
          if (code === 2 && output.includes('not a usable design')) {
            const located = new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:\\d+:\\d+| \\$)`);
            if (!located.test(output)) problems.push(`${what}: no place named: ${output.slice(0, 200)}`);
          }
        }
      }
      if (command === 'rules') {
        const { code } = await cli(['rules']);
        expect(code).toBe(0);
      } else {
        expect(runs).toBeGreaterThan(0);
      }
      if (process.env.SKYPLAN_PROPERTY_REPORT) {
        console.info(`hostile corpus: skyplan ${command}: ${runs} runs over ${files.length} files`);
      }
      expect(problems).toEqual([]);
    },
    120_000,
  );
});

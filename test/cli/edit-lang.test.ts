import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../cli/context';
import { run } from '../../cli/main';
import { parseDesign, serializeDesign } from '../../shared/model/index';
import type { Design } from '../../shared/model/index';

const emptyVpc: Design = {
  format: 'skyplan',
  version: 1,
  name: 'Empty VPC',
  region: 'us-east-1',
  resources: [{ id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16' } }],
  connections: [],
  layout: { vpc1: { x: 0, y: 0, w: 2000, h: 2000 } },
};

/** Runs `skyplan edit d.json add subnet --in vpc1 ...extra` and returns the new subnet's name. */
async function addedSubnetName(extra: string[]): Promise<string | undefined> {
  const files = new Map([['d.json', serializeDesign(emptyVpc)]]);
  const io: CliIO = {
    stdout: () => undefined,
    stderr: () => undefined,
    readFile: (path) => files.get(path) ?? '',
    writeFile: (path, text) => void files.set(path, text),
    env: {},
  };
  expect(await run(['edit', 'd.json', 'add', 'subnet', '--in', 'vpc1', ...extra], io)).toBe(0);
  const written = parseDesign(files.get('d.json') ?? '');
  if (!written.ok) throw new Error('no valid design written');
  return written.design.resources.find((r) => r.type === 'subnet')?.name;
}

describe('skyplan edit add: default names in the --lang language', () => {
  it('writes "Subnet A" by default and "서브넷 A" with --lang ko', async () => {
    expect(await addedSubnetName([])).toBe('Subnet A');
    expect(await addedSubnetName(['--lang', 'ko'])).toBe('서브넷 A');
  });
});

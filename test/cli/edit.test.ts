import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../cli/context';
import { run } from '../../cli/main';
import type { Design } from '../../shared/model/index';
import { parseDesign, serializeDesign } from '../../shared/model/index';
import { healthyVpc, twoTierDesign } from '../fixtures/designs';

interface EditRun {
  code: number;
  stdout: string;
  stderr: string;
  files: Map<string, string>;
  /** The design written to `path` (fails the test when nothing valid was written there). */
  written(path: string): Design;
}

/** Runs skyplan with an in-memory folder that records every write. */
async function skyplan(
  argv: string[],
  start: Record<string, Design | string>,
  options: { failWrites?: boolean } = {},
): Promise<EditRun> {
  const files = new Map<string, string>();
  for (const [path, value] of Object.entries(start)) {
    files.set(path, typeof value === 'string' ? value : serializeDesign(value));
  }
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile(path) {
      const text = files.get(path);
      if (text === undefined) throw Object.assign(new Error(`no ${path}`), { code: 'ENOENT' });
      return text;
    },
    writeFile(path, text) {
      if (options.failWrites) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      files.set(path, text);
    },
    env: {},
  };
  const code = await run(argv, io);
  return {
    code,
    stdout,
    stderr,
    files,
    written(path) {
      const result = parseDesign(files.get(path) ?? '');
      if (!result.ok) throw new Error(`${path} holds no valid design`);
      return result.design;
    },
  };
}

const find = (design: Design, id: string) => design.resources.find((r) => r.id === id);

describe('skyplan edit', () => {
  it('adds a resource into the named container and writes the file in canonical form', async () => {
    const result = await skyplan(
      ['edit', 'd.json', 'add', 'nat-gateway', '--in', 'pubB', '--name', 'NAT B2'],
      {
        'd.json': healthyVpc(),
      },
    );
    expect(result.code).toBe(0);
    const design = result.written('d.json');
    const added = design.resources.find((r) => r.name === 'NAT B2');
    expect(added).toMatchObject({ type: 'nat-gateway', parent: 'pubB' });
    expect(result.stdout).toBe(`d.json: added ${added?.id} in pubB; wrote d.json\n`);
    expect(result.files.get('d.json')).toBe(serializeDesign(design));
  });

  it('refuses a container the type cannot live in, with the app’s reason, and writes nothing', async () => {
    const before = serializeDesign(healthyVpc());
    const result = await skyplan(['edit', 'd.json', 'add', 'ecs-service', '--in', 'vpc1'], {
      'd.json': before,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^d\.json: not changed: ECS service .*Subnet/);
    expect(result.files.get('d.json')).toBe(before);
  });

  it('connects two resources the way the canvas does: a traffic connection gets the target’s port', async () => {
    const result = await skyplan(['edit', 'd.json', 'connect', 'bastion', 'db'], { 'd.json': healthyVpc() });
    expect(result.code).toBe(0);
    const added = result.written('d.json').connections.find((c) => c.from === 'bastion');
    expect(added).toMatchObject({ to: 'db', protocol: 'tcp', port: 3306 });
  });

  it('associates and disassociates a subnet and a route table', async () => {
    const associated = await skyplan(['edit', 'd.json', 'associate', 'dataA', 'rtPrivA'], {
      'd.json': healthyVpc(),
    });
    expect(associated.code).toBe(0);
    expect(find(associated.written('d.json'), 'dataA')?.props).toMatchObject({ routeTable: 'rtPrivA' });
    const undone = await skyplan(['edit', 'd.json', 'disassociate', 'rtPrivA', 'dataA'], {
      'd.json': associated.written('d.json'),
    });
    expect(undone.code).toBe(0);
    expect(find(undone.written('d.json'), 'dataA')?.props).not.toHaveProperty('routeTable');
  });

  it('refuses a line that means nothing (a bucket to a route table)', async () => {
    const result = await skyplan(['edit', 'd.json', 'associate', 'bucket', 'rtMain'], {
      'd.json': healthyVpc(),
    });
    expect(result.code).toBe(1);
    expect(result.files.get('d.json')).toBe(serializeDesign(healthyVpc()));
  });

  it('moves a resource into another subnet and extends a service to one more subnet', async () => {
    const moved = await skyplan(['edit', 'd.json', 'move', 'worker', 'privB'], { 'd.json': healthyVpc() });
    expect(moved.code).toBe(0);
    expect(find(moved.written('d.json'), 'worker')?.parent).toBe('privB');
    const extended = await skyplan(['edit', 'd.json', 'extend', 'app', 'pubA'], { 'd.json': healthyVpc() });
    expect(extended.code).toBe(0);
    expect(find(extended.written('d.json'), 'app')?.props).toMatchObject({
      subnets: ['privA', 'privB', 'pubA'],
    });
  });

  it('sets a prop from JSON words, and removes it with null', async () => {
    const set = await skyplan(['edit', 'd.json', 'set', 'app', 'desiredCount', '4'], {
      'd.json': healthyVpc(),
    });
    expect(set.code).toBe(0);
    expect(find(set.written('d.json'), 'app')?.props).toMatchObject({ desiredCount: 4 });
    const removed = await skyplan(['edit', 'd.json', 'set', 'app', 'desiredCount', 'null'], {
      'd.json': set.written('d.json'),
    });
    expect(find(removed.written('d.json'), 'app')?.props).not.toHaveProperty('desiredCount');
  });

  it('refuses a value the format does not allow, naming the place, and keeps the file', async () => {
    const before = serializeDesign(healthyVpc());
    const result = await skyplan(['edit', 'd.json', 'set', 'pubA', 'cidr', '42'], { 'd.json': before });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('d.json: not changed: the result would not be a valid design');
    expect(result.stderr).toContain('cidr');
    expect(result.files.get('d.json')).toBe(before);
  });

  it('renames and deletes (with the connections of what it deletes)', async () => {
    const renamed = await skyplan(['edit', 'd.json', 'rename', 'db', 'Orders DB'], {
      'd.json': healthyVpc(),
    });
    expect(find(renamed.written('d.json'), 'db')?.name).toBe('Orders DB');
    const deleted = await skyplan(['edit', 'd.json', 'delete', 'worker', 'bastion'], {
      'd.json': healthyVpc(),
    });
    expect(deleted.code).toBe(0);
    const design = deleted.written('d.json');
    expect(find(design, 'worker')).toBeUndefined();
    expect(design.connections.map((c) => c.id)).toEqual(['cWeb', 'cApp', 'cDb']);
    const unknown = await skyplan(['edit', 'd.json', 'delete', 'nope'], { 'd.json': healthyVpc() });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('d.json: not changed: Nothing named nope is in this design.\n');
  });

  it('writes elsewhere with -o, or prints the design with -o -, leaving the input alone', async () => {
    const before = serializeDesign(healthyVpc());
    const other = await skyplan(['edit', 'd.json', 'rename', 'db', 'Orders', '-o', 'out.json'], {
      'd.json': before,
    });
    expect(other.code).toBe(0);
    expect(other.files.get('d.json')).toBe(before);
    expect(find(other.written('out.json'), 'db')?.name).toBe('Orders');
    const printed = await skyplan(['edit', 'd.json', 'rename', 'db', 'Orders', '-o', '-'], {
      'd.json': before,
    });
    expect(printed.code).toBe(0);
    expect(printed.files.get('d.json')).toBe(before);
    expect(parseDesign(printed.stdout).ok).toBe(true);
    expect(printed.stderr).toBe('d.json: renamed db to "Orders"; wrote -\n');
    const json = await skyplan(['edit', 'd.json', 'rename', 'db', 'Orders', '-o', '-', '--format', 'json'], {
      'd.json': before,
    });
    expect(parseDesign(json.stdout).ok).toBe(true);
    expect(JSON.parse(json.stderr)).toMatchObject({ ok: true, operation: 'rename', output: '-' });
  });

  it('opens the file as the app does: an old multi-subnet placement is normalised', async () => {
    // healthyVpc() keeps the old form: the ALB's parent is the VPC, its subnets only listed.
    expect(find(healthyVpc(), 'alb1')?.parent).toBe('vpc1');
    const result = await skyplan(['edit', 'd.json', 'rename', 'db', 'Orders'], { 'd.json': healthyVpc() });
    expect(find(result.written('d.json'), 'alb1')?.parent).toBe('pubA');
  });

  it('keeps a design without a layout without one, and gives a laid-out design a box', async () => {
    const bare = await skyplan(['edit', 'd.json', 'add', 'nat-gateway', '--in', 'pubA'], {
      'd.json': healthyVpc(),
    });
    expect(bare.written('d.json').layout).toBeUndefined();
    const laidOut = await skyplan(['edit', 'd.json', 'add', 'nat-gateway', '--in', 'pub'], {
      'd.json': twoTierDesign(),
    });
    const design = laidOut.written('d.json');
    const added = design.resources.find((r) => r.type === 'nat-gateway' && r.id !== 'nat1');
    expect(design.layout?.[added?.id ?? '']).toMatchObject({ x: expect.any(Number), y: expect.any(Number) });
  });

  it('reports in JSON and in Korean', async () => {
    const json = await skyplan(['edit', 'd.json', 'rename', 'db', 'Orders', '--format', 'json'], {
      'd.json': healthyVpc(),
    });
    expect(JSON.parse(json.stdout)).toEqual({
      ok: true,
      file: 'd.json',
      operation: 'rename',
      done: 'renamed db to "Orders"',
      value: null,
      output: 'd.json',
    });
    const refused = await skyplan(['edit', 'd.json', 'delete', 'nope', '--format', 'json', '--lang', 'ko'], {
      'd.json': healthyVpc(),
    });
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({
      ok: false,
      refusal: { key: 'edit.refused.unknown', message: expect.stringContaining('nope') },
    });
    const korean = await skyplan(['edit', 'd.json', 'delete', 'nope', '--lang', 'ko'], {
      'd.json': healthyVpc(),
    });
    expect(korean.stderr).toMatch(/^d\.json: 바꾸지 않았습니다: /);
  });

  it('stops with exit 2 and a usage line for unknown operations, wrong arguments and types', async () => {
    const files = { 'd.json': healthyVpc() };
    const unknown = await skyplan(['edit', 'd.json', 'paint', 'db'], files);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown operation "paint"; use one of: add TYPE; connect FROM TO;');
    const missing = await skyplan(['edit', 'd.json'], files);
    expect(missing.code).toBe(2);
    const wrong = await skyplan(['edit', 'd.json', 'connect', 'db'], files);
    expect(wrong.stderr).toBe(
      'skyplan: wrong number of arguments; usage: skyplan edit FILE connect FROM TO\n',
    );
    const misplaced = await skyplan(['edit', 'd.json', 'rename', 'db', 'x', '--in', 'pubA'], files);
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toBe('skyplan: --in belongs to the add operation\n');
    const type = await skyplan(['edit', 'd.json', 'add', 'mainframe'], files);
    expect(type.code).toBe(2);
    expect(type.stderr).toContain('unknown resource type "mainframe"');
  });

  it('says which file it could not write, and exits 2', async () => {
    const result = await skyplan(
      ['edit', 'd.json', 'rename', 'db', 'x'],
      { 'd.json': healthyVpc() },
      { failWrites: true },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('skyplan: cannot write d.json: disk full\n');
  });
});

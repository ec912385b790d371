import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './fake-io';

const twoTier = 'assets/examples/two-tier-web-app.skyplan.json';

function edited(
  change: (doc: { resources: { id: string; props: Record<string, unknown> }[] }) => void,
): string {
  const doc = JSON.parse(readFileSync(twoTier, 'utf8')) as {
    resources: { id: string; props: Record<string, unknown> }[];
  };
  change(doc);
  return JSON.stringify(doc, null, 2);
}

/** The two-tier example with the app subnets' NAT routes removed. */
const noNat = edited((doc) => {
  for (const r of doc.resources) if (r.id === 'rtAppA' || r.id === 'rtAppB') r.props.routes = [];
});

describe('skyplan simulate', () => {
  it('prints numbered forward and return hops and exits 0 when reachable', async () => {
    const result = await runCli(['simulate', twoTier, '--from', 'internet', '--to', 'alb1', '--port', '443']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Forward path:');
    expect(result.stdout).toContain('Return path:');
    expect(result.stdout).toMatch(/ 1\. \[source\] internet: /);
    // Named after their types, the gateway and the group are not called so twice.
    expect(result.stdout).toMatch(/\[sg-ingress\] sgAlb: ALB security group allows it in: inbound rule 1/);
    expect(result.stdout).toMatch(/\[igw\] igw1: Internet gateway translates the public address of /);
    expect(result.stdout).toContain('REACHABLE: internet can reach alb1.');
  });

  it('prints the blocked line with code, Reachability Analyzer code, explanation and fix; exit 1', async () => {
    const result = await runCli(['simulate', 'nonat.json', '--from', 'web', '--to', 'internet'], {
      'nonat.json': noNat,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'BLOCKED at App routes A (rtAppA): NO_ROUTE (Reachability Analyzer: NO_ROUTE_TO_DESTINATION)',
    );
    // Messages name things by their names; the line prefixes keep the ids the CLI takes.
    expect(result.stdout).toContain(
      'Why: subnet App A has no route to 0.0.0.0/0 in its route table (App routes A)',
    );
    expect(result.stdout).toMatch(/Fix: add a NAT gateway in a public subnet/);
  });

  it('prints the JSON object of docs/file-format.md with --format json', async () => {
    const result = await runCli(
      ['simulate', 'nonat.json', '--from', 'web', '--to', 'internet', '--format', 'json'],
      {
        'nonat.json': noNat,
      },
    );
    expect(result.code).toBe(1);
    const json = result.json<{
      reachable: boolean;
      hops: { direction: string }[];
      blocked: { code: string };
    }>();
    expect(json.reachable).toBe(false);
    expect(json.blocked).toMatchObject({
      code: 'NO_ROUTE',
      raCode: 'NO_ROUTE_TO_DESTINATION',
      resource: 'rtAppA',
    });
    expect(json.hops[0]).toEqual({
      resource: 'web',
      direction: 'forward',
      action: 'source',
      detail: 'Web service sends from 10.0.10.4 in subnet App A (AZ a)',
    });
  });

  it('simulates a failed AZ and a failed resource', async () => {
    const az = await runCli(['simulate', twoTier, '--from', 'internet', '--to', 'alb1', '--fail-az', 'a']);
    expect(az.code).toBe(0);
    expect(az.stdout).toContain('Simulated failures: AZ a');
    const nat = await runCli(['simulate', twoTier, '--from', 'web', '--to', 'internet', '--fail', 'natA']);
    expect(nat.code).toBe(1);
    expect(nat.stdout).toContain('BLOCKED at NAT A (natA): RESOURCE_FAILED');
  });

  it('speaks Korean with --lang ko', async () => {
    const result = await runCli(
      ['simulate', 'nonat.json', '--from', 'web', '--to', 'internet', '--lang', 'ko'],
      {
        'nonat.json': noNat,
      },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('원인: 서브넷 App A의 라우팅 테이블(App routes A)');
  });

  it('exits 2 naming the file and the id when --from or --to is unknown', async () => {
    const result = await runCli(['simulate', twoTier, '--from', 'internet', '--to', 'alb9']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^skyplan: ${twoTier}: no resource with id "alb9" \\(given to --to\\)\\. Valid ids: internet, .*alb1`,
      ),
    );
    const failed = await runCli([
      'simulate',
      twoTier,
      '--from',
      'internet',
      '--to',
      'alb1',
      '--fail',
      'ghost',
    ]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('"ghost"');
  });

  it.each([
    [['--to', 'alb1'], '"simulate" needs --from'],
    [['--from', 'internet', '--to', 'alb1', '--port', '70000'], '--port must be a whole number'],
    [
      ['--from', 'internet', '--to', 'alb1', '--protocol', 'sctp'],
      '--protocol must be tcp, udp, icmp or all',
    ],
    [
      ['--from', 'internet', '--to', 'alb1', '--fail-az', 'us-east-1a'],
      '--fail-az must be Availability Zone letters',
    ],
  ])('exits 2 on bad options %j', async (args, message) => {
    const result = await runCli(['simulate', twoTier, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('exits 2 when the file cannot be read or is not a design', async () => {
    const missing = await runCli(['simulate', 'nowhere.json', '--from', 'a', '--to', 'b']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.json');
    const bad = await runCli(['simulate', 'bad.json', '--from', 'a', '--to', 'b'], {
      'bad.json': '{"format": 1',
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.json');
  });

  it('is listed in the help', async () => {
    const result = await runCli(['--help']);
    expect(result.stdout).toMatch(/simulate\s+trace a request hop by hop/);
    const own = await runCli(['simulate', '--help']);
    expect(own.stdout).toContain('--fail-az AZ');
  });
});

describe('skyplan simulate: naming the ends', () => {
  /** The two-tier example as the app would save it: the internet node is `internet1`. */
  const appNamed = readFileSync(twoTier, 'utf8')
    .replace('"id": "internet"', '"id": "internet1"')
    .replace('"from": "internet"', '"from": "internet1"')
    .replace('"internet": {', '"internet1": {');

  it('accepts a resource type where the design has exactly one resource of it', async () => {
    const result = await runCli(
      ['simulate', 'app.json', '--from', 'internet', '--to', 'alb1', '--port', '443'],
      {
        'app.json': appNamed,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('REACHABLE: internet1 can reach alb1.');
  });

  it('lists the valid ids when an id is unknown', async () => {
    const result = await runCli(['simulate', 'app.json', '--from', 'internet2', '--to', 'alb1'], {
      'app.json': appNamed,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'no resource with id "internet2" (given to --from). Valid ids: internet1, ',
    );
    expect(result.stderr).toContain('alb1');
  });

  it('refuses a type that several resources share, naming them', async () => {
    const result = await runCli(['simulate', twoTier, '--from', 'internet', '--to', 'subnet']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--to subnet is a resource type with \d+ resources in this design \(/);
  });
});

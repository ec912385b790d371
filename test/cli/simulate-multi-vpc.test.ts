import { describe, expect, it } from 'vitest';
import { runCli } from './fake-io';

const peering = 'assets/examples/vpc-peering.skyplan.json';
const hub = 'assets/examples/transit-gateway-hub-spoke.skyplan.json';

interface Json {
  reachable: boolean;
  hops: { resource: string; action: string }[];
  blocked: null | { code: string };
}

describe('skyplan simulate across VPCs', () => {
  it('traces the web service to the database over the peering, both ways', async () => {
    const result = await runCli(['simulate', peering, '--from', 'web', '--to', 'db', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = result.json<Json>();
    expect(json.reachable).toBe(true);
    expect(json.hops.filter((h) => h.action === 'peering').map((h) => h.resource)).toEqual([
      'pcxAppData',
      'pcxAppData',
    ]);
  });

  it('isolates the spokes of the hub-and-spoke example (exit 1, TGW_NO_ROUTE)', async () => {
    const result = await runCli([
      'simulate',
      hub,
      '--from',
      'prodApp',
      '--to',
      'devApp',
      '--port',
      '443',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(1);
    expect(result.json<Json>().blocked?.code).toBe('TGW_NO_ROUTE');
  });

  it('validates both examples without findings', async () => {
    for (const file of [peering, hub]) {
      const result = await runCli(['validate', file]);
      expect(result.code, file).toBe(0);
    }
  });
});

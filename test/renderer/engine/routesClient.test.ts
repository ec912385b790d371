// The canvas's routing: the routing worker's client drops answers about a superseded layout and
// replaces a worker stuck on one; without a worker (here, under Node) routes are computed on
// the main thread, and a failing worker falls back to it too.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { EdgeRoute } from '../../../shared/diagram/routes';
import type { Design } from '../../../shared/model/types';
import { routesOf, setRoutesClient } from '../../../renderer/engine/routes';
import { createRoutesClient, RESTART_AFTER_MS } from '../../../renderer/engine/routesClient';
import type { RoutesAnswer, RoutesPort, RoutesRequest } from '../../../renderer/engine/routesClient';
import { healthyVpc } from '../../fixtures/designs';

/** Worker stand-ins that answer only when told to, in any order. */
function fakeWorkers() {
  const ports: (RoutesPort & { received: RoutesRequest[]; terminated: boolean })[] = [];
  const spawn = () => {
    const port = {
      received: [] as RoutesRequest[],
      terminated: false,
      onmessage: null as RoutesPort['onmessage'],
      onerror: null as RoutesPort['onerror'],
      postMessage(message: RoutesRequest) {
        port.received.push(message);
      },
      terminate() {
        port.terminated = true;
      },
    };
    ports.push(port);
    return port;
  };
  const answer = (index: number, message: RoutesAnswer) => ports[index]?.onmessage?.({ data: message });
  return { ports, spawn, answer };
}

const routes = (x: number): Record<string, EdgeRoute> => ({
  c: {
    points: [
      { x, y: 0 },
      { x: x + 10, y: 0 },
    ],
    from: { x: 0, y: 0 },
    to: { x: 0, y: 0 },
  },
});

describe('routes client: an answer about an old layout is dropped', () => {
  it('drops the answer for version 1 once version 2 was asked, even when it arrives last', async () => {
    const workers = fakeWorkers();
    const client = createRoutesClient(workers.spawn, { now: () => 0 });
    const first = client.route(healthyVpc());
    const second = client.route(healthyVpc());
    const [v1, v2] = workers.ports[0]?.received.map((m) => m.version) ?? [];
    workers.answer(0, { version: v2 ?? 0, routes: routes(2) });
    workers.answer(0, { version: v1 ?? 0, routes: routes(1) });
    expect(await first).toBeUndefined();
    expect((await second)?.c?.points[0]?.x).toBe(2);
  });

  it('drops an old answer that arrives first and still delivers the new one', async () => {
    const workers = fakeWorkers();
    const client = createRoutesClient(workers.spawn, { now: () => 0 });
    const first = client.route(healthyVpc());
    const second = client.route(healthyVpc());
    const [v1, v2] = workers.ports[0]?.received.map((m) => m.version) ?? [];
    workers.answer(0, { version: v1 ?? 0, routes: routes(1) });
    expect(await first).toBeUndefined();
    workers.answer(0, { version: v2 ?? 0, routes: routes(2) });
    expect((await second)?.c?.points[0]?.x).toBe(2);
  });

  it('replaces a worker kept busy by a superseded route, and keeps one that is quick', async () => {
    const workers = fakeWorkers();
    let clock = 0;
    const client = createRoutesClient(workers.spawn, { now: () => clock });
    void client.route(healthyVpc());
    clock += RESTART_AFTER_MS / 2;
    void client.route(healthyVpc());
    expect(workers.ports).toHaveLength(1);
    clock += RESTART_AFTER_MS + 1;
    const third = client.route(healthyVpc());
    expect(workers.ports).toHaveLength(2);
    expect(workers.ports[0]?.terminated).toBe(true);
    const version = workers.ports[1]?.received[0]?.version ?? 0;
    workers.answer(1, { version, routes: routes(3) });
    expect((await third)?.c?.points[0]?.x).toBe(3);
  });

  it('rejects with the worker’s error, and on a worker that fails', async () => {
    const workers = fakeWorkers();
    const broken: string[] = [];
    const client = createRoutesClient(workers.spawn, { now: () => 0, onBroken: (m) => broken.push(m) });
    const pending = client.route(healthyVpc());
    workers.answer(0, { version: workers.ports[0]?.received[0]?.version ?? 0, error: 'no wasm' });
    await expect(pending).rejects.toThrow('no wasm');
    const next = client.route(healthyVpc());
    workers.ports[0]?.onerror?.({ message: 'blocked script' });
    await expect(next).rejects.toThrow('blocked script');
    expect(broken).toEqual(['blocked script']);
  });
});

describe('routes without a worker', () => {
  afterEach(() => setRoutesClient(null));
  const design = () =>
    JSON.parse(readFileSync('assets/templates/private-subnets-nat.skyplan.json', 'utf8')) as Design;

  it('are computed on the main thread when there is no Worker (Node)', async () => {
    expect(typeof Worker).toBe('undefined');
    setRoutesClient(null);
    const result = await routesOf(design());
    expect(Object.keys(result ?? {}).sort()).toEqual(
      design()
        .connections.map((c) => c.id)
        .sort(),
    );
  });

  it('are computed on the main thread when the worker fails', async () => {
    const workers = fakeWorkers();
    setRoutesClient(createRoutesClient(workers.spawn, { now: () => 0 }));
    const pending = routesOf(design());
    await Promise.resolve();
    workers.ports[0]?.onerror?.({ message: 'worker crashed' });
    const result = await pending;
    expect(Object.keys(result ?? {}).length).toBe(design().connections.length);
    expect(result?.[design().connections[0]?.id ?? '']?.points.length).toBeGreaterThanOrEqual(2);
  });
});

import { describe, expect, it } from 'vitest';
import { createEngineClient } from '../../../renderer/engine/engineClient';
import type { EnginePort } from '../../../renderer/engine/engineClient';
import { applyDesignPatch } from '../../../renderer/engine/patch';
import type { EngineAnswer, EngineRequest, FindingsResult } from '../../../renderer/engine/protocol';
import { healthyVpc } from '../../fixtures/designs';

/** A worker stand-in that answers only when told to, in any order. */
function fakeWorker() {
  const received: EngineRequest[] = [];
  const port: EnginePort = {
    onmessage: null,
    postMessage(message) {
      received.push(message);
    },
  };
  const answer = (message: EngineAnswer) => port.onmessage?.({ data: message });
  return { port, received, answer };
}

const result = (label: string): FindingsResult => ({
  findings: [
    { rule: label, severity: 'error', resources: [], message: 'ui.action.edit', params: {} },
  ] as FindingsResult['findings'],
  byResource: new Map(),
  publicSubnets: new Map(),
});

describe('engine client: answers about an old document are dropped', () => {
  it('drops an answer for version 1 once version 2 was asked, even when it arrives last', async () => {
    const worker = fakeWorker();
    const client = createEngineClient(worker.port);
    const first = client.request('findings', healthyVpc());
    const second = client.request('findings', healthyVpc());
    const [v1, v2] = worker.received.map((m) => m.version);
    expect(v2).toBeGreaterThan(v1 ?? Infinity);
    // The newer answer first, then the late one about the older document.
    worker.answer({ kind: 'findings', version: v2 ?? 0, result: result('new') });
    worker.answer({ kind: 'findings', version: v1 ?? 0, result: result('old') });
    expect(await first).toBeUndefined();
    expect((await second)?.findings[0]?.rule).toBe('new');
  });

  it('drops an old answer that arrives before the new one, and still delivers the new one', async () => {
    const worker = fakeWorker();
    const client = createEngineClient(worker.port);
    const first = client.request('findings', healthyVpc());
    const second = client.request('findings', healthyVpc());
    const [v1, v2] = worker.received.map((m) => m.version);
    worker.answer({ kind: 'findings', version: v1 ?? 0, result: result('old') });
    expect(await first).toBeUndefined();
    worker.answer({ kind: 'findings', version: v2 ?? 0, result: result('new') });
    expect((await second)?.findings[0]?.rule).toBe('new');
    expect(client.latest('findings')).toBe(v2);
  });

  it('keeps kinds apart: a layout request does not supersede a findings request', async () => {
    const worker = fakeWorker();
    const client = createEngineClient(worker.port);
    const findings = client.request('findings', healthyVpc());
    const layout = client.request('layout', healthyVpc());
    const [f, l] = worker.received;
    worker.answer({ kind: 'layout', version: l?.version ?? 0, result: { a: { x: 1, y: 2 } } });
    worker.answer({ kind: 'findings', version: f?.version ?? 0, result: result('kept') });
    expect(await layout).toEqual({ a: { x: 1, y: 2 } });
    expect((await findings)?.findings[0]?.rule).toBe('kept');
  });

  it('rejects with the worker’s error for the current version', async () => {
    const worker = fakeWorker();
    const client = createEngineClient(worker.port);
    const pending = client.request('layout', healthyVpc());
    worker.answer({ kind: 'layout', version: worker.received[0]?.version ?? 0, error: 'ELK failed' });
    await expect(pending).rejects.toThrow('ELK failed');
  });
});

describe('engine client: findings requests after the first send a patch', () => {
  it('sends the whole document first, then only what an edit changed', () => {
    const worker = fakeWorker();
    const client = createEngineClient(worker.port);
    const first = healthyVpc();
    const [kept, edited, ...rest] = first.resources;
    const second = { ...first, resources: [kept!, { ...edited!, name: 'renamed' }, ...rest] };
    void client.request('findings', first);
    void client.request('findings', second);
    const [full, patched] = worker.received;
    expect(full && 'design' in full && full.design).toBe(first);
    if (!patched || !('patch' in patched)) throw new Error('the second request sent no patch');
    expect(patched.base).toBe(full?.version);
    expect(patched.patch.resources?.changed.map((r) => r.id)).toEqual([edited!.id]);
    expect(patched.patch.resources?.order).toBeUndefined();
    expect(patched.patch.connections).toBeUndefined();
    // The worker's copy, patched, is the second document, sharing what did not change.
    const rebuilt = applyDesignPatch(structuredClone(first), structuredClone(patched.patch));
    expect(rebuilt).toEqual(second);
  });

  it('sends the whole document again after a failed findings answer', async () => {
    const worker = fakeWorker();
    const client = createEngineClient(worker.port);
    const failed = client.request('findings', healthyVpc());
    worker.answer({ kind: 'findings', version: worker.received[0]?.version ?? 0, error: 'lost its copy' });
    await expect(failed).rejects.toThrow('lost its copy');
    void client.request('findings', healthyVpc());
    expect(worker.received[1] && 'design' in worker.received[1]).toBe(true);
  });
});

describe('engine client: cost requests', () => {
  it('names the document of the last findings request instead of sending it again', () => {
    const worker = fakeWorker();
    const client = createEngineClient(worker.port);
    const design = healthyVpc();
    void client.request('findings', design);
    void client.request('cost', design, 'eu-west-1');
    const [findings, cost] = worker.received;
    expect(cost).toEqual({
      kind: 'cost',
      version: cost?.version,
      region: 'eu-west-1',
      of: findings?.version,
    });
  });

  it('names it for a document that differs from it only in its layout', () => {
    const worker = fakeWorker();
    const client = createEngineClient(worker.port);
    const design = healthyVpc();
    void client.request('findings', design);
    void client.request('cost', { ...design, layout: { app: { x: 1, y: 2 } } }, 'us-east-1');
    const cost = worker.received[1];
    expect(cost && 'of' in cost && cost.of).toBe(worker.received[0]?.version);
  });

  it('sends a document the worker does not hold in full', () => {
    const worker = fakeWorker();
    const client = createEngineClient(worker.port);
    const held = healthyVpc();
    const other = { ...held, name: 'another' };
    void client.request('findings', held);
    void client.request('cost', other, 'us-east-1');
    const cost = worker.received[1];
    expect(cost && 'design' in cost && cost.design).toBe(other);
  });

  it('keeps cost and findings apart, and drops a cost answer about an older document', async () => {
    const worker = fakeWorker();
    const client = createEngineClient(worker.port);
    const findings = client.request('findings', healthyVpc());
    const older = client.request('cost', healthyVpc(), 'us-east-1');
    const newer = client.request('cost', healthyVpc(), 'us-east-1');
    const [f, c1, c2] = worker.received;
    worker.answer({ kind: 'cost', version: c2?.version ?? 0, result: new Map([['alb', 16.43]]) });
    worker.answer({ kind: 'cost', version: c1?.version ?? 0, result: new Map([['alb', 1]]) });
    worker.answer({ kind: 'findings', version: f?.version ?? 0, result: result('kept') });
    expect(await older).toBeUndefined();
    expect((await newer)?.get('alb')).toBe(16.43);
    expect((await findings)?.findings[0]?.rule).toBe('kept');
  });
});

describe('engine client: findings answers as deltas', () => {
  const delta = (base: number, order: number[], added: FindingsResult['findings']) => ({
    base,
    order: Int32Array.from(order),
    added,
    counts: [],
    publicSubnets: new Map<string, boolean>(),
  });

  it('rebuilds a delta on the last answer received, superseded or not, keeping its findings', async () => {
    const worker = fakeWorker();
    const client = createEngineClient(worker.port);
    const first = client.request('findings', healthyVpc());
    const second = client.request('findings', healthyVpc());
    const [v1, v2] = worker.received.map((m) => m.version) as [number, number];
    const old = result('old');
    // The answer about version 1 is dropped, but the next one is written against it.
    worker.answer({ kind: 'findings', version: v1, result: old });
    expect(await first).toBeUndefined();
    const added = result('new').findings;
    worker.answer({ kind: 'findings', version: v2, delta: delta(v1, [-1, 0], added) });
    const rebuilt = await second;
    expect(rebuilt?.findings.map((f) => f.rule)).toEqual(['new', 'old']);
    expect(rebuilt?.findings[1]).toBe(old.findings[0]);
  });

  it('fails an answer it cannot build and sends the next document whole', async () => {
    const worker = fakeWorker();
    const client = createEngineClient(worker.port);
    const design = healthyVpc();
    const first = client.request('findings', design);
    worker.answer({ kind: 'findings', version: worker.received[0]!.version, result: result('a') });
    await first;
    const edited = { ...design, name: 'edited' };
    const second = client.request('findings', edited);
    const v2 = worker.received[1]!.version;
    expect('patch' in worker.received[1]!).toBe(true);
    worker.answer({ kind: 'findings', version: v2, delta: delta(v2 - 5, [0], []) });
    await expect(second).rejects.toThrow(/no findings answer/);
    const third = client.request('findings', { ...edited, name: 'again' });
    expect('design' in worker.received[2]!).toBe(true);
    // A delta naming a finding its base lacks fails its request too, rather than never settling.
    const v3 = worker.received[2]!.version;
    worker.answer({ kind: 'findings', version: v3, result: result('b') });
    await third;
    const fourth = client.request('findings', { ...edited, name: 'fourth' });
    worker.answer({ kind: 'findings', version: worker.received[3]!.version, delta: delta(v3, [9], []) });
    await expect(fourth).rejects.toThrow(/names finding 9/);
  });
});

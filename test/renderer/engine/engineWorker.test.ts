// The engine worker's loop, run under Node with a stand-in for the worker scope: findings come
// before prices, only the newest cost request is priced, and a cost request names a document
// by the findings request that sent it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { priceIn, tagsOf } from '../../../renderer/engine/cost';
import { applyFindingsDelta } from '../../../renderer/engine/findingsDelta';
import { diffDesign } from '../../../renderer/engine/patch';
import type { EngineAnswer, EngineRequest } from '../../../renderer/engine/protocol';
import { runRules } from '../../../shared/rules/index';
import { healthyVpc } from '../../fixtures/designs';

interface Scope {
  onmessage: ((event: { data: EngineRequest }) => void) | null;
  postMessage(message: EngineAnswer): void;
}

let answers: EngineAnswer[];
let send: (request: EngineRequest) => void;

beforeEach(async () => {
  answers = [];
  const scope: Scope = { onmessage: null, postMessage: (message) => answers.push(message) };
  (globalThis as { self?: unknown }).self = scope;
  vi.resetModules();
  await import('../../../renderer/engine/engine.worker');
  send = (request) => scope.onmessage?.({ data: request });
});

afterEach(() => {
  delete (globalThis as { self?: unknown }).self;
});

/** Waits until the worker has answered `count` times (it works a task at a time). */
async function answered(count: number): Promise<EngineAnswer[]> {
  await vi.waitFor(() => expect(answers.length).toBeGreaterThanOrEqual(count));
  return answers;
}

describe('engine worker: cost tags', () => {
  it('answers the findings first, then prices the document the findings request sent', async () => {
    const design = healthyVpc();
    send({ kind: 'findings', version: 1, design });
    send({ kind: 'cost', version: 2, region: 'us-east-1', of: 1 });
    const [findings, cost] = await answered(2);
    expect(findings?.kind).toBe('findings');
    expect(findings && 'result' in findings && findings.result).toMatchObject({ findings: runRules(design) });
    const tags = tagsOf(priceIn(design, 'us-east-1'));
    expect(tags.size).toBeGreaterThan(0);
    expect(cost).toEqual({ kind: 'cost', version: 2, result: tags });
  });

  it('prices the patched copy a later findings request made', async () => {
    const first = healthyVpc();
    const second = { ...first, resources: first.resources.filter((r) => r.type !== 'nat-gateway') };
    send({ kind: 'findings', version: 1, design: first });
    send({ kind: 'findings', version: 2, base: 1, patch: diffDesign(first, second)! });
    send({ kind: 'cost', version: 3, region: 'us-east-1', of: 2 });
    const all = await answered(2);
    expect(all.map((a) => [a.kind, a.version])).toEqual([
      ['findings', 2],
      ['cost', 3],
    ]);
    const cost = all[1];
    expect(cost && 'result' in cost && cost.result).toEqual(tagsOf(priceIn(second, 'us-east-1')));
  });

  it('prices only the newest of the cost requests that wait', async () => {
    const design = healthyVpc();
    send({ kind: 'findings', version: 1, design });
    send({ kind: 'cost', version: 2, region: 'us-east-1', design });
    send({ kind: 'cost', version: 3, region: 'eu-west-1', design });
    await answered(2);
    // Give the loop room for a third answer, which must not come.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answers.map((a) => [a.kind, a.version])).toEqual([
      ['findings', 1],
      ['cost', 3],
    ]);
  });

  it('prices once the findings have rested, so edits in quick succession get their problems first', async () => {
    const first = healthyVpc();
    const second = { ...first, name: 'second' };
    send({ kind: 'findings', version: 1, design: first });
    send({ kind: 'cost', version: 2, region: 'us-east-1', of: 1 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    send({ kind: 'findings', version: 3, base: 1, patch: diffDesign(first, second)! });
    await answered(3);
    expect(answers.map((a) => [a.kind, a.version])).toEqual([
      ['findings', 1],
      ['findings', 3],
      ['cost', 2],
    ]);
  });

  it('answers with an error for a document it does not hold', async () => {
    send({ kind: 'cost', version: 4, region: 'us-east-1', of: 9 });
    const [failed] = await answered(1);
    expect(failed).toEqual({
      kind: 'cost',
      version: 4,
      error: 'the engine worker has no document 9 to price',
    });
  });
});

describe('engine worker: findings answers', () => {
  it('answers an edit as a delta on the answer before, and a whole document whole', async () => {
    const first = healthyVpc();
    const second = { ...first, resources: first.resources.filter((r) => r.type !== 'nat-gateway') };
    send({ kind: 'findings', version: 1, design: first });
    await answered(1);
    send({ kind: 'findings', version: 2, base: 1, patch: diffDesign(first, second)! });
    await answered(2);
    send({ kind: 'findings', version: 3, design: first });
    const [whole, delta, again] = await answered(3);
    if (whole?.kind !== 'findings' || !('result' in whole) || !delta || !('delta' in delta))
      throw new Error('not as expected');
    expect(delta.delta.base).toBe(1);
    expect(applyFindingsDelta(structuredClone(whole.result), structuredClone(delta.delta)).findings).toEqual(
      runRules(second),
    );
    // Version 3 sent the whole document: answered whole, though the worker had an answer to build on.
    expect(again && 'result' in again && again.version).toBe(3);
  });
});

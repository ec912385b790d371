/**
 * The page's side of the engine worker. Requests of one kind supersede each other: only the
 * newest version of each kind is wanted, so an answer for an older version (the user edited
 * again while the worker was busy) is dropped, and its promise settles with `undefined`.
 * That is what keeps the problems on screen those of the current document, never a late answer
 * about an earlier one.
 *
 * Findings requests send a patch against the last document sent (patch.ts): the worker keeps a
 * copy, so an edit crosses the thread boundary as the few objects it changed rather than as a
 * structured clone of the whole design. After a failed findings answer (the worker may have
 * lost its copy) the next request sends the whole document again. Findings answers come as
 * deltas against the answer before (findingsDelta.ts), rebuilt here on the last one received,
 * superseded or not, so a finding that did not change stays the same object.
 *
 * The port is anything with postMessage/onmessage (a Worker, or a fake in tests).
 */
import type { Design } from '../../shared/model/types';
import { sameContent } from './memo';
import { applyFindingsDelta } from './findingsDelta';
import { diffDesign } from './patch';
import type {
  EngineAnswer,
  EngineKind,
  EngineRequest,
  EngineResults,
  FindingsRequest,
  FindingsResult,
} from './protocol';

export interface EnginePort {
  postMessage(message: EngineRequest): void;
  onmessage: ((event: { data: EngineAnswer }) => void) | null;
}

interface Waiting {
  version: number;
  settle(result: unknown): void;
  fail(error: Error): void;
}

export interface EngineClient {
  /**
   * Asks for `kind` on this document (cost: in `region`); resolves with the answer, or
   * undefined when superseded.
   */
  request<K extends EngineKind>(
    kind: K,
    design: Design,
    region?: string,
  ): Promise<EngineResults[K] | undefined>;
  /** The version of the newest request of a kind (0: none yet). */
  latest(kind: EngineKind): number;
}

export function createEngineClient(port: EnginePort): EngineClient {
  let version = 0;
  const waiting = new Map<EngineKind, Waiting>();
  const newest = new Map<EngineKind, number>();
  /** The document the worker holds for findings (the last one sent) and its version. */
  let sent: { version: number; design: Design } | null = null;
  /** The last findings answer received, which the worker writes the next one against. */
  let received: { version: number; result: FindingsResult } | null = null;
  /** The answer with a findings delta rebuilt on the last answer received. */
  const readAnswer = (data: EngineAnswer): Exclude<EngineAnswer, { delta: unknown }> => {
    if (data.kind !== 'findings' || 'error' in data) return data;
    if ('delta' in data) {
      const base = received?.version === data.delta.base ? received.result : null;
      // Cannot happen while the port delivers in order; failing starts both sides over.
      if (!base) {
        return {
          kind: 'findings',
          version: data.version,
          error: `no findings answer ${data.delta.base} to build on`,
        };
      }
      try {
        data = { kind: 'findings', version: data.version, result: applyFindingsDelta(base, data.delta) };
      } catch (error) {
        return { kind: 'findings', version: data.version, error: String(error) };
      }
    }
    received = { version: data.version, result: data.result };
    return data;
  };
  const findingsRequest = (next: number, design: Design): FindingsRequest => {
    const patch = sent && diffDesign(sent.design, design);
    const message: FindingsRequest = patch
      ? { kind: 'findings', version: next, base: sent!.version, patch }
      : { kind: 'findings', version: next, design };
    sent = { version: next, design };
    return message;
  };
  const message = (kind: EngineKind, next: number, design: Design, region = ''): EngineRequest => {
    if (kind === 'findings') return findingsRequest(next, design);
    if (kind === 'layout') return { kind, version: next, design };
    // The document of the last findings request is in the worker already (its layout aside,
    // which no engine reads: memo.ts).
    return sent && sameContent(sent.design, design)
      ? { kind, version: next, region, of: sent.version }
      : { kind, version: next, region, design };
  };
  port.onmessage = (event) => {
    const data = readAnswer(event.data);
    // The worker's copy may be gone after any failure: start again from the whole document
    // (the worker then answers whole too).
    if (data.kind === 'findings' && 'error' in data) {
      sent = null;
      received = null;
    }
    const entry = waiting.get(data.kind);
    // An answer about an older document: the request was superseded (and already settled).
    if (!entry || entry.version !== data.version) return;
    waiting.delete(data.kind);
    if ('error' in data) entry.fail(new Error(data.error));
    else entry.settle(data.result);
  };
  return {
    request(kind, design, region) {
      const next = ++version;
      newest.set(kind, next);
      waiting.get(kind)?.settle(undefined);
      return new Promise((resolve, reject) => {
        waiting.set(kind, {
          version: next,
          settle: resolve as (result: unknown) => void,
          fail: reject,
        });
        port.postMessage(message(kind, next, design, region));
      });
    },
    latest(kind) {
      return newest.get(kind) ?? 0;
    },
  };
}

/**
 * Findings of the current document, computed by the engine worker so the canvas never waits
 * for the rules. One request per document content, shared by every reader (top bar, Problems
 * panel, canvas badges); answers are primed into the findings cache (findings.ts), so any later
 * `findingsOf` of the same content is free.
 *
 * While the worker works, readers keep the findings of the newest document answered so far,
 * and since the client drops answers about superseded documents (engineClient.ts), what is
 * shown never goes back to an older document. Where no worker can run (tests under Node, a
 * page that refuses workers) the rules run on the main thread in a deferred render, as before.
 */
import { startTransition, useDeferredValue, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Design } from '../../shared/model/types';
import { useEditor, useEditorStore } from '../store/index';
import { createEngineClient } from './engineClient';
import type { EngineClient, EnginePort } from './engineClient';
import { derivedFindings } from './findings';
import type { DerivedFindings } from './findings';
import { sameContent } from './memo';
import { publicSubnetsOf } from './network';

let client: EngineClient | null | undefined;

/** The engine worker's client, or null where workers are not available. */
export function engineClient(): EngineClient | null {
  if (client !== undefined) return client;
  client = null;
  if (typeof Worker === 'undefined') return client;
  try {
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
    worker.onerror = (event) => {
      // A worker that cannot start (blocked script): fall back to the main thread for good.
      console.warn('engine worker failed; rules run on the main thread', event.message);
      client = null;
      answered = null;
      notify();
    };
    client = createEngineClient(worker as unknown as EnginePort);
  } catch (error) {
    console.warn('engine worker unavailable; rules run on the main thread', error);
  }
  return client;
}

const EMPTY: DerivedFindings = { findings: [], byResource: new Map() };
const listeners = new Set<() => void>();
/** The newest document the worker has answered for. */
let answered: { design: Design; result: DerivedFindings } | null = null;
let requested: Design | null = null;

function notify(): void {
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function request(engine: EngineClient, design: Design): void {
  if (derivedFindings.has(design) || (requested && sameContent(requested, design))) return;
  requested = design;
  engine.request('findings', design).then(
    (answer) => {
      if (!answer) return; // superseded by a newer document
      const { publicSubnets, ...result } = answer;
      derivedFindings.prime(result, design);
      // The worker built the network model for the rules: the canvas need not build it again.
      publicSubnetsOf.prime(publicSubnets, design);
      answered = { design, result };
      // Rendered in this task: left to React's scheduler, the render of an answer came a task
      // later, often after the next frame had already been drawn without it (a frame later on
      // screen). Only the urgent readers render now; the others are transitions, as before.
      flushSync(notify);
    },
    (error: unknown) => {
      console.warn('engine worker: rules failed; running them here', error);
      answered = { design, result: derivedFindings(design) };
      notify();
    },
  );
}

/**
 * Asks the worker the moment the store changes, not after React has rendered the edit: it works
 * on the rules while the page draws the edit. request() asks once per content.
 */
function useRequests(engine: EngineClient | null): void {
  const store = useEditorStore();
  useEffect(() => {
    if (!engine) return;
    request(engine, store.getState().design);
    return store.subscribe(() => request(engine, store.getState().design));
  }, [engine, store]);
}

/** Findings and the document they are about (the current one, or for a moment the last answered). */
export interface LiveFindings {
  design: Design;
  result: DerivedFindings;
}

/**
 * How a reader takes the worker's answer. 'urgent': at once, in one render with the other urgent
 * readers (the top bar's count, the Problems panel, the canvas badges), so the frame after the
 * answer shows all of them for the same document. They are cheap to render: the panel draws a
 * screenful of rows and the canvas rebuilds only the shapes whose badge changed (flow.ts). As a
 * transition the answer's render was time-sliced across frames and the count came a frame or
 * two later. 'transition': an interruptible render after those (the inspector).
 */
export type AnswerPriority = 'urgent' | 'transition';

/**
 * The findings to show and the document they belong to. Views that label or shade with other
 * derived values (public subnets, cost) read that document rather than the current one, so a
 * finding is never labelled from a newer document than it was computed on, and everything the
 * engines say about an edit lands in one render instead of one per engine.
 */
export function useLiveResult(priority: AnswerPriority = 'transition'): LiveFindings {
  const design = useEditor((state) => state.design);
  const engine = engineClient();
  // Without a worker the rules run here, in a deferred render. With one, nothing here is slow,
  // and deferring the document would only add a background render of every reader (the top
  // bar, the Problems panel, the canvas) after each edit, ahead of the worker's answer.
  const deferred = useDeferredValue(engine ? null : design) ?? design;
  const [latest, setLatest] = useState(answered);
  useEffect(
    () =>
      subscribe(() => {
        if (priority === 'urgent') setLatest(answered);
        else startTransition(() => setLatest(answered));
      }),
    [priority],
  );
  useRequests(engine);
  // One object per (design, result) pair, so readers can memoise on it.
  if (!engine) return pairOf(deferred, derivedFindings(deferred));
  if (derivedFindings.has(design)) return pairOf(design, derivedFindings(design));
  return latest ? pairOf(latest.design, latest.result) : pairOf(design, EMPTY);
}

const pairs = new WeakMap<DerivedFindings, LiveFindings>();

function pairOf(design: Design, result: DerivedFindings): LiveFindings {
  let pair = pairs.get(result);
  if (!pair || pair.design !== design) {
    pair = { design, result };
    pairs.set(result, pair);
  }
  return pair;
}

/** Findings of the current document (or, for a few milliseconds after an edit, of the last one). */
export function useLiveFindings(priority: AnswerPriority = 'transition'): DerivedFindings {
  return useLiveResult(priority).result;
}

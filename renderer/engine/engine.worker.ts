/**
 * The engine worker: runs the rules and the automatic layout (ELK) off the page's main thread,
 * so the canvas keeps drawing while they work. The rules run incrementally: an edit re-traces
 * only the connections it can affect.
 *
 * Findings requests arrive as patches against the worker's copy of the last document
 * (patch.ts), which keeps every unchanged resource the same object from one edit to the next.
 * Each request updates the copy at once, but the rules run a task later and only for the newest
 * copy: when edits arrive faster than the rules run (undo held down), the ones already
 * superseded are never checked; the page has dropped their promises anyway (engineClient.ts).
 * Once it has answered and no request waits, it prepares the runner for the next edit.
 */
import { computeLayout } from '../../shared/diagram/layout';
import type { Design } from '../../shared/model/types';
import { createIncrementalRunner } from '../../shared/rules/utils/incremental';
import { countFindings } from './findings';
import { computePublicSubnets } from './network';
import { applyDesignPatch } from './patch';
import type { EngineAnswer, EngineRequest, FindingsRequest } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineAnswer): void;
};

// Successive edits reuse the previous run's connection traces (shared/rules/utils/incremental.ts).
const rules = createIncrementalRunner();

/** The last document the page sent for findings, and its version. */
let copy: { version: number; design: Design } | null = null;
/** A run is due (a request arrived since the last one started). */
let scheduled = false;
const later = new MessageChannel();

function failure(kind: EngineRequest['kind'], version: number, error: unknown): EngineAnswer {
  return { kind, version, error: error instanceof Error ? error.message : String(error) };
}

function receive(request: FindingsRequest): void {
  if ('design' in request) copy = { version: request.version, design: request.design };
  else if (copy?.version === request.base) {
    copy = { version: request.version, design: applyDesignPatch(copy.design, request.patch) };
  } else {
    copy = null;
    throw new Error(`the engine worker has no document ${request.base} to patch`);
  }
  if (!scheduled) {
    scheduled = true;
    later.port2.postMessage(null);
  }
}

later.port1.onmessage = () => {
  if (!scheduled) {
    // A task after an answer, and no edit came meanwhile: do now what the next edit would do
    // first (group the document), so the user's first edit after an open is not the slow one.
    // Preparing what is already prepared costs a lookup.
    rules.prepare();
    return;
  }
  scheduled = false;
  if (!copy) return;
  const { version, design } = copy;
  try {
    const result = { ...countFindings(rules.run(design)), publicSubnets: computePublicSubnets(design) };
    scope.postMessage({ kind: 'findings', version, result });
    later.port2.postMessage(null);
  } catch (error) {
    scope.postMessage(failure('findings', version, error));
  }
};

scope.onmessage = (event) => {
  const request = event.data;
  try {
    if (request.kind === 'findings') receive(request);
    else {
      computeLayout(request.design).then(
        (result) => scope.postMessage({ kind: 'layout', version: request.version, result }),
        (error: unknown) => scope.postMessage(failure('layout', request.version, error)),
      );
    }
  } catch (error) {
    scope.postMessage(failure(request.kind, request.version, error));
  }
};

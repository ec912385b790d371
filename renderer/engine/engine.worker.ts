/**
 * The engine worker: runs the rules, prices the canvas's cost tags and runs the automatic layout
 * (ELK) off the page's main thread, so the canvas keeps drawing while they work. The rules run
 * incrementally: an edit re-traces only the connections it can affect.
 *
 * Findings requests arrive as patches against the worker's copy of the last document
 * (patch.ts), which keeps every unchanged resource the same object from one edit to the next.
 * Each request updates the copy at once, but the rules run a task later and only for the newest
 * copy: when edits arrive faster than the rules run (undo held down), the ones already
 * superseded are never checked; the page has dropped their promises anyway (engineClient.ts).
 * Once it has answered, it prepares the runner for the next edit. Answers after the first are
 * deltas against the answer before (findingsDelta.ts).
 *
 * Prices come last: only the newest cost request is priced, and only once no findings request
 * has come for QUIET_MS. Pricing a 1,000-resource design takes 5-30 ms and cannot be
 * interrupted, so someone editing in quick succession (undo held down, typing in a field) gets
 * the problems of every step first and the cost tags when they pause.
 */
import { computeLayout } from '../../shared/diagram/layout';
import type { Design } from '../../shared/model/types';
import { createIncrementalRunner } from '../../shared/rules/utils/incremental';
import { priceIn, tagsOf } from './cost';
import { countFindings } from './findings';
import { findingsDelta } from './findingsDelta';
import { computePublicSubnets } from './network';
import { applyDesignPatch } from './patch';
import type { CostRequest, EngineAnswer, EngineRequest, FindingsRequest, FindingsResult } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineAnswer): void;
};

// Successive edits reuse the previous run's connection traces (shared/rules/utils/incremental.ts).
const rules = createIncrementalRunner();

/** The last document the page sent for findings, and its version. */
let copy: { version: number; design: Design } | null = null;
/** The last findings answer sent, which the next is written against (null: send the next whole). */
let answered: { version: number; result: FindingsResult } | null = null;
/** The rules are due (a findings request arrived since the last run started). */
let findingsDue = false;
/** A cost request with the document it names. */
interface PendingCost {
  version: number;
  region: string;
  design: Design;
}
/** The newest cost request not yet priced. */
let costDue: PendingCost | null = null;
/** When the last findings request arrived (performance.now()). */
let lastFindings = -Infinity;
/** How long the findings must have rested before pricing starts. */
const QUIET_MS = 150;
/** A task is on its way (`later`), which does the next piece of work. */
let woken = false;
const later = new MessageChannel();
let pricingTimer: ReturnType<typeof setTimeout> | undefined;

function wake(): void {
  if (woken) return;
  woken = true;
  later.port2.postMessage(null);
}

function failure(kind: EngineRequest['kind'], version: number, error: unknown): EngineAnswer {
  return { kind, version, error: error instanceof Error ? error.message : String(error) };
}

function receiveFindings(request: FindingsRequest): void {
  if ('design' in request) {
    copy = { version: request.version, design: request.design };
    // The page starts over (its first request, or after a failure): so does the answer.
    answered = null;
  } else if (copy?.version === request.base) {
    copy = { version: request.version, design: applyDesignPatch(copy.design, request.patch) };
  } else {
    copy = null;
    throw new Error(`the engine worker has no document ${request.base} to patch`);
  }
  findingsDue = true;
  lastFindings = performance.now();
  wake();
}

function receiveCost(request: CostRequest): void {
  let design: Design;
  if ('design' in request) design = request.design;
  else if (copy?.version === request.of) design = copy.design;
  else throw new Error(`the engine worker has no document ${request.of} to price`);
  costDue = { version: request.version, region: request.region, design };
  wake();
}

function answerFindings(): void {
  if (!copy) return;
  const { version, design } = copy;
  try {
    const result = { ...countFindings(rules.run(design)), publicSubnets: computePublicSubnets(design) };
    scope.postMessage(
      answered
        ? { kind: 'findings', version, delta: findingsDelta(answered.result, answered.version, result) }
        : { kind: 'findings', version, result },
    );
    answered = { version, result };
  } catch (error) {
    answered = null;
    scope.postMessage(failure('findings', version, error));
  }
}

function answerCost(due: PendingCost): void {
  try {
    scope.postMessage({
      kind: 'cost',
      version: due.version,
      result: tagsOf(priceIn(due.design, due.region)),
    });
  } catch (error) {
    scope.postMessage(failure('cost', due.version, error));
  }
}

// One piece of work per task, so a request that arrives meanwhile is read before the next.
later.port1.onmessage = () => {
  woken = false;
  if (findingsDue) {
    findingsDue = false;
    answerFindings();
    wake();
    return;
  }
  // Do now what the next edit would do first (group the document), so the user's first edit
  // after an open is not the slow one. Preparing what is already prepared costs a lookup.
  rules.prepare();
  if (!costDue) return;
  const rest = lastFindings + QUIET_MS - performance.now();
  clearTimeout(pricingTimer);
  if (rest > 0) {
    pricingTimer = setTimeout(wake, rest);
    return;
  }
  const due = costDue;
  costDue = null;
  answerCost(due);
};

scope.onmessage = (event) => {
  const request = event.data;
  try {
    if (request.kind === 'findings') receiveFindings(request);
    else if (request.kind === 'cost') receiveCost(request);
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

/**
 * The engine worker: runs the rules and the automatic layout (ELK) off the page's main thread,
 * so the canvas keeps drawing while they work. The rules run incrementally: an edit re-traces
 * only the connections it can affect. One request at a time per kind; the page drops
 * answers it no longer wants (engineClient.ts).
 */
import { computeLayout } from '../../shared/diagram/layout';
import { createIncrementalRunner } from '../../shared/rules/utils/incremental';
import { countFindings } from './findings';
import type { EngineAnswer, EngineRequest } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineAnswer): void;
};

// Successive edits reuse the previous run's connection traces (shared/rules/utils/incremental.ts).
const rules = createIncrementalRunner();

scope.onmessage = (event) => {
  const request = event.data;
  const { version } = request;
  const fail = (error: unknown) =>
    scope.postMessage({
      kind: request.kind,
      version,
      error: error instanceof Error ? error.message : String(error),
    });
  try {
    if (request.kind === 'findings') {
      scope.postMessage({ kind: 'findings', version, result: countFindings(rules.run(request.design)) });
    } else {
      computeLayout(request.design).then(
        (result) => scope.postMessage({ kind: 'layout', version, result }),
        fail,
      );
    }
  } catch (error) {
    fail(error);
  }
};

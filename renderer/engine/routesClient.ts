/**
 * The page's side of the routing worker (routes.worker.ts), which runs the libavoid router so
 * the canvas never waits for it: seconds on a design of a few hundred resources.
 *
 * Each request supersedes the previous one (only the routes of the current layout are wanted):
 * an answer for an older version is dropped and that request's promise settles with
 * `undefined`, so a late answer about an earlier layout never replaces the current routes.
 * When a superseded request has kept the worker busy for a while (a long route of a big
 * design), the worker is replaced by a fresh one instead of finishing work nobody wants.
 *
 * The port is anything with postMessage/onmessage/terminate (a Worker, or a fake in tests).
 */
import type { EdgeRoute } from '../../shared/diagram/routes';
import type { Design } from '../../shared/model/types';

export interface RoutesRequest {
  version: number;
  design: Design;
}

export type RoutesAnswer =
  { version: number; routes: Record<string, EdgeRoute> } | { version: number; error: string };

export interface RoutesPort {
  postMessage(message: RoutesRequest): void;
  onmessage: ((event: { data: RoutesAnswer }) => void) | null;
  /** A worker that cannot start or crashed. */
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

export interface RoutesClient {
  /** Routes `design` on its own layout; undefined when a newer request superseded this one. */
  route(design: Design): Promise<Record<string, EdgeRoute> | undefined>;
}

/**
 * How long the worker may stay busy with a superseded request before it is replaced. Short
 * routes just finish (a new worker costs a WebAssembly load, ~100 ms); long ones are cut off.
 */
export const RESTART_AFTER_MS = 400;

interface Waiting {
  version: number;
  sentAt: number;
  settle(routes: Record<string, EdgeRoute> | undefined): void;
  fail(error: Error): void;
}

/**
 * `spawn` starts a worker; `onBroken` hears when one fails (the pending request is rejected, so
 * its caller can route elsewhere).
 */
export function createRoutesClient(
  spawn: () => RoutesPort,
  options: { now?: () => number; onBroken?: (message: string) => void } = {},
): RoutesClient {
  const now = options.now ?? (() => performance.now());
  let version = 0;
  let waiting: Waiting | undefined;
  let port: RoutesPort | undefined;
  const connect = (): RoutesPort => {
    const next = spawn();
    next.onmessage = ({ data }) => {
      // An answer about an older layout: that request was superseded (and already settled).
      if (!waiting || waiting.version !== data.version) return;
      const entry = waiting;
      waiting = undefined;
      if ('error' in data) entry.fail(new Error(data.error));
      else entry.settle(data.routes);
    };
    next.onerror = (event) => {
      const message = event.message ?? 'the routing worker failed';
      const entry = waiting;
      waiting = undefined;
      if (port === next) port = undefined;
      entry?.fail(new Error(message));
      options.onBroken?.(message);
    };
    return next;
  };
  return {
    route(design) {
      const next = ++version;
      const busy = waiting;
      busy?.settle(undefined);
      if (port && busy && now() - busy.sentAt > RESTART_AFTER_MS) {
        port.onmessage = null;
        port.onerror = null;
        port.terminate();
        port = undefined;
      }
      port ??= connect();
      const target = port;
      return new Promise((resolve, reject) => {
        waiting = { version: next, sentAt: now(), settle: resolve, fail: reject };
        target.postMessage({ version: next, design });
      });
    },
  };
}

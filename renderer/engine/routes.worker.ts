/**
 * The routing worker: routes a design's connections with libavoid (shared/diagram/
 * connection-routes.ts) off the page's main thread. Requests that arrive while a route runs
 * queue up; only the newest of them is routed (the page wants the current layout's routes and
 * drops answers about older ones, routesClient.ts).
 */
import { loadRouter, routerLoadError, setRouterWasmLocation } from '../../shared/diagram/avoid';
import { routeOnLayout } from '../../shared/diagram/connection-routes';
import type { RoutesAnswer, RoutesRequest } from './routesClient';

// The bundler copies the WebAssembly file into the assets and rewrites this URL relative to
// the worker's own script, so it resolves under http:// and file:// alike.
setRouterWasmLocation(new URL('../../node_modules/libavoid-js/dist/libavoid.wasm', import.meta.url).href);

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RoutesRequest>) => void) | null;
  postMessage(message: RoutesAnswer): void;
};

let pending: RoutesRequest | undefined;
/** The version of the newest request received. */
let newest = 0;
let scheduled = false;

async function routeNewest(): Promise<void> {
  scheduled = false;
  const request = pending;
  pending = undefined;
  if (!request) return;
  const { version, design } = request;
  try {
    const avoid = await loadRouter();
    if (!avoid) {
      const cause = routerLoadError();
      throw new Error(`libavoid did not load: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
    // A newer request arrived while the router loaded: that one is routed instead.
    if (version !== newest) return;
    scope.postMessage({ version, routes: routeOnLayout(avoid, design, design.layout ?? {}) });
  } catch (error) {
    scope.postMessage({ version, error: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = (event) => {
  pending = event.data;
  newest = event.data.version;
  if (scheduled) return;
  scheduled = true;
  // After the messages already queued behind a long route, so a burst is routed once.
  setTimeout(() => void routeNewest(), 0);
};

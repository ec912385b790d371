/**
 * Connection routes for the canvas, computed in the routing worker (routes.worker.ts) where
 * there is one, so a route of several seconds never holds up the page. Without a worker (tests
 * under Node, a page that refuses workers), or when the worker fails, they are computed here,
 * on the main thread, and only up to MAX_ROUTED_ON_CANVAS resources.
 */
import {
  MAX_ROUTED_IN_WORKER,
  MAX_ROUTED_ON_CANVAS,
  routeConnections,
} from '../../shared/diagram/connection-routes';
import type { EdgeRoute } from '../../shared/diagram/routes';
import type { Design } from '../../shared/model/types';
import { setRouterWasmLocation } from '../../shared/diagram/avoid';
import { createRoutesClient } from './routesClient';
import type { RoutesClient, RoutesPort } from './routesClient';

// For the main-thread fallback: the bundler copies the WebAssembly file into the app's assets
// and rewrites this URL (the worker sets its own, routes.worker.ts).
setRouterWasmLocation(new URL('../../node_modules/libavoid-js/dist/libavoid.wasm', import.meta.url).href);

let client: RoutesClient | null | undefined;

function spawnWorker(): RoutesPort {
  return new Worker(new URL('./routes.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as RoutesPort;
}

/** The routing worker's client, or null where workers are not available. */
export function routesClient(): RoutesClient | null {
  if (client !== undefined) return client;
  client =
    typeof Worker === 'undefined'
      ? null
      : createRoutesClient(spawnWorker, {
          onBroken(message) {
            // A worker that cannot start (blocked script): route on the main thread from now on.
            console.warn('routing worker failed; routes are computed on the main thread', message);
            client = null;
          },
        });
  return client;
}

/** Which client `routesOf` uses (null: the main thread); tests put a fake worker's here. */
export function setRoutesClient(next: RoutesClient | null): void {
  client = next;
}

/**
 * The routes of `design` on its own layout; undefined when a newer request superseded this
 * one. Empty when the design is too large to route where it would run.
 */
export async function routesOf(design: Design): Promise<Record<string, EdgeRoute> | undefined> {
  const layout = design.layout ?? {};
  const worker = routesClient();
  if (!worker) return routeConnections(design, layout, MAX_ROUTED_ON_CANVAS);
  if (design.resources.length > MAX_ROUTED_IN_WORKER) return {};
  try {
    return await worker.route(design);
  } catch (error) {
    console.warn('routing worker: routing failed; routing here', error);
    return routeConnections(design, layout, MAX_ROUTED_ON_CANVAS);
  }
}

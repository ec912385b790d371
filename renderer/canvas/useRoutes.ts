/**
 * Connection routes for the canvas, by the libavoid router on the document's current layout
 * (shared/diagram/connection-routes.ts): recomputed shortly after the resources, connections or
 * layout change (a drop, the end of a drag, Tidy up). While a node is being dragged its edges no
 * longer fit their route (routeFits, in edges.tsx) and float until the drop.
 *
 * Routing runs in the routing worker (engine/routes.ts), so a long route never holds up the
 * page: edges float until the answer comes. Where no worker can run it runs here, and stops at
 * MAX_ROUTED_ON_CANVAS resources; above the worker's limit every edge floats.
 *
 * Dead-letter links (queue → its DLQ) are routed with the connections; their edges are not
 * connections and read their route by id from the newest answer (`useLinkRoute`).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { EdgeRoute } from '../../shared/diagram/routes';
import type { Design } from '../../shared/model/types';
import { routesOf } from '../engine/routes';

type Routes = Readonly<Record<string, EdgeRoute>>;
const NONE: Routes = {};
/** The newest answer and the connections it was computed for. */
interface RoutesState {
  key: unknown;
  routes: Routes;
}
/** Before the first answer: nothing routed. */
export const NO_ROUTES: RoutesState = { key: null, routes: NONE };

export function useRoutes(design: Design): Routes {
  const [routes, setRoutes] = useState<RoutesState>(NO_ROUTES);
  const { resources, connections, layout } = design;
  useEffect(() => {
    if (connections.length === 0 && !resources.some(hasDeadLetterTarget)) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      routesOf({ ...design, resources, connections, layout })
        .then((result) => {
          if (cancelled || !result) return;
          setRoutes((current) => nextRoutes(current, connections, result));
          publish(result);
        })
        .catch((error: unknown) => {
          // A design the router cannot handle is still drawn, with floating edges.
          console.warn('edge routing failed', error);
        });
    }, 60);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // The name, notes and the rest of the document do not move a line.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resources, connections, layout]);
  // Routes of other connections (an earlier document, a deleted edge) are never used.
  return routes.key === connections ? routes.routes : NONE;
}

/**
 * The routes state after an answer for `key`. An empty answer (every design above the worker's
 * limit gets one after each edit) keeps the current state when that already draws no route:
 * a new state would render the canvas and map every resource again for nothing.
 */
export function nextRoutes(current: RoutesState, key: unknown, answer: Routes): RoutesState {
  const empty = isEmpty(answer);
  if (empty && (current.routes === NONE || current.key !== key)) return current;
  return { key, routes: empty ? NONE : answer };
}

function isEmpty(routes: Routes): boolean {
  for (const _id in routes) return false;
  return true;
}

function hasDeadLetterTarget(resource: Design['resources'][number]): boolean {
  return typeof (resource.props as { deadLetterTarget?: unknown } | undefined)?.deadLetterTarget === 'string';
}

/** The newest routes answered, for the edges that are not connections (dead-letter links). */
let published: Routes = NONE;
const listeners = new Set<() => void>();

function publish(routes: Routes): void {
  // Nothing routed before or now: no link's route changed, so no edge need look.
  if (published === NONE && isEmpty(routes)) return;
  published = isEmpty(routes) ? NONE : routes;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The route of link `id` (a dead-letter link's `dlq:<queue>`) from the newest routing, or
 * undefined; the edge checks that it still fits its ends (routeFits) before drawing it.
 */
export function useLinkRoute(id: string | undefined): EdgeRoute | undefined {
  // Only dead-letter links have a route: the other links (most of them) do not listen at all.
  return useSyncExternalStore(id ? subscribe : subscribeNothing, () => (id ? published[id] : undefined));
}

function subscribeNothing(): () => void {
  return unsubscribeNothing;
}

function unsubscribeNothing(): void {}

/**
 * Connection routes for the canvas, by the libavoid router on the document's current layout
 * (shared/diagram/connection-routes.ts): recomputed shortly after the resources, connections or
 * layout change (a drop, the end of a drag, Tidy up), off the urgent frame. While a node is being
 * dragged its edges no longer fit their route (routeFits, in edges.tsx) and float until the drop.
 * Above MAX_ROUTED_ON_CANVAS resources every edge floats (routing would hold up the page).
 */
import { useEffect, useState } from 'react';
import { setRouterWasmLocation } from '../../shared/diagram/avoid';
import { MAX_ROUTED_ON_CANVAS, routeConnections } from '../../shared/diagram/connection-routes';
import type { EdgeRoute } from '../../shared/diagram/routes';
import type { Design } from '../../shared/model/types';

// The package exports only its module, so its WebAssembly file is named by path; the bundler
// copies it into the app's assets and rewrites this URL.
setRouterWasmLocation(new URL('../../node_modules/libavoid-js/dist/libavoid.wasm', import.meta.url).href);

type Routes = Readonly<Record<string, EdgeRoute>>;
const NONE: Routes = {};

export function useRoutes(design: Design): Routes {
  const [routes, setRoutes] = useState<{ key: unknown; routes: Routes }>({ key: null, routes: NONE });
  const { resources, connections, layout } = design;
  useEffect(() => {
    if (connections.length === 0) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      routeConnections({ ...design, resources, connections, layout }, layout, MAX_ROUTED_ON_CANVAS)
        .then((result) => {
          if (!cancelled) setRoutes({ key: connections, routes: result });
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

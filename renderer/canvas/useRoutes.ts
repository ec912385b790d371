/**
 * ELK's orthogonal routes for the current design. The layout is recomputed (off the urgent
 * frame) only when the structure changes (resources or connections); each edge then uses its
 * route only while both its ends sit where that layout put them (routeFits, in edges.tsx), so
 * a design laid out by Tidy up or on open gets routed edges, and an edge whose end the user
 * dragged away falls back to a floating orthogonal path until the next Tidy up.
 */
import { useEffect, useState } from 'react';
import { computeDiagram } from '../../shared/diagram/layout';
import type { EdgeRoute } from '../../shared/diagram/routes';
import type { Design } from '../../shared/model/types';

/** Above this many resources ELK's hierarchical routing costs more than it gives on screen. */
const MAX_ROUTED = 300;

type Routes = Readonly<Record<string, EdgeRoute>>;
const NONE: Routes = {};

export function useRoutes(design: Design): Routes {
  const [routes, setRoutes] = useState<{ key: unknown; routes: Routes }>({ key: null, routes: NONE });
  const { resources, connections } = design;
  useEffect(() => {
    if (resources.length > MAX_ROUTED || connections.length === 0) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      computeDiagram({ ...design, resources, connections })
        .then((result) => {
          if (!cancelled) setRoutes({ key: connections, routes: result.routes });
        })
        .catch((error: unknown) => {
          // A design ELK cannot lay out is still drawn, with floating edges.
          console.warn('edge routing failed', error);
        });
    }, 120);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // Layout changes do not re-route: routes depend on structure only (see routeFits).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resources, connections]);
  // Routes of other connections (an earlier document, a deleted edge) are never used.
  return routes.key === connections ? routes.routes : NONE;
}

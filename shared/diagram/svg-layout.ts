/**
 * The layout an export draws: the document's own boxes, with the ones it lacks filled in by the
 * same auto layout the canvas runs when it opens such a file, and the connection routes the
 * canvas draws: the libavoid router on those boxes (connection-routes.ts), or ELK's routes of the
 * auto layout where the router cannot load (a route is used only where both its ends still sit
 * where it was computed). Runs in Node and in the browser.
 */
import type { Design, LayoutBox } from '../model/types';
import { MAX_ROUTED_RESOURCES, routeConnections } from './connection-routes';
import { computeDiagram, mergeLayout, missingLayout } from './layout';
import type { EdgeRoute } from './routes';

export interface ExportLayout {
  boxes: Record<string, LayoutBox>;
  routes: Record<string, EdgeRoute>;
}

export async function exportLayout(design: Design): Promise<ExportLayout> {
  const missing = missingLayout(design).length > 0;
  const routed = design.connections.length > 0 && design.resources.length <= MAX_ROUTED_RESOURCES;
  if (!missing && !routed) return { boxes: { ...(design.layout ?? {}) }, routes: {} };
  let boxes: Record<string, LayoutBox> = { ...(design.layout ?? {}) };
  let elkRoutes: Record<string, EdgeRoute> = {};
  if (missing) {
    const diagram = await computeDiagram(design);
    const draft = JSON.parse(JSON.stringify(design)) as Design;
    mergeLayout(design, diagram.boxes, draft);
    boxes = draft.layout ?? {};
    elkRoutes = diagram.routes;
  }
  if (!routed) return { boxes, routes: {} };
  const routes = await routeConnections(design, boxes);
  if (Object.keys(routes).length > 0) return { boxes, routes };
  // No router here: ELK's routes of the auto layout, where they still fit.
  if (!missing) elkRoutes = (await computeDiagram(design)).routes;
  return { boxes, routes: elkRoutes };
}

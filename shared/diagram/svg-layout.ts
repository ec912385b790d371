/**
 * The layout an export draws: the document's own boxes, with the ones it lacks filled in by the
 * same auto layout the canvas runs when it opens such a file, and ELK's connection routes (the
 * canvas computes them the same way; a route is used only where both its ends still sit where
 * ELK put them). Runs in Node and in the browser.
 */
import type { Design, LayoutBox } from '../model/types';
import { computeDiagram, mergeLayout, missingLayout } from './layout';
import type { EdgeRoute } from './routes';

/** Above this many resources ELK's routing costs more than it gives (as on the canvas). */
const MAX_ROUTED = 300;

export interface ExportLayout {
  boxes: Record<string, LayoutBox>;
  routes: Record<string, EdgeRoute>;
}

export async function exportLayout(design: Design): Promise<ExportLayout> {
  const missing = missingLayout(design).length > 0;
  const routed = design.connections.length > 0 && design.resources.length <= MAX_ROUTED;
  if (!missing && !routed) return { boxes: { ...(design.layout ?? {}) }, routes: {} };
  const diagram = await computeDiagram(design);
  if (!missing) return { boxes: { ...(design.layout ?? {}) }, routes: diagram.routes };
  const draft = JSON.parse(JSON.stringify(design)) as Design;
  mergeLayout(design, diagram.boxes, draft);
  return { boxes: draft.layout ?? {}, routes: diagram.routes };
}

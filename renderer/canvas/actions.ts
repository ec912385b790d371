/**
 * Canvas actions callable from anywhere under <App> (panels, commands): frame some resources,
 * fit the whole design, zoom. Wraps React Flow's viewport API so callers need not know it.
 */
import { useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';

export interface CanvasActions {
  /** Zooms and pans so these resources (or connection endpoints) fill the view. */
  frame(ids: readonly string[]): void;
  fitView(): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Top-left of the visible area in flow coordinates (where pasted items land when nothing else fits). */
  viewCenter(): { x: number; y: number };
}

const DURATION = 300;

export function useCanvasActions(): CanvasActions {
  const flow = useReactFlow();
  return useMemo<CanvasActions>(
    () => ({
      frame(ids) {
        const nodeIds = new Set<string>();
        for (const id of ids) {
          if (flow.getNode(id)) nodeIds.add(id);
          const edge = flow.getEdge(id);
          if (edge) {
            nodeIds.add(edge.source);
            nodeIds.add(edge.target);
          }
        }
        if (nodeIds.size === 0) return;
        void flow.fitView({
          nodes: [...nodeIds].map((id) => ({ id })),
          duration: DURATION,
          padding: 0.4,
          maxZoom: 1.5,
        });
      },
      fitView() {
        void flow.fitView({ duration: DURATION, padding: 0.1 });
      },
      zoomIn() {
        void flow.zoomIn({ duration: 150 });
      },
      zoomOut() {
        void flow.zoomOut({ duration: 150 });
      },
      viewCenter() {
        const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
        if (!pane) return { x: 0, y: 0 };
        return flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 });
      },
    }),
    [flow],
  );
}

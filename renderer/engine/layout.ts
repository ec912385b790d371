/**
 * The automatic layout (ELK), computed in the engine worker where there is one: seconds on a
 * design of thousands of resources, during which the page keeps answering. Without a worker, or
 * when the worker fails, it runs here.
 */
import { computeLayout } from '../../shared/diagram/layout';
import type { Design, LayoutBox } from '../../shared/model/types';
import { engineClient } from './live';

/** The layout of `design`; undefined when a newer layout request superseded this one. */
export function layoutOf(design: Design): Promise<Record<string, LayoutBox> | undefined> {
  const engine = engineClient();
  if (!engine) return computeLayout(design);
  return engine.request('layout', design).catch((error: unknown) => {
    console.warn('engine worker: layout failed; laying out here', error);
    return computeLayout(design);
  });
}

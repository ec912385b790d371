/**
 * Bench pages only (npm run bench): the generated design named by `?bench=N`, laid out the
 * way the app lays out a file without layout, so both pages draw the same boxes.
 */
import type { Design } from '../../shared/model/types';
import { generateDesign } from '../../shared/model/generate';
import { computeLayout, mergeLayout } from '../../shared/diagram/layout';
import { produce } from 'immer';

export function benchSize(): number {
  const value = Number(new URLSearchParams(location.search).get('bench') ?? '1000');
  return Number.isInteger(value) && value > 0 ? Math.min(value, 20000) : 1000;
}

export async function benchDesign(): Promise<Design> {
  const design = generateDesign(benchSize());
  const boxes = await computeLayout(design);
  return produce(design, (draft) => mergeLayout(design, boxes, draft));
}

/** What the bench script reads and drives through page.evaluate. */
export interface BenchWindow {
  benchReady?: boolean;
  benchStore?: unknown;
  /** Bench page: when the timed open started and how long until shapes were drawn (ms; -1: not yet). */
  benchOpen?: { start: number; firstFrame: number };
}

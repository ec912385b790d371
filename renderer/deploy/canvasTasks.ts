/**
 * The deploy step the Deploy panel is on, shared with the canvas: the panel publishes it, and
 * each ECS service shape (home or replica) reads the tasks of its own subnet. It is session
 * view state like the simulation highlight, never part of the document or its history, so it
 * lives in this small external store rather than in the editor store.
 */
import { useSyncExternalStore } from 'react';
import type { DeployStep, SubnetTasks } from '../../shared/deploy/index';

export interface CanvasDeployView {
  /** The ECS service being deployed. */
  service: string;
  step: DeployStep;
  blueGreen: boolean;
}

let current: CanvasDeployView | null = null;
const listeners = new Set<() => void>();

/** Called by the Deploy panel on every step change, and with null when it closes. */
export function publishDeployStep(view: CanvasDeployView | null): void {
  if (view === current) return;
  current = view;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current step's tasks in one subnet for one shape of a service, or null when not deploying it. */
export function tasksIn(
  view: CanvasDeployView | null,
  resource: string,
  subnet: string | undefined,
): SubnetTasks | null {
  if (!view || view.service !== resource || subnet === undefined) return null;
  return view.step.subnets.find((cell) => cell.subnet === subnet) ?? null;
}

/**
 * What a shape draws: the same object while the step does not change, so a node re-renders
 * only when the panel moves (the snapshot is the published view itself).
 */
export function useDeployTasks(
  resource: string,
  subnet: string | undefined,
): { cell: SubnetTasks; blueGreen: boolean } | null {
  const view = useSyncExternalStore(subscribe, () => current);
  const cell = tasksIn(view, resource, subnet);
  return cell && view ? { cell, blueGreen: view.blueGreen } : null;
}

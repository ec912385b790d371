/**
 * The deploy step the Deploy panel is on, shared with the canvas: the panel publishes it, and
 * each ECS service shape (home or replica) reads the tasks of its own subnet. It is session
 * view state like the simulation highlight, never part of the document or its history, so it
 * lives in this small external store rather than in the editor store.
 */
import type { DeployStep, SubnetTasks } from '../../shared/deploy/index';
import { createValueStore, useValue } from '../store/valueStore';

export interface CanvasDeployView {
  /** The ECS service being deployed. */
  service: string;
  step: DeployStep;
  blueGreen: boolean;
  /**
   * The service's `parent` when it is not one of its subnets (a service placed in the VPC): its
   * home shape sits there, outside every subnet, and shows the whole service's tasks.
   */
  home?: string;
}

const current = createValueStore<CanvasDeployView | null>(null);

/** Called by the Deploy panel on every step change, and with null when it closes. */
export function publishDeployStep(view: CanvasDeployView | null): void {
  current.set(view);
}

/**
 * Every subnet's tasks added up, for a home shape outside the subnets: its AZs listed ("a, b"),
 * failed only when every AZ failed (otherwise the survivors' counts are what matters).
 */
export function wholeService(step: DeployStep, container: string): SubnetTasks {
  const cells = step.subnets;
  const sum = (pick: (cell: SubnetTasks) => number) => cells.reduce((total, cell) => total + pick(cell), 0);
  return {
    subnet: container,
    az: [...new Set(cells.map((cell) => cell.az))].sort().join(', '),
    old: sum((cell) => cell.old),
    starting: sum((cell) => cell.starting),
    fresh: sum((cell) => cell.fresh),
    free: sum((cell) => cell.free),
    failed: cells.length > 0 && cells.every((cell) => cell.failed),
  };
}

/**
 * The current step's tasks for one shape of a service, or null when not deploying it: the
 * shape's subnet's tasks, or the whole service's for its home shape in the VPC.
 */
export function tasksIn(
  view: CanvasDeployView | null,
  resource: string,
  subnet: string | undefined,
): SubnetTasks | null {
  if (!view || view.service !== resource || subnet === undefined) return null;
  const cell = view.step.subnets.find((each) => each.subnet === subnet);
  if (cell) return cell;
  return view.home === subnet ? wholeService(view.step, subnet) : null;
}

/**
 * What a shape draws: the same object while the step does not change, so a node re-renders
 * only when the panel moves (the snapshot is the published view itself).
 */
export function useDeployTasks(
  resource: string,
  subnet: string | undefined,
): { cell: SubnetTasks; blueGreen: boolean; whole: boolean } | null {
  const view = useValue(current);
  const cell = tasksIn(view, resource, subnet);
  if (!cell || !view) return null;
  return { cell, blueGreen: view.blueGreen, whole: view.home !== undefined && view.home === subnet };
}

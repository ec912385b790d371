/** What every drawing of a resource shape shares, in full detail or low detail (nodes.tsx, lowDetail.tsx). */
import type { Resource } from '../../shared/model/types';
import type { ResourceFlowNode } from './flow';

/** Classes for the simulator's and the engines' states of a shape. */
export function stateClasses(data: ResourceFlowNode['data']): string {
  const classes: string[] = [];
  if (data.failed) classes.push('failed');
  if (data.focused) classes.push(data.blocked ? 'sim-blocked' : 'sim-focus');
  if (data.findings?.errors) classes.push('has-error');
  else if (data.findings?.warnings) classes.push('has-warning');
  return classes.join(' ');
}

export function displayName(resource: Resource): string {
  return resource.name?.trim() || resource.id;
}

/**
 * The shapes of one resource drawn in several subnets (an ALB in two AZs, an ECS service over
 * two private subnets) read as one: each carries a small "1/2" badge (its place among the
 * resource's subnets), and pointing at any of them outlines all of them. The hovered resource
 * lives in a tiny store outside React Flow's node data, so hovering re-renders only the shapes
 * whose state changes, never the whole flow.
 */
import { placedSubnetIds } from '../../shared/model/placement';
import type { Resource } from '../../shared/model/types';
import { useT } from '../i18n';
import { createValueStore, useValue } from '../store/valueStore';

const hovered = createValueStore<string | null>(null);

/** Marks the resource whose shape the pointer is on (null: none). */
export function setHoveredResource(id: string | null): void {
  hovered.set(id);
}

/** Whether the pointer is on a shape of this resource (any of its replicas). */
export function useReplicaHover(id: string): boolean {
  return useValue(hovered, (pointed) => pointed === id);
}

/** "1/2": this shape's place among the resource's subnets; nothing for a one-subnet resource. */
export function ReplicaBadge({ resource, subnet }: { resource: Resource; subnet: string | undefined }) {
  const t = useT();
  // The subnets a multi-subnet resource is drawn in (its replicas exist only with a list).
  const placed = placedSubnetIds(resource, 'subnet');
  const index = subnet ? placed.indexOf(subnet) : -1;
  if (placed.length < 2 || index < 0) return null;
  return (
    <span
      className="replica-badge"
      data-testid="replica-badge"
      title={t('diagram.replicaBadge', { index: index + 1, count: placed.length })}
    >
      {index + 1}/{placed.length}
    </span>
  );
}

/**
 * Failure mode: take an AZ or a resource out of service, trace every connection again and say
 * what broke and what survived. The tracing itself is the network model's (`traceAll` with
 * `options.failed`); this module compares the two runs, so that the canvas can mark broken
 * connections with the reason, and lessons can state "an ALB in two AZs survives".
 */
import type { Design, Resource } from '../model/index';
import type { FailedSet, TraceBlock, TraceShape } from './trace-shape';

export type FailureStatus =
  /** Worked before, does not with the failure: the interesting case. */
  | 'broken'
  /** Passed through something that failed, and still works (another AZ took over). */
  | 'survived'
  /** Never touched anything that failed. */
  | 'unaffected'
  /** Did not work even before the failure. */
  | 'already-blocked';

export interface ConnectionImpact {
  connection: string;
  status: FailureStatus;
  /** Why it broke (the blocking hop with the failure applied). */
  blocked: TraceBlock | null;
}

export interface FailureReport {
  failed: FailedSet;
  impacts: ConnectionImpact[];
  broken: string[];
  survived: string[];
}

export function isEmptyFailure(failed: FailedSet): boolean {
  return failed.azs.length === 0 && failed.resources.length === 0;
}

/** The AZs a resource lives in: its subnet's, or those of the subnets it lists (ALB, ECS, RDS). */
export function zonesOf(design: Design, id: string): string[] {
  const byId = new Map(design.resources.map((resource) => [resource.id, resource]));
  const zones = new Set<string>();
  const addSubnet = (subnetId: unknown): void => {
    const subnet = typeof subnetId === 'string' ? byId.get(subnetId) : undefined;
    if (subnet?.type === 'subnet') zones.add(subnet.props.az);
  };
  const resource = byId.get(id);
  if (!resource) return [];
  const listed = (resource.props as { subnets?: unknown }).subnets;
  if (Array.isArray(listed) && listed.length > 0) listed.forEach(addSubnet);
  else {
    // Walk up the containment chain to the nearest subnet.
    let up: Resource | undefined = resource;
    const seen = new Set<string>();
    while (up && !seen.has(up.id)) {
      seen.add(up.id);
      if (up.type === 'subnet') {
        addSubnet(up.id);
        break;
      }
      up = up.parent ? byId.get(up.parent) : undefined;
    }
  }
  return [...zones].sort();
}

/** Whether a resource is out of service: failed itself, or every AZ it lives in failed. */
export function isDown(design: Design, failed: FailedSet, id: string): boolean {
  if (failed.resources.includes(id)) return true;
  const zones = zonesOf(design, id);
  return zones.length > 0 && zones.every((zone) => failed.azs.includes(zone));
}

/** Whether a resource is touched by the failure at all (one of its AZs failed counts). */
function isTouched(design: Design, failed: FailedSet, id: string): boolean {
  if (failed.resources.includes(id)) return true;
  return zonesOf(design, id).some((zone) => failed.azs.includes(zone));
}

export function compareFailure(
  design: Design,
  failed: FailedSet,
  baseline: ReadonlyMap<string, TraceShape>,
  withFailure: ReadonlyMap<string, TraceShape>,
): FailureReport {
  const impacts: ConnectionImpact[] = design.connections.map((connection) => {
    const before = baseline.get(connection.id);
    const after = withFailure.get(connection.id);
    if (!before || !before.reachable) {
      return { connection: connection.id, status: 'already-blocked', blocked: before?.blocked ?? null };
    }
    if (!after || !after.reachable) {
      return { connection: connection.id, status: 'broken', blocked: after?.blocked ?? null };
    }
    const touched = [connection.from, connection.to, ...before.hops.map((hop) => hop.resource)].some((id) =>
      isTouched(design, failed, id),
    );
    return { connection: connection.id, status: touched ? 'survived' : 'unaffected', blocked: null };
  });
  return {
    failed,
    impacts,
    broken: impacts.filter((impact) => impact.status === 'broken').map((impact) => impact.connection),
    survived: impacts.filter((impact) => impact.status === 'survived').map((impact) => impact.connection),
  };
}

/**
 * Trace scopes: which resources a connection's trace can read, as groups of resources. A trace
 * walks from its source to its destination through what those are placed in and what the
 * resources on the way name: a VPC's subnets, route tables, gateways, groups and ACLs, and
 * everything they name by id (a route's NAT or peering, a transit gateway and its attachments, a
 * security group referenced across a peering, an endpoint's subnets), plus a load balancer's
 * targets and an NLB's clients, which come from the connections at the balancer.
 *
 * So resources are grouped: each starts in the scope of its VPC (the nearest VPC up its parent
 * chain; a resource outside any VPC is a scope of its own), and scopes are joined whenever a
 * resource names another resource anywhere in its fields (any string equal to an existing id,
 * an over-approximation that only ever joins more), and at every connection from a load balancer
 * or to an NLB. A trace then reads nothing outside the groups of its two ends
 * (shared/rules/utils/incremental.ts relies on this). If the tracer starts reading resources by
 * some other relation (a type lookup across the whole design, a name), this file must learn it.
 */
import type { Design, Resource } from '../../model/types';

/** Resource types whose connections are read by traces of other connections (walk.ts, nlb.ts). */
const BALANCERS: ReadonlySet<string> = new Set(['alb', 'nlb']);

/** Resource id → the id of its group (the same for every resource of one group). */
export type TraceScopes = ReadonlyMap<string, string>;

export function traceScopes(design: Design): TraceScopes {
  const byId = new Map<string, Resource>();
  for (const resource of design.resources) byId.set(resource.id, resource);
  const up = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    for (let next = up.get(root); next !== undefined && next !== root; next = up.get(root)) root = next;
    // Path compression keeps later finds short.
    for (let at = id; at !== root;) {
      const next = up.get(at) ?? root;
      up.set(at, root);
      at = next;
    }
    return root;
  };
  const join = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) up.set(ra, rb);
  };
  for (const resource of design.resources) {
    // The scope of its VPC, or of the top of its parent chain.
    let home: Resource = resource;
    for (let i = 0; i < 64 && home.type !== 'vpc' && home.parent !== undefined; i++) {
      const parent = byId.get(home.parent);
      if (!parent) break;
      home = parent;
    }
    join(resource.id, home.id);
    for (const value of stringsIn(resource)) {
      if (value !== resource.id && byId.has(value)) join(resource.id, value);
    }
  }
  for (const connection of design.connections) {
    const from = byId.get(connection.from);
    const to = byId.get(connection.to);
    if (!from || !to) continue;
    if (BALANCERS.has(from.type) || to.type === 'nlb') join(from.id, to.id);
  }
  const scopes = new Map<string, string>();
  for (const resource of design.resources) scopes.set(resource.id, find(resource.id));
  return scopes;
}

const STRINGS = new WeakMap<Resource, readonly string[]>();

/**
 * Every string in a resource except its id, type and display name, once per resource object
 * (resources are immutable values: after an edit only the ones it replaced are walked again).
 */
export function stringsIn(resource: Resource): readonly string[] {
  let strings = STRINGS.get(resource);
  if (!strings) {
    const found: string[] = [];
    visitStrings(resource, (value) => found.push(value));
    strings = found;
    STRINGS.set(resource, strings);
  }
  return strings;
}

/** Calls `visit` with every string in a resource except its id, type and display name. */
function visitStrings(resource: Resource, visit: (value: string) => void): void {
  const walk = (value: unknown): void => {
    if (typeof value === 'string') visit(value);
    else if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key in record) walk(record[key]);
    }
  };
  const fields = resource as unknown as Record<string, unknown>;
  for (const key in fields) if (!SELF.has(key)) walk(fields[key]);
}

/** A resource's own fields that never name another resource. */
const SELF: ReadonlySet<string> = new Set(['id', 'type', 'name']);

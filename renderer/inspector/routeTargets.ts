/**
 * Which resources a route table's routes may point at: the route targets of the catalog that sit
 * in the route table's own VPC. AWS refuses a route to another VPC's gateway, so offering one
 * would only let a user draw a design that cannot exist.
 */
import type { Design, Resource } from '../../shared/model/types';

/** The VPC a resource is drawn in (following containment), or undefined. */
export function enclosingVpc(design: Design, id: string): string | undefined {
  const byId = new Map(design.resources.map((r) => [r.id, r]));
  let current = byId.get(id);
  // The depth guard stops a (schema-invalid) parent loop.
  for (let depth = 0; current && depth < 16; depth++) {
    if (current.type === 'vpc') return current.id;
    current = current.parent ? byId.get(current.parent) : undefined;
  }
  return undefined;
}

/** Candidates of `types` for `self`'s routes: in self's VPC (all of them if self has none). */
export function routeTargetsFor(design: Design, self: Resource, types: readonly string[]): Resource[] {
  const wanted = new Set(types);
  const vpc = enclosingVpc(design, self.id);
  return design.resources.filter(
    (r) =>
      wanted.has(r.type) && r.id !== self.id && (vpc === undefined || enclosingVpc(design, r.id) === vpc),
  );
}

/**
 * Candidates of `types` for any reference field of `self` (an endpoint's route tables, a
 * resource's security groups, a subnet's route table…): a resource inside another VPC is left
 * out, since AWS refuses to link resources across VPCs; resources outside every VPC (queues,
 * topics, the internet) stay, and so do the ids already chosen, so a wrong one can be seen and
 * removed.
 */
export function referenceCandidates(
  design: Design,
  self: Resource,
  types: readonly string[],
  chosen: readonly string[] = [],
): Resource[] {
  const wanted = new Set(types);
  const kept = new Set(chosen);
  const vpc = enclosingVpc(design, self.id);
  return design.resources.filter((r) => {
    if (!wanted.has(r.type) || r.id === self.id) return false;
    if (kept.has(r.id) || vpc === undefined) return true;
    const other = enclosingVpc(design, r.id);
    return other === undefined || other === vpc;
  });
}

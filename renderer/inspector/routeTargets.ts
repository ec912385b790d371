/**
 * Which resources a reference field may offer. AWS refuses to link resources across VPCs (a
 * route to another VPC's gateway, an endpoint on another VPC's route table), so offering one
 * would only let a user draw a design that cannot exist.
 */
import type { Design, Resource } from '../../shared/model/types';
import { BLACKHOLE, linksOf } from '../../shared/network/index';

/** The VPC each resource is drawn in (following containment), computed once per question. */
function vpcIndex(design: Design): (id: string) => string | undefined {
  const byId = new Map(design.resources.map((r) => [r.id, r]));
  const known = new Map<string, string | undefined>();
  return (id) => {
    if (known.has(id)) return known.get(id);
    let current = byId.get(id);
    let found: string | undefined;
    // The depth guard stops a (schema-invalid) parent loop.
    for (let depth = 0; current && depth < 16; depth++) {
      if (current.type === 'vpc') {
        found = current.id;
        break;
      }
      current = current.parent ? byId.get(current.parent) : undefined;
    }
    known.set(id, found);
    return found;
  };
}

/** The VPC a resource is drawn in (following containment), or undefined. */
export function enclosingVpc(design: Design, id: string): string | undefined {
  return vpcIndex(design)(id);
}

/**
 * Resources of `types` other than `self`, kept when `keep(candidate's VPC, self's VPC)` says so;
 * when self is in no VPC, every candidate is kept.
 */
function candidatesOf(
  design: Design,
  self: Resource,
  types: readonly string[],
  keep: (candidateVpc: string | undefined, selfVpc: string, candidate: Resource) => boolean,
): Resource[] {
  const wanted = new Set(types);
  const vpcOf = vpcIndex(design);
  const vpc = vpcOf(self.id);
  return design.resources.filter(
    (r) => wanted.has(r.type) && r.id !== self.id && (vpc === undefined || keep(vpcOf(r.id), vpc, r)),
  );
}

/**
 * Candidates of `types` for `self`'s routes: in self's VPC (all of them if self has none), plus
 * the peerings that join self's VPC and the transit gateways it is attached to (both live
 * outside every VPC). A transit gateway route table is offered its own gateway's attachments
 * and "blackhole", the target that drops traffic.
 */
export function routeTargetsFor(design: Design, self: Resource, types: readonly string[]): Resource[] {
  const links = linksOf(design);
  const found = candidatesOf(
    design,
    self,
    types,
    (other, vpc, candidate) =>
      other === vpc ||
      (candidate.type === 'vpc-peering' && links.peerOf(candidate, vpc) !== undefined) ||
      (candidate.type === 'transit-gateway' && links.attachmentOf(vpc, candidate.id) !== undefined),
  );
  if (self.type !== 'transit-gateway-route-table') return found;
  const gateway = self.props.transitGateway;
  const own = found.filter(
    (r) => r.type !== 'transit-gateway-attachment' || r.props.transitGateway === gateway,
  );
  return [...own, blackholeTarget(gateway)];
}

/** The pseudo-target of a blackhole route, listed like an attachment so the route editor offers it. */
function blackholeTarget(gateway: string): Resource {
  return {
    id: BLACKHOLE,
    type: 'transit-gateway-attachment',
    props: { transitGateway: gateway, subnets: [] },
  };
}

/**
 * Candidates of `types` for any reference field of `self` (an endpoint's route tables, a
 * resource's security groups, a subnet's route table…): a resource inside another VPC is left
 * out; resources outside every VPC (queues, topics, the internet) stay, and so do the ids already
 * chosen, so a wrong one can be seen and removed.
 */
export function referenceCandidates(
  design: Design,
  self: Resource,
  types: readonly string[],
  chosen: readonly string[] = [],
): Resource[] {
  const kept = new Set(chosen);
  return candidatesOf(
    design,
    self,
    types,
    (other, vpc, candidate) => kept.has(candidate.id) || other === undefined || other === vpc,
  );
}

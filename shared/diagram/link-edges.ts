/**
 * Peering connections and transit gateways sit at the top level, between the VPCs they join.
 * These invisible ordering edges ("lift:" edges, dropped from the returned routes) make ELK
 * place a peering between its two VPCs, and a transit gateway between the VPCs attached to it
 * (the first half of its attachments on one side, the rest on the other), with its route
 * tables next to it.
 */
import type { ElkExtendedEdge } from 'elkjs/lib/elk-api';
import type { Design } from '../model/types';

export function linkEdges(
  design: Design,
  topIds: ReadonlySet<string>,
  topOf: (id: string) => string,
): ElkExtendedEdge[] {
  const edges: ElkExtendedEdge[] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string): void => {
    const key = `lift:${from}>${to}`;
    if (from === to || !topIds.has(from) || !topIds.has(to) || seen.has(key)) return;
    seen.add(key);
    edges.push({ id: key, sources: [from], targets: [to] });
  };
  const attachedVpcs = new Map<string, string[]>();
  for (const r of design.resources) {
    if (r.type === 'vpc-peering') {
      add(r.props.requesterVpc, r.id);
      add(r.id, r.props.accepterVpc);
    }
    if (r.type === 'transit-gateway-attachment') {
      const list = attachedVpcs.get(r.props.transitGateway) ?? [];
      list.push(topOf(r.id));
      attachedVpcs.set(r.props.transitGateway, list);
    }
    if (r.type === 'transit-gateway-route-table') add(r.props.transitGateway, r.id);
  }
  for (const [tgw, vpcs] of attachedVpcs) {
    const before = Math.ceil(vpcs.length / 2);
    vpcs.forEach((vpc, i) => (i < before ? add(vpc, tgw) : add(tgw, vpc)));
  }
  return edges;
}

/** A drawn link between a peering or transit gateway part and what it joins (no traffic rule). */
export interface VpcLink {
  id: string;
  from: string;
  to: string;
}

/**
 * What the canvas draws as light links: a peering to each of its VPCs, a transit gateway
 * attachment and a transit gateway route table to their gateway.
 */
export function vpcLinks(design: Design): VpcLink[] {
  const ids = new Set(design.resources.map((r) => r.id));
  const links: VpcLink[] = [];
  const add = (from: string, to: string): void => {
    if (ids.has(from) && ids.has(to) && from !== to) links.push({ id: `vpclink:${from}:${to}`, from, to });
  };
  for (const r of design.resources) {
    if (r.type === 'vpc-peering') {
      add(r.id, r.props.requesterVpc);
      add(r.id, r.props.accepterVpc);
    }
    if (r.type === 'transit-gateway-attachment' || r.type === 'transit-gateway-route-table')
      add(r.id, r.props.transitGateway);
  }
  return links;
}

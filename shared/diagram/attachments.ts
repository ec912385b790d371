/**
 * Attachments: the route table and network ACL a subnet uses and the security groups a
 * resource wears. By default a diagram draws them as chips (subnet header, resource badge);
 * the "network details" view draws them as nodes with these typed links instead.
 */
import type { Design, Resource } from '../model/types';

export interface Attachments {
  routeTable?: Resource;
  networkAcl?: Resource;
  securityGroups: Resource[];
}

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

// Attachments depend on the resources only: a drag (a layout change) reuses the answer.
const cache = new WeakMap<Design['resources'], Map<string, Attachments>>();

/** The attachments of every resource that has any (subnets: table and ACL; others: groups). */
export function attachmentsOf(design: Design): Map<string, Attachments> {
  const hit = cache.get(design.resources);
  if (hit) return hit;
  const result = computeAttachments(design);
  cache.set(design.resources, result);
  return result;
}

function computeAttachments(design: Design): Map<string, Attachments> {
  const byId = new Map(design.resources.map((r) => [r.id, r]));
  const mainTable = new Map<string, Resource>();
  for (const r of design.resources) {
    if (r.type === 'route-table' && r.props.main && r.parent) mainTable.set(r.parent, r);
  }
  const result = new Map<string, Attachments>();
  for (const r of design.resources) {
    const props = (r.props ?? {}) as Record<string, unknown>;
    const securityGroups = ids(props.securityGroups)
      .map((id) => byId.get(id))
      .filter((g): g is Resource => g?.type === 'security-group');
    const entry: Attachments = { securityGroups };
    if (r.type === 'subnet') {
      const table = typeof props.routeTable === 'string' ? byId.get(props.routeTable) : undefined;
      entry.routeTable = table ?? (r.parent ? mainTable.get(r.parent) : undefined);
      const acl = typeof props.networkAcl === 'string' ? byId.get(props.networkAcl) : undefined;
      if (acl) entry.networkAcl = acl;
    }
    if (entry.routeTable || entry.networkAcl || securityGroups.length > 0) result.set(r.id, entry);
  }
  return result;
}

export type DetailLinkKind = 'route-table' | 'network-acl' | 'route' | 'security-group';

export interface DetailLink {
  id: string;
  from: string;
  to: string;
  kind: DetailLinkKind;
  /** A route's destination ("0.0.0.0/0"). */
  destination?: string;
}

/** Links of the network-details view: subnet → table/ACL, table → route target, resource → group. */
export function detailLinks(design: Design): DetailLink[] {
  const byId = new Map(design.resources.map((r) => [r.id, r]));
  const links: DetailLink[] = [];
  for (const [id, entry] of attachmentsOf(design)) {
    if (entry.routeTable)
      links.push({ id: `rt:${id}`, from: id, to: entry.routeTable.id, kind: 'route-table' });
    if (entry.networkAcl)
      links.push({ id: `acl:${id}`, from: id, to: entry.networkAcl.id, kind: 'network-acl' });
    for (const group of entry.securityGroups) {
      links.push({ id: `sg:${id}:${group.id}`, from: id, to: group.id, kind: 'security-group' });
    }
  }
  for (const table of design.resources) {
    if (table.type !== 'route-table') continue;
    for (const route of table.props.routes ?? []) {
      const target = (route as { target?: unknown }).target;
      if (typeof target !== 'string' || !byId.has(target)) continue;
      links.push({
        id: `route:${table.id}:${route.destination}`,
        from: table.id,
        to: target,
        kind: 'route',
        destination: String(route.destination),
      });
    }
  }
  return links;
}

/**
 * Attachment resources attached to nothing (a route table no subnet uses, a security group no
 * resource wears): with nowhere to show them as a chip, they are drawn as nodes in every view.
 */
export function looseAttachments(design: Design): Set<string> {
  const hit = looseCache.get(design.resources);
  if (hit) return hit;
  const used = new Set<string>();
  for (const entry of attachmentsOf(design).values()) {
    if (entry.routeTable) used.add(entry.routeTable.id);
    if (entry.networkAcl) used.add(entry.networkAcl.id);
    for (const group of entry.securityGroups) used.add(group.id);
  }
  const loose = new Set<string>();
  for (const r of design.resources) {
    if (
      (r.type === 'route-table' || r.type === 'network-acl' || r.type === 'security-group') &&
      !used.has(r.id)
    ) {
      loose.add(r.id);
    }
  }
  looseCache.set(design.resources, loose);
  return loose;
}

const looseCache = new WeakMap<Design['resources'], Set<string>>();

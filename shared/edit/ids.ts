/** Fresh ids and reference rewriting, shared by add, paste and delete. */
import { CATALOG } from '../catalog/index';
import type { Design, Resource } from '../model/types';

/** The smallest free id `<prefix><n>` (n from 1), unique across resources and connections. */
export function freshId(design: Design, prefix: string, taken: Set<string> = new Set()): string {
  const used = new Set<string>(taken);
  for (const resource of design.resources) used.add(resource.id);
  for (const connection of design.connections) used.add(connection.id);
  for (let n = 1; ; n++) {
    const id = `${prefix}${n}`;
    if (!used.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

export function findResource(design: Design, id: string): Resource | undefined {
  return design.resources.find((r) => r.id === id);
}

/** The VPC a resource belongs to (itself for a VPC), following parents. */
export function vpcOf(design: Design, resource: Resource): string | undefined {
  let current: Resource | undefined = resource;
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    if (current.type === 'vpc') return current.id;
    seen.add(current.id);
    current = current.parent ? findResource(design, current.parent) : undefined;
  }
  return undefined;
}

/**
 * Rewrites every resource reference in props (ref and refs fields, route targets, security
 * group peers) through `map`: a new id replaces it, undefined removes it.
 */
export function mapRefs(resource: Resource, map: (id: string) => string | undefined): void {
  const props = resource.props as Record<string, unknown>;
  for (const field of CATALOG[resource.type].fields) {
    const value = props[field.key];
    if (value === undefined) continue;
    if (field.kind === 'ref' && typeof value === 'string') {
      const next = map(value);
      if (next === undefined) delete props[field.key];
      else if (next !== value) props[field.key] = next;
    } else if (field.kind === 'refs' && Array.isArray(value)) {
      const next = (value as string[]).map(map).filter((id): id is string => id !== undefined);
      if (next.length !== value.length || next.some((id, i) => id !== value[i])) props[field.key] = next;
    } else if (field.kind === 'routes' && Array.isArray(value)) {
      const routes = value as { destination: string; target: string }[];
      for (let i = routes.length - 1; i >= 0; i--) {
        const route = routes[i] as { target: string };
        const next = map(route.target);
        if (next === undefined) routes.splice(i, 1);
        else if (next !== route.target) route.target = next;
      }
    }
  }
  // Security-group rules name their peer by CIDR or group id; only ids are rewritten.
  if (resource.type === 'security-group') {
    for (const key of ['inbound', 'outbound'] as const) {
      const rules = resource.props[key];
      if (!rules) continue;
      for (let i = rules.length - 1; i >= 0; i--) {
        const rule = rules[i];
        if (!rule || rule.peer.includes('/')) continue;
        const next = map(rule.peer);
        if (next === undefined) rules.splice(i, 1);
        else if (next !== rule.peer) rule.peer = next;
      }
    }
  }
}

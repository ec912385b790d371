/**
 * Attachments: the route table and network ACL a subnet uses and the security groups a
 * resource wears. By default a diagram draws them as chips (subnet header, resource badge);
 * the "network details" view draws them as nodes with these typed links instead.
 */
import { resourcesEditedInPlace } from '../model/replaced';
import type { Design, Resource } from '../model/types';

export interface Attachments {
  routeTable?: Resource;
  networkAcl?: Resource;
  securityGroups: Resource[];
}

/** What an edit of a resource list did to its attachments (attachmentsEdit). */
export interface AttachmentsEdit {
  /** Ids of the resources the edit replaced in place. */
  replaced: ReadonlySet<string>;
  /** Ids whose entry was made again; every other entry is the object the list before had. */
  remade: ReadonlySet<string>;
}

/** The attachments of a resource list, and the lookups an edit of that list can reuse. */
interface Derived {
  result: Map<string, Attachments>;
  /** Each VPC's main route table, by place in the list. */
  mainTables: Map<string, number>;
}

// Attachments depend on the resources only: a drag (a layout change) reuses the answer.
const cache = new WeakMap<readonly Resource[], Derived>();

/** More replaced resources than this derive in full: past it the full pass is no longer the cost. */
const MAX_REPLACED = 64;

/**
 * The attachments of every resource that has any (subnets: table and ACL; others: groups).
 * With `previous` (the document an edit started from), an edit that replaced a few resources
 * where they were (same place, id, type and parent: an inspector edit) derives them from the
 * previous document's instead of walking every resource again: the same map, in the same order,
 * holding the same objects. The canvas asks this on every edit of a large design.
 */
export function attachmentsOf(design: Design, previous?: Design): Map<string, Attachments> {
  return derivedOf(design.resources, previous?.resources).result;
}

/**
 * When `design`'s attachments were derived from `previous`'s (attachmentsOf with `previous`, an
 * edit in place): the ids it replaced and the entries it made again, so what draws attachments
 * can keep its own work for the rest. Null when they were derived in full.
 */
export function attachmentsEdit(design: Design, previous: Design): AttachmentsEdit | null {
  derivedOf(design.resources, previous.resources);
  const known = edits.get(previous.resources);
  return known?.after === design.resources ? known.edit : null;
}

// The last in-place edit derived from each list, kept by the list it started from so that the
// newer list holds no chain of every list before it.
const edits = new WeakMap<readonly Resource[], { after: readonly Resource[]; edit: AttachmentsEdit }>();

// Where each id sits in a resource list (its last place, as a Map built in order would find
// it). Kept per list, and shared by an edit that replaced resources in place (same places).
const indexes = new WeakMap<readonly Resource[], Map<string, number>>();

function indexOf(resources: readonly Resource[]): Map<string, number> {
  let index = indexes.get(resources);
  if (!index) {
    index = new Map();
    for (let i = 0; i < resources.length; i++) index.set(resources[i]!.id, i);
    indexes.set(resources, index);
  }
  return index;
}

/**
 * A lookup of `design`'s resources by id: no map of every resource per call (the index is kept
 * per resource list and shared with attachmentsOf). Finds the last resource of a repeated id,
 * as a Map built in order would.
 */
export function resourceLookup(design: Design): (id: string) => Resource | undefined {
  const index = indexOf(design.resources);
  return (id) => {
    const i = index.get(id);
    return i === undefined ? undefined : design.resources[i];
  };
}

function derivedOf(resources: readonly Resource[], before?: readonly Resource[]): Derived {
  const hit = cache.get(resources);
  if (hit) return hit;
  const from = before ? cache.get(before) : undefined;
  const edited = from && before ? afterEdit(from, before, resources) : null;
  if (edited && before) edits.set(before, { after: resources, edit: edited.edit });
  const result = edited?.derived ?? computeAttachments(resources);
  cache.set(resources, result);
  return result;
}

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The attachments of one resource, or null when it has none. */
function entryOf(
  r: Resource,
  byId: (id: string) => Resource | undefined,
  mainTable: (vpc: string) => Resource | undefined,
): Attachments | null {
  const props = (r.props ?? {}) as Record<string, unknown>;
  const securityGroups = ids(props.securityGroups)
    .map(byId)
    .filter((g): g is Resource => g?.type === 'security-group');
  const entry: Attachments = { securityGroups };
  if (r.type === 'subnet') {
    const table = typeof props.routeTable === 'string' ? byId(props.routeTable) : undefined;
    entry.routeTable = table ?? (r.parent ? mainTable(r.parent) : undefined);
    const acl = typeof props.networkAcl === 'string' ? byId(props.networkAcl) : undefined;
    if (acl) entry.networkAcl = acl;
  }
  return entry.routeTable || entry.networkAcl || securityGroups.length > 0 ? entry : null;
}

function lookups(resources: readonly Resource[], mainTables: ReadonlyMap<string, number>) {
  const index = indexOf(resources);
  const at = (i: number | undefined) => (i === undefined ? undefined : resources[i]);
  return {
    byId: (id: string) => at(index.get(id)),
    mainTable: (vpc: string) => at(mainTables.get(vpc)),
  };
}

function computeAttachments(resources: readonly Resource[]): Derived {
  const mainTables = new Map<string, number>();
  resources.forEach((r, i) => {
    if (r.type === 'route-table' && r.props.main && r.parent) mainTables.set(r.parent, i);
  });
  const { byId, mainTable } = lookups(resources, mainTables);
  const result = new Map<string, Attachments>();
  for (const r of resources) {
    const entry = entryOf(r, byId, mainTable);
    if (entry) result.set(r.id, entry);
  }
  return { result, mainTables };
}

/** Whether an entry holds one of `ids` (as its table, its ACL or one of its groups). */
function holdsAny(entry: Attachments, ids: ReadonlySet<string>): boolean {
  return (
    (!!entry.routeTable && ids.has(entry.routeTable.id)) ||
    (!!entry.networkAcl && ids.has(entry.networkAcl.id)) ||
    entry.securityGroups.some((group) => ids.has(group.id))
  );
}

/**
 * `after`'s attachments from `before`'s when `after` only replaced a few resources in place and
 * no route table became or stopped being its VPC's main one; null otherwise (or when a resource
 * gains or loses its attachments, which would change the map's order: then derive in full).
 * Only the replaced resources' entries and those that hold a replaced resource are made again.
 */
function afterEdit(
  from: Derived,
  before: readonly Resource[],
  after: readonly Resource[],
): { derived: Derived; edit: AttachmentsEdit } | null {
  const edited = resourcesEditedInPlace(before, after, MAX_REPLACED);
  const index = indexOf(before);
  // A repeated id: lookups by id find only its last place, and what holds it may change.
  if (!edited || index.size !== after.length) return null;
  const replaced = new Set<string>();
  for (const { was, now } of edited) {
    if (was.type === 'route-table' && now.type === 'route-table' && !was.props.main !== !now.props.main)
      return null;
    replaced.add(now.id);
  }
  // Same ids in the same places: the index serves the edited list as it is.
  if (!indexes.has(after)) indexes.set(after, index);
  const { byId, mainTable } = lookups(after, from.mainTables);
  const result = new Map<string, Attachments>();
  from.result.forEach((entry, id) => result.set(id, entry));
  const remade = new Set<string>();
  const remake = (id: string): boolean => {
    const entry = entryOf(byId(id)!, byId, mainTable);
    if (!entry !== !result.has(id)) return false;
    if (entry) {
      result.set(id, entry);
      remade.add(id);
    }
    return true;
  };
  // forEach rather than for-of: no entry pair per resource (this runs on every edit).
  let inPlace = true;
  from.result.forEach((entry, id) => {
    if (inPlace && holdsAny(entry, replaced)) inPlace = remake(id);
  });
  for (const id of replaced) if (inPlace) inPlace = remake(id);
  if (!inPlace) return null;
  return { derived: { result, mainTables: from.mainTables }, edit: { replaced, remade } };
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
 * `previous`: as for attachmentsOf.
 */
export function looseAttachments(design: Design, previous?: Design): Set<string> {
  const hit = looseCache.get(design.resources);
  if (hit) return hit;
  const loose = (previous && looseAfterEdit(design, previous)) || computeLoose(design, previous);
  looseCache.set(design.resources, loose);
  return loose;
}

function computeLoose(design: Design, previous?: Design): Set<string> {
  const used = new Set<string>();
  attachmentsOf(design, previous).forEach((entry) => {
    if (entry.routeTable) used.add(entry.routeTable.id);
    if (entry.networkAcl) used.add(entry.networkAcl.id);
    for (const group of entry.securityGroups) used.add(group.id);
  });
  const loose = new Set<string>();
  for (const r of design.resources) {
    if (
      (r.type === 'route-table' || r.type === 'network-acl' || r.type === 'security-group') &&
      !used.has(r.id)
    ) {
      loose.add(r.id);
    }
  }
  return loose;
}

/**
 * `previous`'s loose attachments, the same set, when an edit in place (attachmentsEdit) attached
 * nothing new and detached nothing: only the entries it remade can use other resources, and it
 * changed no resource's type. Null otherwise.
 */
function looseAfterEdit(design: Design, previous: Design): Set<string> | null {
  const before = looseCache.get(previous.resources);
  const edit = before && attachmentsEdit(design, previous);
  if (!edit) return null;
  const [was, now] = [attachmentsOf(previous), attachmentsOf(design, previous)];
  for (const id of edit.remade) if (!sameAttached(was.get(id), now.get(id))) return null;
  return before;
}

function sameAttached(a: Attachments | undefined, b: Attachments | undefined): boolean {
  return (
    !!a &&
    !!b &&
    a.routeTable?.id === b.routeTable?.id &&
    a.networkAcl?.id === b.networkAcl?.id &&
    a.securityGroups.length === b.securityGroups.length &&
    a.securityGroups.every((group, i) => group.id === b.securityGroups[i]!.id)
  );
}

const looseCache = new WeakMap<Design['resources'], Set<string>>();

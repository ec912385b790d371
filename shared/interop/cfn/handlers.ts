/**
 * How one CloudFormation resource type becomes Skyplan: a handler per type, run in phases so
 * that what a resource points at exists first (1: VPCs, gateways; 2: subnets, groups; 3: NAT;
 * 4: services; 5: attachments and links). A handler returning false could not map the resource
 * (a required reference is missing); the import report lists it with the unmapped types.
 */
import { CATALOG } from '../../catalog/index';
import type { ResourceType } from '../../model/types';
import type { MappedResource, Mapper } from './mapper';
import { nameTag } from './mapper';
import { isRecord } from './values';

export interface Handler {
  phase: 1 | 2 | 3 | 4 | 5;
  map(m: Mapper, r: MappedResource): boolean | void;
  /** Runs after every resource is mapped: links to resources that may come later in the file. */
  link?(m: Mapper, r: MappedResource): void;
}

/** Id and name of the Skyplan resource made from `r`. */
export function common(r: MappedResource): { id: string; name?: string } {
  // A Skyplan export keeps the exact name in metadata (tag values cannot hold every character).
  const name = (typeof r.skyplan?.name === 'string' ? r.skyplan.name : undefined) ?? nameTag(r.props);
  return { id: r.id, ...(name ? { name } : {}) };
}

/**
 * Usage props (requests a month, GB processed, ...) have no CloudFormation property; a Skyplan
 * export keeps them in the resource's `Metadata.Skyplan.usage`, and import puts them back so a
 * round trip prices the same. Only fields the catalog lists for the type are taken.
 */
export function applyUsage(m: Mapper, r: MappedResource): void {
  const usage = r.skyplan?.usage;
  const resource = m.byId.get(r.id);
  if (!resource) return;
  const parent = r.skyplan?.parent;
  if (typeof parent === 'string' && m.byId.has(parent)) resource.parent = parent;
  if (!isRecord(usage)) return;
  const known = new Set(CATALOG[resource.type as ResourceType].fields.map((field) => field.key));
  const props = resource.props as Record<string, unknown>;
  for (const [key, value] of Object.entries(usage)) {
    if (
      known.has(key) &&
      (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    )
      props[key] = value;
  }
}

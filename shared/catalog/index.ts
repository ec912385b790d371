/**
 * The catalog: per-type metadata from which the palette, the inspector and the schema validator
 * are generated. Labels live in the message catalogues under `type.<type>` and `field.<key>`.
 */
import type { PropsByType, Resource, ResourceOf, ResourceType } from '../model/types';
import { RESOURCE_TYPES } from '../model/types';
import { compute } from './entries/compute';
import { data } from './entries/data';
import { integration } from './entries/integration';
import { multiVpc } from './entries/multi-vpc';
import { networking } from './entries/networking';
import { security } from './entries/security';
import type { CatalogEntry, FieldSpec, ParentRule } from './types';

export * from './types';
export { ENDPOINT_SERVICES, ENDPOINT_SERVICE_PATTERN, isKnownEndpointService } from './endpoint-services';
export { knowsZonesOf, zoneLettersOf } from './availability-zones';

const entries: readonly CatalogEntry[] = [
  ...networking,
  ...multiVpc,
  ...security,
  ...compute,
  ...data,
  ...integration,
];

function indexEntries(): Readonly<Record<ResourceType, CatalogEntry>> {
  const byType = new Map(entries.map((entry) => [entry.type, entry]));
  const result = {} as Record<ResourceType, CatalogEntry>;
  for (const type of RESOURCE_TYPES) {
    const entry = byType.get(type);
    // A type without an entry is a programming error, caught by the catalog unit test too.
    if (!entry) throw new Error(`catalog: no entry for resource type ${type}`);
    result[type] = entry;
  }
  return result;
}

export const CATALOG: Readonly<Record<ResourceType, CatalogEntry>> = indexEntries();

export function entryOf(type: ResourceType): CatalogEntry {
  return CATALOG[type];
}

export function isResourceType(value: unknown): value is ResourceType {
  return typeof value === 'string' && (RESOURCE_TYPES as readonly string[]).includes(value);
}

export function fieldOf(type: ResourceType, key: string): FieldSpec | undefined {
  return CATALOG[type].fields.find((field) => field.key === key);
}

/** The engine's assumed value of a prop that the document leaves out. */
export function defaultOf(type: ResourceType, key: string): unknown {
  return fieldOf(type, key)?.default;
}

/** Props of a resource with every documented default filled in (the document is not changed). */
export function withDefaults<T extends ResourceType>(resource: ResourceOf<T>): PropsByType[T] {
  const filled: Record<string, unknown> = {};
  for (const field of CATALOG[resource.type].fields) {
    if (field.default !== undefined) filled[field.key] = field.default;
  }
  return { ...filled, ...resource.props } as PropsByType[T];
}

/** Props a freshly dropped resource starts with: required fields get their initial value. */
export function initialProps(type: ResourceType): Resource['props'] {
  const props: Record<string, unknown> = {};
  for (const field of CATALOG[type].fields) {
    if (field.required && field.initial !== undefined) {
      props[field.key] = JSON.parse(JSON.stringify(field.initial)) as unknown;
    }
  }
  return props as Resource['props'];
}

/** Whether a resource of `type` may sit inside `parentType` (undefined: the top level). */
export function canPlace(type: ResourceType, parentType: ResourceType | undefined): boolean {
  const wanted: ParentRule = parentType ?? 'none';
  return CATALOG[type].allowedParents.includes(wanted);
}

/** Types in palette order: by category, then as listed. */
export function paletteTypes(): ResourceType[] {
  return entries.map((entry) => entry.type);
}

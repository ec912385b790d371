import type { ResourceType } from '../model/types';

/**
 * How a prop is edited and checked. The schema validator, the inspector and the palette are all
 * generated from these specs, so a prop added here is validated and editable at once.
 */
export type FieldKind =
  | 'text'
  | 'cidr'
  | 'az'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'enum'
  | 'ref'
  | 'refs'
  | 'routes'
  | 'sgRules'
  | 'naclRules'
  | 'listeners'
  /** An IPv6 block ("2600:1f18:abcd:1200::/56"); see docs/file-format.md, "IPv6". */
  | 'ipv6Cidr';

/** "settings" shape the network; "usage" only drives cost. The inspector shows them apart. */
export type FieldGroup = 'settings' | 'usage';

export interface FieldSpec {
  key: string;
  kind: FieldKind;
  group: FieldGroup;
  required?: boolean;
  /** The value the engine assumes when the prop is absent (docs/file-format.md defaults). */
  default?: unknown;
  /** The value a newly dropped resource gets, for required fields that have no default. */
  initial?: unknown;
  options?: readonly string[];
  /**
   * For enums: the options are suggestions, and any value of the same shape is accepted
   * (a VPC endpoint's service, where AWS adds names faster than Skyplan could list them).
   */
  open?: boolean;
  /** For ref/refs: the types the reference may point at. */
  refTypes?: readonly ResourceType[];
  min?: number;
  max?: number;
  /** Unit shown next to the input, e.g. "GB/month". A message key suffix under `unit.`. */
  unit?: string;
}

export type Category =
  'external' | 'networking' | 'security' | 'compute' | 'database' | 'storage' | 'integration';

export const CATEGORIES: readonly Category[] = [
  'networking',
  'security',
  'compute',
  'database',
  'storage',
  'integration',
  'external',
];

/** Where a resource may be placed: at the top level ("none") or inside one of these types. */
export type ParentRule = 'none' | ResourceType;

export interface CatalogEntry {
  type: ResourceType;
  category: Category;
  allowedParents: readonly ParentRule[];
  /** Drawn as a box that holds other resources (VPC, subnet). */
  container: boolean;
  /** Path of the official AWS architecture icon inside the aws-icons package. */
  icon: string;
  /** Short prefix for generated ids ("vpc", "subnet", "nat"). */
  idPrefix: string;
  fields: readonly FieldSpec[];
}

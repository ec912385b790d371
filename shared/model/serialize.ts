/**
 * The stable serializer: the same document always gives the same bytes, so designs diff
 * cleanly in git. Keys follow one fixed order (the order docs/file-format.md writes them in), then
 * any other keys alphabetically; arrays keep their order (it means something to the user);
 * two-space indent and a final newline.
 */
import type { Design } from './types';

const KEY_ORDER = [
  // document
  'format',
  'version',
  'name',
  'region',
  'description',
  'assumptions',
  'resources',
  'connections',
  'scenarios',
  'layout',
  // resource and connection
  'id',
  'type',
  'parent',
  'from',
  'to',
  'kind',
  'protocol',
  'port',
  'props',
  // rules and routes
  'rule',
  'destination',
  'target',
  'ports',
  'peer',
  'cidr',
  'action',
  // layout boxes
  'x',
  'y',
  'w',
  'h',
];
const RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));

function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a);
  const rb = RANK.get(b);
  if (ra !== undefined && rb !== undefined) return ra - rb;
  if (ra !== undefined) return -1;
  if (rb !== undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort(compareKeys)) {
    // undefined is not JSON; dropping it here keeps "absent" and "undefined" the same bytes.
    if (source[key] === undefined) continue;
    // `out.__proto__ = x` would set the prototype and drop the key; the reader keeps it as data.
    Object.defineProperty(out, key, {
      value: ordered(source[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

export function serializeDesign(design: Design | Record<string, unknown>): string {
  return `${JSON.stringify(ordered(design), null, 2)}\n`;
}

/**
 * Arbitraries for the property suites: arbitrary JSON text, and valid designs (the bundled
 * templates and examples) mutated at random places with hostile values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';

export const SEEDS: { name: string; doc: Record<string, unknown> }[] = [
  'assets/templates',
  'assets/examples',
].flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.skyplan.json'))
    .map((name) => ({
      name: `${folder}/${name}`,
      doc: JSON.parse(readFileSync(`${folder}/${name}`, 'utf8')) as Record<string, unknown>,
    })),
);

const IDS = [...new Set(SEEDS.flatMap(({ doc }) => (doc.resources as { id: string }[]).map((r) => r.id)))];

/** Values that broke something once, or could: wrong types, extremes, references, prototypes. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    {},
    [],
    '',
    0,
    -1,
    1e300,
    -1e300,
    5e-324,
    0.5,
    2 ** 53,
    '10.0.0.0/8',
    '0.0.0.0/0',
    '10.0.0.1/24',
    '::/0',
    '0-65535',
    'tcp',
    'a',
    true,
    { toString: 1 },
    { valueOf: 'x', toString: null },
    JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
    [null],
    ['subnet1', 'subnet1'],
  ),
  fc.constantFrom(...IDS),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ maxLength: 20 }),
  fc.double(),
  fc.integer(),
);

export type Mutation = { op: 'set' | 'delete' | 'duplicate'; at: number; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('set', 'set', 'set', 'delete', 'duplicate'),
  at: fc.nat(),
  value: hostileValue,
});

type Container = Record<string, unknown> | unknown[];

/** Every object or array inside `doc`, with the key of each child: the places a mutation can hit. */
function places(doc: unknown): { parent: Container; key: string | number }[] {
  const out: { parent: Container; key: string | number }[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        out.push({ parent: value, key: i });
        visit(item);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        out.push({ parent: value as Record<string, unknown>, key });
        visit((value as Record<string, unknown>)[key]);
      }
    }
  };
  visit(doc);
  return out;
}

/** Applies mutations to a deep copy of `doc`. */
export function mutate(
  doc: Record<string, unknown>,
  mutations: readonly Mutation[],
): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  for (const { op, at, value } of mutations) {
    const all = places(copy);
    if (all.length === 0) break;
    const { parent, key } = all[at % all.length]!;
    const current = (parent as Record<string | number, unknown>)[key];
    if (op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (op === 'duplicate' && Array.isArray(parent)) {
      parent.push(JSON.parse(JSON.stringify(current ?? null)) as unknown);
    } else {
      Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return copy;
}

/** A template or example, mutated 0-6 times. */
export const mutatedDesign: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(fc.nat({ max: SEEDS.length - 1 }), fc.array(mutation, { maxLength: 6 }))
  .map(([index, mutations]) => mutate(SEEDS[index]!.doc, mutations));

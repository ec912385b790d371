/**
 * Hostile documents the loader must turn into a usable design or a located issue, never a crash
 * further down (references, rules, cost) and never a silent data change on the way back out.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../shared/catalog/index';
import { computeCost } from '../../../shared/cost/index';
import { checkDesignValue, parseDesign, readJson, serializeDesign } from '../../../shared/model/index';
import { runRules } from '../../../shared/rules/index';
import { smallDesign, jsonText } from '../../fixtures/designs';

function withResources(extra: Record<string, unknown>[]): string {
  const design = smallDesign() as unknown as { resources: Record<string, unknown>[] };
  design.resources.push(...extra);
  return jsonText(design);
}

describe('loader hardening', () => {
  it.each([
    ['no props', { id: 'fn', type: 'lambda-function' }],
    ['props null', { id: 'fn', type: 'lambda-function', props: null }],
    ['nat gateway with null props', { id: 'nat9', type: 'nat-gateway', parent: 'pubA', props: null }],
    ['table with null props', { id: 'ddb', type: 'dynamodb-table', props: null }],
    ['elastic ip without props', { id: 'eip', type: 'elastic-ip' }],
  ])('stores empty props back for %s, so rules and cost run (defect 1)', (_label, resource) => {
    const result = parseDesign(withResources([resource]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const loaded = result.design.resources.find((r) => r.id === resource.id);
    expect(loaded?.props).toEqual({});
    expect(() => runRules(result.design)).not.toThrow();
    expect(() => computeCost(result.design)).not.toThrow();
  });

  it('does not change the caller’s value when it fills in props', () => {
    const doc = JSON.parse(withResources([{ id: 'fn', type: 'lambda-function' }])) as {
      resources: Record<string, unknown>[];
    };
    const result = checkDesignValue(doc);
    expect(result.ok && result.design.resources.at(-1)?.props).toEqual({});
    expect(doc.resources.at(-1)).not.toHaveProperty('props');
  });

  it('reads nesting far deeper than the call stack, then reports the depth (defect 2)', () => {
    const depth = 100_000;
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const read = readJson(deep);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error.code).toBe('json.tooDeep');
      expect(read.error.line).toBe(1);
    }
    const objects = `{"format":"skyplan","version":1,"x":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
    const loaded = parseDesign(objects);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.issues[0]?.code).toBe('json.tooDeep');
  });

  it('still reads reasonable nesting', () => {
    const nested = `${'['.repeat(200)}1${']'.repeat(200)}`;
    expect(readJson(nested)).toEqual({ ok: true, value: JSON.parse(nested) });
  });

  it.each([[{ toString: 1 }], [{ toString: 'x', valueOf: null }], [['a']], [{ __proto__: null }]])(
    'reports a resource type that is an object (%j) as unknown (defect 3)',
    (type) => {
      const source = withResources([{ id: 'odd', type, props: {} }]).replace(
        '"__proto__": null',
        '"__proto__": {}',
      );
      const result = parseDesign(source);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.map((i) => i.code)).toContain('schema.unknownType');
    },
  );

  it('gives every number field of the catalog a finite maximum (defect 4)', () => {
    const missing: string[] = [];
    for (const entry of Object.values(CATALOG)) {
      for (const field of entry.fields) {
        if ((field.kind === 'number' || field.kind === 'integer') && !Number.isFinite(field.max)) {
          missing.push(`${entry.type}.${field.key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('refuses requestsPerMonth: 1e300 and a 1e300 connection volume (defect 4)', () => {
    const lambda = { id: 'fn', type: 'lambda-function', props: { requestsPerMonth: 1e300 } };
    const result = parseDesign(withResources([lambda]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toEqual(['resources', 7, 'props', 'requestsPerMonth']);
    const design = smallDesign() as unknown as { connections: Record<string, unknown>[] };
    design.connections[0]!.dataOutGbPerMonth = 1e300;
    expect(parseDesign(jsonText(design)).ok).toBe(false);
  });

  it('says a number literal too large for a double is Infinity, not null', () => {
    const source = withResources([
      { id: 'fn', type: 'lambda-function', props: { requestsPerMonth: 1 } },
    ]).replace('"requestsPerMonth": 1', '"requestsPerMonth": 1e999');
    const result = parseDesign(source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.params.found).toBe('Infinity');
  });

  it('writes __proto__ keys back as the data they were read as (defect 6)', () => {
    const source = withResources([
      { id: 'fn', type: 'lambda-function', props: { memoryMb: 256, note: { a: 1 } } },
    ]).replace('"note": {', '"__proto__": { "kept": true },\n "note": {');
    const result = parseDesign(source);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const out = serializeDesign(result.design);
    expect(out).toContain('"__proto__"');
    expect(out).toContain('"kept": true');
    const again = parseDesign(out);
    expect(again.ok && serializeDesign(again.design)).toBe(out);
  });
});

import { describe, expect, it } from 'vitest';
import { pathToString, positionAt, readJson } from '../../../shared/model/json';

describe('readJson', () => {
  it('reads the same values as JSON.parse', () => {
    const text = '{"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9"],"b":{"c":{}},"d":[]}';
    const read = readJson(text);
    expect(read.ok && read.value).toEqual(JSON.parse(text));
  });

  it('reports a missing comma with line and column', () => {
    const read = readJson('{\n  "name": "x"\n  "region": "us-east-1"\n}');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error).toMatchObject({ line: 3, column: 3, code: 'json.unexpectedToken' });
    expect(read.error.params.token).toBe('"region"');
  });

  it('reports an unclosed document at its end', () => {
    const read = readJson('{"a": [1, 2');
    expect(!read.ok && read.error.code).toBe('json.unexpectedEnd');
  });

  it('refuses duplicate keys, which JSON.parse would silently merge', () => {
    const read = readJson('{\n "id": 1,\n "id": 2\n}');
    expect(!read.ok && read.error).toMatchObject({ code: 'json.duplicateKey', line: 3, column: 2 });
  });

  it('refuses trailing commas, comments and trailing data', () => {
    expect(readJson('[1,]').ok).toBe(false);
    expect(readJson('{"a":1} // note').ok).toBe(false);
    expect(!readJson('{} {}').ok && true).toBe(true);
  });

  it('refuses malformed numbers and bad escapes', () => {
    expect(readJson('[01]').ok).toBe(false);
    expect(readJson('[1.]').ok).toBe(false);
    expect(readJson('["\\x"]').ok).toBe(false);
    expect(readJson('["a\tb"]').ok).toBe(false);
  });

  it('reports an empty file plainly', () => {
    expect(!readJson('  \n').ok && readJson('').ok === false).toBe(true);
    const read = readJson('');
    expect(!read.ok && read.error.code).toBe('json.empty');
  });

  it('accepts a byte-order mark', () => {
    expect(readJson('\ufeff{"a":1}')).toMatchObject({ ok: true, value: { a: 1 } });
  });

  it('keeps a "__proto__" key as data', () => {
    const read = readJson('{"__proto__": {"polluted": true}}');
    expect(read.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('records where each value starts when asked', () => {
    const read = readJson('{\n  "resources": [\n    { "id": "a" }\n  ]\n}', { withPositions: true });
    expect(read.ok).toBe(true);
    if (!read.ok || !read.positions) return;
    const offset = read.positions.get('$.resources[0].id');
    expect(offset).toBeDefined();
    expect(positionAt('{\n  "resources": [\n    { "id": "a" }\n  ]\n}', offset ?? 0)).toMatchObject({
      line: 3,
      column: 13,
    });
  });
});

describe('pathToString', () => {
  it('writes dotted names, indexes and quoted odd keys', () => {
    expect(pathToString(['resources', 3, 'props', 'cidr'])).toBe('$.resources[3].props.cidr');
    expect(pathToString(['layout', 'my id'])).toBe('$.layout["my id"]');
    expect(pathToString([])).toBe('$');
  });
});

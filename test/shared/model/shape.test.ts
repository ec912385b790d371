import { describe, expect, it } from 'vitest';
import { checkSchema, describeValue, fieldName, ShapeChecker } from '../../../shared/model/index';

describe('the shape helpers shared by every checker of the model', () => {
  it('quotes found values as JSON, cut at 40 characters, and never calls toString', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue('web')).toBe('"web"');
    expect(describeValue({ toString: 1 })).toBe('{"toString":1}');
    expect(describeValue('x'.repeat(60))).toBe(`"${'x'.repeat(36)}...`);
  });

  it('names the place by its last key, a list item by list[index], the root as $', () => {
    expect(fieldName(['resources', 2, 'props', 'cidr'])).toBe('cidr');
    expect(fieldName(['resources', 2])).toBe('resources[2]');
    expect(fieldName([])).toBe('$');
  });

  it('reports a side check exactly as the design schema reports the same mistake', () => {
    const check = new ShapeChecker();
    check.string(42, ['name']);
    const schema = checkSchema({
      format: 'skyplan',
      version: 1,
      name: 42,
      region: 'us-east-1',
      resources: [],
      connections: [],
    });
    const fromSchema = schema.find((found) => found.path.join('.') === 'name');
    expect(check.issues).toEqual([fromSchema]);
  });
});

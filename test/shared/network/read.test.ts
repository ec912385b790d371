import { describe, expect, it } from 'vitest';
import { entriesOf, idsOf } from '../../../shared/network/read';

describe('idsOf (defensive reading of id lists)', () => {
  it('gives a list of strings back as it is, without a copy per read', () => {
    const subnets = ['pubA', 'pubB'];
    expect(idsOf(subnets)).toBe(subnets);
  });

  it('keeps only the strings of a half-edited list, and reads anything else as empty', () => {
    const mixed: unknown[] = ['pubA', 7, null, 'pubB', { id: 'x' }];
    expect(idsOf(mixed)).toEqual(['pubA', 'pubB']);
    expect(mixed).toHaveLength(5);
    expect(idsOf('pubA')).toEqual([]);
    expect(idsOf(undefined)).toEqual([]);
    expect(idsOf({ 0: 'pubA' })).toEqual([]);
  });

  it('reads rule lists the same way: objects only', () => {
    expect(entriesOf([{ port: 443 }, 'x', null, [1]])).toEqual([{ port: 443 }]);
    expect(entriesOf(null)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { matchesQuery } from '../../../renderer/palette/search';
import { paletteTypes } from '../../../shared/catalog/index';

const matching = (query: string) => paletteTypes().filter((type) => matchesQuery(type, query));

describe('palette search', () => {
  it('finds types by English or Korean label, whatever the UI language', () => {
    expect(matching('nat')).toContain('nat-gateway');
    expect(matching('게이트웨이')).toEqual(expect.arrayContaining(['internet-gateway', 'nat-gateway']));
    expect(matching('서브넷')).toContain('subnet');
  });

  it('needs every word and shows everything for an empty query', () => {
    expect(matching('internet gateway')).toContain('internet-gateway');
    // Each extra word narrows the list (help text counts too, so "NAT" help naming the internet may stay).
    expect(matching('internet gateway').length).toBeLessThan(matching('gateway').length);
    expect(matching('internet gateway')).not.toContain('api-gateway');
    expect(matching('   ')).toHaveLength(paletteTypes().length);
    expect(matching('zzzz')).toEqual([]);
  });
});

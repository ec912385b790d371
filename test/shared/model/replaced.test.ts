import { describe, expect, it } from 'vitest';
import { replacedInPlace, resourcesEditedInPlace } from '../../../shared/model/replaced';
import type { Resource } from '../../../shared/model/types';

const list: Resource[] = [
  { id: 'vpc', type: 'vpc', props: { cidr: '10.0.0.0/16' } },
  { id: 'rt', type: 'route-table', parent: 'vpc', props: { routes: [] } },
  { id: 'sub', type: 'subnet', parent: 'vpc', props: { cidr: '10.0.1.0/24', az: 'a' } },
];

function replace(at: number, change: Partial<Resource>): Resource[] {
  return list.map((resource, i) => (i === at ? ({ ...resource, ...change } as Resource) : resource));
}

describe('replacedInPlace (what an edit replaced, by identity and place)', () => {
  it('lists the new objects at their places with the ones they replaced, in list order', () => {
    const after = list.map((resource, i) => (i === 1 ? resource : { ...resource }));
    expect(replacedInPlace(list, after)).toEqual([
      { was: list[0], now: after[0] },
      { was: list[2], now: after[2] },
    ]);
    expect(replacedInPlace(list, list)).toEqual([]);
  });

  it('is null when an id moved, came or went, or more than max were replaced', () => {
    expect(replacedInPlace(list, [list[1]!, list[0]!, list[2]!])).toBeNull();
    expect(replacedInPlace(list, list.slice(1))).toBeNull();
    expect(replacedInPlace(list, replace(2, { id: 'other' }))).toBeNull();
    const everyOne = list.map((resource) => ({ ...resource }));
    expect(replacedInPlace(list, everyOne, 2)).toBeNull();
    expect(replacedInPlace(list, everyOne, 3)).toHaveLength(3);
  });

  it('for resources, is also null when a replaced one changed its type or parent', () => {
    const renamed = replace(2, { name: 'Public A' });
    expect(resourcesEditedInPlace(list, renamed)).toEqual([{ was: list[2], now: renamed[2] }]);
    expect(resourcesEditedInPlace(list, replace(2, { parent: undefined }))).toBeNull();
    expect(resourcesEditedInPlace(list, replace(1, { type: 'network-acl' } as Partial<Resource>))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { applyDesignPatch, diffDesign } from '../../../renderer/engine/patch';
import type { Design, Resource } from '../../../shared/model/types';
import { healthyVpc } from '../../fixtures/designs';

function rebuild(before: Design, after: Design): Design {
  const patch = diffDesign(before, after);
  if (!patch) throw new Error('no patch');
  // What crosses to the worker is a structured clone, applied to the worker's own copy.
  return applyDesignPatch(structuredClone(before), structuredClone(patch));
}

describe('design patches', () => {
  it('carry nothing for the same document, and only changed objects otherwise', () => {
    const design = healthyVpc();
    expect(diffDesign(design, design)).toEqual({ fields: {}, removed: [] });
    const renamed = {
      ...design,
      name: 'x',
      resources: design.resources.map((r, i) => (i === 0 ? { ...r, name: 'y' } : r)),
    };
    const patch = diffDesign(design, renamed);
    expect(patch?.fields).toEqual({ name: 'x' });
    expect(patch?.resources).toEqual({ changed: [renamed.resources[0]] });
    expect(rebuild(design, renamed)).toEqual(renamed);
  });

  it('keep the new order when resources are added, removed or moved', () => {
    const design = healthyVpc();
    const [a, b, ...rest] = design.resources;
    const added = { ...a!, id: 'added' } as Resource;
    const after = { ...design, resources: [...rest, added, a!] };
    expect(b).toBeDefined();
    expect(rebuild(design, after)).toEqual(after);
    expect(diffDesign(design, after)?.resources?.changed).toEqual([added]);
  });

  it('drop removed top-level fields', () => {
    const design = { ...healthyVpc(), description: 'about' };
    const { description: _gone, ...after } = design;
    expect(diffDesign(design, after as Design)?.removed).toEqual(['description']);
    expect(rebuild(design, after as Design)).toEqual(after);
  });

  it('give up on repeated ids (the whole document is sent then)', () => {
    const design = healthyVpc();
    const twice = { ...design, resources: [...design.resources, design.resources[0]!] };
    expect(diffDesign(design, twice)).toBeNull();
  });

  it('tell an edit in place from two resources trading places, edit after edit', () => {
    const design = healthyVpc();
    const [a, b, ...rest] = design.resources;
    const renamed = { ...design, resources: [{ ...a!, name: 'y' }, b!, ...rest] };
    const again = { ...renamed, resources: [renamed.resources[0]!, { ...b!, name: 'z' }, ...rest] };
    expect(diffDesign(design, renamed)?.resources).toEqual({ changed: [renamed.resources[0]] });
    expect(diffDesign(renamed, again)?.resources).toEqual({ changed: [again.resources[1]] });
    const swapped = { ...again, resources: [again.resources[1]!, again.resources[0]!, ...rest] };
    expect(diffDesign(again, swapped)?.resources?.order).toEqual(swapped.resources.map((r) => r.id));
    expect(rebuild(again, swapped)).toEqual(swapped);
    // A list with a repeated id stays unpatchable, however it is then edited.
    const twice = { ...design, resources: [...design.resources, design.resources[0]!] };
    const twiceEdited = { ...twice, resources: twice.resources.map((r, i) => (i === 1 ? { ...r } : r)) };
    expect(diffDesign(twice, twiceEdited)).toBeNull();
  });
});

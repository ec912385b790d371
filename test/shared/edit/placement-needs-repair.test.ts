/**
 * placementNeedsRepair (shared/edit/subnets.ts) lets opening a file skip the placement
 * normaliser, so it must say "no repair" exactly when normalizePlacement would change nothing:
 * on bundled designs, generated ones (which need repairs), generated ones already normalized
 * (as the app saves them), and ones broken each way a repair exists for.
 */
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { normalizePlacement, placementNeedsRepair } from '../../../shared/edit/index';
import type { Design } from '../../../shared/model/types';
import { generateDesign } from '../../bench/generate';
import { bundledDesigns } from '../../fixtures/bundled';

const normalized = (design: Design): Design => produce(design, (draft) => normalizePlacement(draft));

/** A normalized generated design, then one change that calls for one kind of repair. */
function broken(change: (design: Design) => void): Design {
  const design = structuredClone(normalized(generateDesign(300)));
  change(design);
  return design;
}

const albs = (design: Design) => design.resources.filter((r) => r.type === 'alb');
const props = (design: Design, index: number) =>
  (albs(design)[index]?.props ?? {}) as Record<string, unknown>;

const DESIGNS: [string, Design][] = [
  ...bundledDesigns(),
  ['generated 300', generateDesign(300)],
  ['generated 300, normalized', normalized(generateDesign(300))],
  [
    'stale replica box of a deleted resource',
    broken((d) => (d.layout = { ...d.layout, 'gone@v0puba': { x: 1, y: 2, w: 3, h: 4 } })),
  ],
  [
    'replica box in something not a subnet',
    broken((d) => (d.layout = { ...d.layout, 'v0alb@v0vpc': { x: 1, y: 2, w: 3, h: 4 } })),
  ],
  [
    'subnets listed in another order',
    broken((d) => (props(d, 0).subnets = [...(props(d, 0).subnets as string[])].reverse())),
  ],
  ['home back at the VPC level', broken((d) => ((albs(d)[0] as { parent?: string }).parent = 'v0vpc'))],
  [
    'replica box missing',
    broken((d) => d.layout && delete d.layout[Object.keys(d.layout).find((k) => k.includes('@')) ?? '']),
  ],
  ['subnets prop gone', broken((d) => delete props(d, 1).subnets)],
];

describe('placementNeedsRepair', () => {
  it.each(DESIGNS)('is true exactly when normalizePlacement changes the design: %s', (_name, design) => {
    const changes = JSON.stringify(normalized(design)) !== JSON.stringify(design);
    expect(placementNeedsRepair(design)).toBe(changes);
  });

  it('covers both answers, so the comparison above is not vacuous', () => {
    const answers = DESIGNS.map(([, design]) => placementNeedsRepair(design));
    expect(answers.filter(Boolean).length).toBeGreaterThanOrEqual(6);
    expect(answers.filter((needs) => !needs).length).toBeGreaterThanOrEqual(2);
  });

  it('finds nothing to repair once normalizePlacement has run', () => {
    for (const [, design] of DESIGNS) expect(placementNeedsRepair(normalized(design))).toBe(false);
  });
});

/**
 * normalizePlacement indexes shapes once per call (shared/edit/shape-index.ts) instead of
 * rescanning every resource and layout key for each multi-subnet resource. The document it
 * produces must be exactly what the old, quadratic version produced (kept frozen in
 * normalize-placement-reference.ts): same values and same layout key order, on every bundled
 * design and on generated designs that exercise every repair (home moves, replica takeover,
 * new replica slots, stale replica boxes, containers growing).
 */
import { enablePatches, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { normalizePlacement } from '../../../shared/edit/index';
import type { Design } from '../../../shared/model/types';
import { generateDesign } from '../../bench/generate';
import { twoAzDesign } from './designs';
import { referenceNormalizePlacement } from './normalize-placement-reference';
import { bundledDesigns } from '../../fixtures/bundled';

enablePatches();

function withoutLayout(design: Design): Design {
  const copy = structuredClone(design);
  delete copy.layout;
  return copy;
}

/**
 * A generated design already normalized, then broken the ways old or hand-edited files are:
 * ALBs back at the VPC level with their subnets reversed (the home moves and takes over a
 * replica box), one subnet deleted (its replica boxes go stale), a replica box of a resource
 * that no longer exists.
 */
function scrambled(size: number): Design {
  const design = generateDesign(size);
  referenceNormalizePlacement(design);
  for (const resource of design.resources) {
    const props = resource.props as Record<string, unknown>;
    if (resource.type !== 'alb' || !Array.isArray(props.subnets)) continue;
    props.subnets = [...(props.subnets as string[])].reverse();
    resource.parent = resource.id.replace(/alb$/, 'vpc');
  }
  design.resources = design.resources.filter((r) => r.id !== 'v0privb');
  design.layout = { ...design.layout, 'gone@v0puba': { x: 1, y: 2 } };
  return design;
}

const DESIGNS: [string, Design][] = [
  ...bundledDesigns(),
  ['edit fixture twoAzDesign', twoAzDesign()],
  ['generated 300 with layout', generateDesign(300)],
  ['generated 300 without layout', withoutLayout(generateDesign(300))],
  ['generated 300 scrambled', scrambled(300)],
  ['generated 300 scrambled without layout', withoutLayout(scrambled(300))],
];

describe('normalizePlacement with its shape index', () => {
  it('finds designs that need repairs, so the comparison below is not vacuous', () => {
    const changed = DESIGNS.filter(([, design]) => {
      const copy = structuredClone(design);
      referenceNormalizePlacement(copy);
      return JSON.stringify(copy) !== JSON.stringify(design);
    }).map(([name]) => name);
    expect(changed).toEqual(
      expect.arrayContaining(DESIGNS.filter(([n]) => n.startsWith('generated')).map(([n]) => n)),
    );
  });

  it.each(DESIGNS)('gives exactly the old result on a plain copy: %s', (_name, design) => {
    const expected = structuredClone(design);
    referenceNormalizePlacement(expected);
    const actual = structuredClone(design);
    normalizePlacement(actual);
    expect(actual).toStrictEqual(expected);
    // Same key order too, so a saved file does not churn.
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  });

  it.each(DESIGNS)(
    'gives exactly the old result on an immer draft (as the app opens files): %s',
    (_name, design) => {
      const expected = produce(design, (draft) => referenceNormalizePlacement(draft));
      const actual = produce(design, (draft) => normalizePlacement(draft));
      expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    },
  );
});

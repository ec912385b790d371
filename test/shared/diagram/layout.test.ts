import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { computeLayout, mergeLayout, missingLayout } from '../../../shared/diagram/layout';
import { absolutePosition, containerAt } from '../../../shared/diagram/geometry';
import { generateDesign } from '../../bench/generate';
import { twoTierDesign } from '../../renderer/fixtures';

describe('automatic layout', () => {
  it('gives every resource a box, children inside their container', async () => {
    const design = twoTierDesign();
    delete design.layout;
    const boxes = await computeLayout(design);
    for (const resource of design.resources) expect(boxes[resource.id]).toBeDefined();
    const laid = { ...design, layout: boxes };
    for (const resource of design.resources) {
      if (!resource.parent) continue;
      const parent = boxes[resource.parent];
      const box = boxes[resource.id];
      if (!parent || !box) throw new Error('missing box');
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(40);
      expect(box.x + (box.w ?? 96)).toBeLessThanOrEqual(parent.w ?? 0);
      expect(box.y + (box.h ?? 88)).toBeLessThanOrEqual(parent.h ?? 0);
      // And the geometry agrees: the centre of each child lies in its own parent.
      const at = absolutePosition(laid, resource.id);
      const centre = { x: at.x + (box.w ?? 96) / 2, y: at.y + (box.h ?? 88) / 2 };
      expect(containerAt(laid, centre, new Set([resource.id]))?.id).toBe(resource.parent);
    }
  });

  it('keeps existing boxes and grows containers to fit new children', async () => {
    const design = generateDesign(120);
    expect(missingLayout(design).length).toBeGreaterThan(0);
    const vpcBox = design.layout?.v0vpc;
    const boxes = await computeLayout(design);
    const merged = produce(design, (draft) => mergeLayout(design, boxes, draft));
    expect(missingLayout(merged)).toEqual([]);
    expect(merged.layout?.v0vpc?.x).toBe(vpcBox?.x);
    expect(merged.layout?.v0vpc?.w).toBeGreaterThanOrEqual(boxes.v0vpc?.w ?? 0);
  });
});

// The generated designs of the benches and scale tests (shared/model/generate.ts): the ids the
// benches drive stay, and the VPCs lie in a grid of wrapped rows that the app's automatic layout
// fills without any two top-level shapes overlapping, about the shape of a screen.
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { computeLayout, mergeLayout } from '../../../shared/diagram/layout';
import { GENERATED_VPC, generateDesign, gridColumns } from '../../../shared/model/generate';
import type { Design, LayoutBox } from '../../../shared/model/types';

function topBoxes(design: Design): [string, Required<LayoutBox>][] {
  return design.resources
    .filter((r) => !r.parent)
    .map((r) => {
      const box = design.layout?.[r.id];
      if (!box) throw new Error(`${r.id} has no box`);
      return [r.id, { x: box.x, y: box.y, w: box.w ?? 112, h: box.h ?? 104 }];
    });
}

const overlap = (a: Required<LayoutBox>, b: Required<LayoutBox>) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('generateDesign', () => {
  it('keeps the ids and kinds the benches and tests drive', () => {
    const design = generateDesign(1000);
    expect(design.resources).toHaveLength(1000);
    const byId = new Map(design.resources.map((r) => [r.id, r]));
    expect(byId.get('v0rtPub')?.type).toBe('route-table');
    expect(byId.get('v0vpc')?.type).toBe('vpc');
    expect(byId.get('v0alb')?.type).toBe('alb');
    expect(byId.get('v3w0')?.type).toBe('ecs-service');
    expect(byId.get('v3w1')?.type).toBe('ec2-instance');
    expect(byId.get('v3w2')).toMatchObject({ type: 'lambda-function', parent: 'v3priva' });
    expect(design.resources.filter((r) => /^v\d+w\d+$/.test(r.id)).length).toBeGreaterThan(800);
    expect(generateDesign(1000)).toEqual(design);
  });

  it('lays the VPCs out in wrapped rows about the shape of a screen', () => {
    for (const [size, vpcs] of [
      [1000, 11],
      [5000, 52],
    ] as const) {
      const boxes = topBoxes(generateDesign(size));
      expect(boxes.filter(([id]) => id.endsWith('vpc'))).toHaveLength(vpcs);
      const columns = gridColumns(vpcs);
      expect(columns).toBeGreaterThan(1);
      expect(columns).toBeLessThan(vpcs);
      const width = Math.max(...boxes.map(([, b]) => b.x + b.w)) - Math.min(...boxes.map(([, b]) => b.x));
      const height = Math.max(...boxes.map(([, b]) => b.y + b.h)) - Math.min(...boxes.map(([, b]) => b.y));
      // Neither a strip nor a tower: within a factor 1.6 of a 1440x900 canvas (1.42).
      expect(width / height).toBeGreaterThan(1.42 / 1.6);
      expect(width / height).toBeLessThan(1.42 * 1.6);
    }
  });

  it('leaves room for the app layout of every VPC: no top-level shapes overlap once it fills them', async () => {
    const design = generateDesign(1000);
    const computed = await computeLayout(design);
    for (const resource of design.resources) {
      if (resource.type !== 'vpc') continue;
      expect(computed[resource.id]?.w ?? 0).toBeLessThanOrEqual(GENERATED_VPC.w);
      expect(computed[resource.id]?.h ?? 0).toBeLessThanOrEqual(GENERATED_VPC.h);
    }
    const opened = produce(design, (draft) => mergeLayout(design, computed, draft));
    const boxes = topBoxes(opened);
    const overlapping = boxes.flatMap(([a, boxA], i) =>
      boxes.slice(i + 1).flatMap(([b, boxB]) => (overlap(boxA, boxB) ? [`${a}/${b}`] : [])),
    );
    expect(overlapping).toEqual([]);
  }, 30_000);
});

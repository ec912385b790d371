// A dropped container puts its top-left corner at the pointer (its header is where the user
// dropped it), and every position the editor picks is on the 16-unit grid the canvas snaps
// dragged shapes to, so a slotted subnet and a dragged one line up exactly.
import { describe, expect, it } from 'vitest';
import { freeSlot, placeAt, placeSomewhere } from '../../../shared/edit/index';
import { GRID } from '../../../shared/diagram/geometry';
import type { Design } from '../../../shared/model/types';
import { twoTierDesign } from './designs';

const onGrid = (value: number) => value % GRID === 0;

describe('drop position and grid', () => {
  it('puts a dropped VPC top-left at the pointer, not centred on it', () => {
    const empty: Design = { ...twoTierDesign(), resources: [], layout: {} };
    const spot = placeAt(empty, 'vpc', { x: 400, y: 320 });
    expect(spot).toEqual({
      ok: true,
      value: { parent: undefined, box: expect.objectContaining({ x: 400, y: 320 }) },
    });
  });

  it('puts a dropped subnet top-left at the pointer inside its VPC', () => {
    const design = twoTierDesign();
    const vpc = design.layout!.vpc1!;
    // A point inside the VPC but outside its subnets.
    const point = { x: vpc.x + (vpc.w ?? 0) - 40, y: vpc.y + (vpc.h ?? 0) - 40 };
    const spot = placeAt(design, 'subnet', point);
    if (!spot.ok) throw new Error('refused');
    expect(spot.value.parent).toBe('vpc1');
    expect(spot.value.box.x).toBe(Math.round((point.x - vpc.x) / GRID) * GRID);
    expect(spot.value.box.y).toBe(Math.round((point.y - vpc.y) / GRID) * GRID);
  });

  it('still centres an icon on the pointer', () => {
    expect(placeAt(twoTierDesign(), 'nat-gateway', { x: 200, y: 200 })).toMatchObject({
      ok: true,
      value: { parent: 'pub', box: { x: 128, y: 96 } },
    });
  });

  it('keeps a drop at a container edge on the grid (never 8 units in)', () => {
    const design = twoTierDesign();
    const vpc = design.layout!.vpc1!;
    const spot = placeAt(design, 'subnet', { x: vpc.x + 2, y: vpc.y + (vpc.h ?? 0) - 30 });
    if (!spot.ok) throw new Error('refused');
    expect(spot.value.box.x).toBe(GRID);
    expect(onGrid(spot.value.box.y)).toBe(true);
  });

  it('puts free slots on the grid, so slotted and dragged shapes line up', () => {
    const design = twoTierDesign();
    for (let i = 0; i < 3; i++) {
      const box = freeSlot(design, 'vpc1', 'subnet');
      expect([box.x, box.y].every(onGrid)).toBe(true);
      design.resources.push({
        id: `extra${i}`,
        type: 'subnet',
        parent: 'vpc1',
        props: {},
      } as Design['resources'][number]);
      design.layout![`extra${i}`] = box;
    }
    const keyboard = placeSomewhere(design, 'ec2-instance', ['priv'], { x: 0, y: 0 });
    if (!keyboard.ok) throw new Error('refused');
    expect([keyboard.value.box.x, keyboard.value.box.y].every(onGrid)).toBe(true);
  });
});

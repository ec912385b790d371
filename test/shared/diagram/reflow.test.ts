/**
 * A top level of many VPCs is re-flowed into screen-shaped rows (shared/diagram/reflow.ts), not
 * left as ELK's one-column strip that Fit would shrink to nothing.
 */
import { describe, expect, it } from 'vitest';
import { computeDiagram } from '../../../shared/diagram/layout';
import { aspectOf, needsReflow, reflowRows } from '../../../shared/diagram/reflow';
import type { Design, Resource } from '../../../shared/model/types';

/**
 * `count` VPCs, each with a subnet holding an instance that the internet reaches: one layer of
 * VPCs after the internet, which ELK stacks in one column.
 */
function manyVpcs(count: number): Design {
  const resources: Resource[] = [];
  for (let i = 0; i < count; i++) {
    resources.push(
      ...([
        { id: `vpc${i}`, type: 'vpc', props: { cidr: `10.${i}.0.0/16` } },
        { id: `sub${i}`, type: 'subnet', parent: `vpc${i}`, props: { cidr: `10.${i}.1.0/24`, az: 'a' } },
        { id: `ec2${i}`, type: 'ec2-instance', parent: `sub${i}`, props: {} },
      ] as Resource[]),
    );
  }
  resources.push({ id: 'users', type: 'internet', props: {} } as Resource);
  const connections = resources
    .filter((r) => r.type === 'ec2-instance')
    .map((r) => ({ id: `c-${r.id}`, from: 'users', to: r.id, port: 443 }));
  return { version: 1, name: 'many', region: 'us-east-1', resources, connections } as Design;
}

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('re-flowing a large top level', () => {
  it('packs a strip into rows shaped like the screen, in reading order, without overlaps', () => {
    const strip = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, x: 0, y: i * 700, w: 900, h: 600 }));
    expect(needsReflow(strip, 1.42)).toBe(true);
    const corners = reflowRows(strip, 1.42);
    const placed = strip.map((s) => ({ ...s, ...corners[s.id]! }));
    expect(aspectOf(placed)).toBeGreaterThan(0.7);
    expect(aspectOf(placed)).toBeLessThan(2.5);
    expect(needsReflow(placed, 1.42)).toBe(false);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    // Reading order: ELK's first shape starts the first row, the next follows it to the right.
    expect(corners.s0).toEqual({ x: 0, y: 0 });
    expect(corners.s1!.y).toBe(0);
    expect(corners.s1!.x).toBeGreaterThan(900);
  });

  it('leaves a screen-shaped top level alone', () => {
    const grid = Array.from({ length: 9 }, (_, i) => ({
      id: `g${i}`,
      x: (i % 3) * 1000,
      y: Math.floor(i / 3) * 700,
      w: 900,
      h: 600,
    }));
    expect(needsReflow(grid, 1.42)).toBe(false);
  });

  it('lays out fifty VPCs screen-shaped', async () => {
    const design = manyVpcs(50);
    const { boxes } = await computeDiagram(design);
    const vpcs = design.resources
      .filter((r) => r.type === 'vpc')
      .map((r) => ({
        id: r.id,
        x: boxes[r.id]!.x,
        y: boxes[r.id]!.y,
        w: boxes[r.id]!.w!,
        h: boxes[r.id]!.h!,
      }));
    expect(aspectOf(vpcs)).toBeGreaterThan(1.42 / 3);
    expect(aspectOf(vpcs)).toBeLessThan(1.42 * 3);
    for (const [i, a] of vpcs.entries())
      for (const b of vpcs.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  }, 60_000);
});

// Lines keep out of subnet header bands (the subnet's name, CIDR and route table / NACL chips):
// on every bundled template and example, no routed segment runs inside one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { absoluteShapeBoxes, subnetHeaderBands } from '../../../shared/diagram/connection-routes';
import { exportLayout } from '../../../shared/diagram/svg-layout';
import type { Design } from '../../../shared/model/types';
import { BUNDLED_DESIGN_FILES, samples, strictlyInside } from './route-helpers';

const FILES = BUNDLED_DESIGN_FILES;

describe('routes and subnet header bands', () => {
  it('finds the bundled designs', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(FILES)('%s: no routed line runs inside a subnet header band', async (file) => {
    const design = JSON.parse(readFileSync(file, 'utf8')) as Design;
    const { boxes, routes } = await exportLayout(design);
    const bands = subnetHeaderBands(design, absoluteShapeBoxes(design, boxes));
    expect(bands.length > 0 || !design.resources.some((r) => r.type === 'subnet')).toBe(true);
    for (const [id, route] of Object.entries(routes)) {
      for (const band of bands) {
        const hit = samples(route.points).find((p) => strictlyInside(p, band));
        expect(hit, `${id} at ${JSON.stringify(hit)} in band ${JSON.stringify(band)}`).toBeUndefined();
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { isLowDetail, MIN_NAME_PX } from '../../../renderer/canvas/detail';
import { FONTS } from '../../../shared/diagram/style';

describe('level of detail', () => {
  it('draws full detail while a name is at least MIN_NAME_PX on screen', () => {
    const threshold = MIN_NAME_PX / FONTS.name;
    expect(isLowDetail(threshold)).toBe(false);
    expect(isLowDetail(threshold * 1.01)).toBe(false);
    expect(isLowDetail(threshold * 0.99)).toBe(true);
  });

  it('keeps a small design at Fit (names of 10 px and more) in full detail', () => {
    // A ~30-resource design fits at a zoom where a name is >= 10 px (test/e2e/diagram.spec.ts).
    expect(isLowDetail(10 / FONTS.name)).toBe(false);
    expect(isLowDetail(1)).toBe(false);
  });

  it('draws low detail at the zoom a 1,000-resource design fits at', () => {
    // Fit of the generated 1,000-resource design is ~0.1 on a 1440x900 window.
    expect(isLowDetail(0.1)).toBe(true);
    expect(isLowDetail(0.05)).toBe(true);
  });
});

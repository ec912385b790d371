import { describe, expect, it } from 'vitest';
import { isLowDetail, MIN_NAME_PX, MIN_ZOOM } from '../../../renderer/canvas/detail';
import { generateDesign } from '../../../shared/model/generate';
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

  it('zooms out far enough for Fit to frame a whole 5,000-resource design', () => {
    // The canvas pane of a 1440x900 window, between the palette and the panels.
    const pane = { width: 848, height: 597 };
    const design = generateDesign(5000);
    const tops = design.resources.filter((r) => !r.parent).map((r) => design.layout?.[r.id]);
    const left = Math.min(...tops.map((b) => b?.x ?? 0));
    const top = Math.min(...tops.map((b) => b?.y ?? 0));
    const right = Math.max(...tops.map((b) => (b?.x ?? 0) + (b?.w ?? 112)));
    const bottom = Math.max(...tops.map((b) => (b?.y ?? 0) + (b?.h ?? 104)));
    // Fit leaves 10 % padding around the design.
    const fit = Math.min(pane.width / (right - left), pane.height / (bottom - top)) / 1.2;
    expect(fit).toBeGreaterThanOrEqual(MIN_ZOOM);
    expect(isLowDetail(MIN_ZOOM)).toBe(true);
  });
});

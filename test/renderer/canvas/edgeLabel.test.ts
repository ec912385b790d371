import { describe, expect, it } from 'vitest';
import { labelBox } from '../../../renderer/canvas/EdgeLabel';

describe('edge label placement', () => {
  it('centres the text and its padded background on the point, without a transform', () => {
    // Text 40 x 12 centred on (100, 50), 4 px of padding across and 2 px down.
    const at = labelBox(100, 50, { width: 40, height: 12 }, [4, 2]);
    // Where React Flow's EdgeText puts them through translate(x - w/2, y - h/2).
    expect(at.bg).toEqual({ x: 76, y: 42, width: 48, height: 16 });
    expect(at.text).toEqual({ x: 80, y: 50 });
    expect(at.bg.x + at.bg.width / 2).toBe(100);
    expect(at.bg.y + at.bg.height / 2).toBe(50);
  });

  it('is a bare padding box before the text is measured (drawn hidden)', () => {
    expect(labelBox(10, 20, { width: 0, height: 0 }, [4, 2]).bg).toEqual({
      x: 6,
      y: 18,
      width: 8,
      height: 4,
    });
  });
});

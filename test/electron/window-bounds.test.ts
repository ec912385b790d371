// Window bounds are restored only where the window would still be visible and movable.
import { describe, expect, it } from 'vitest';
import { parseSavedBounds, restorableBounds } from '../../electron/window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('restorableBounds', () => {
  it('restores a window that is on a display', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800, maximized: false };
    expect(restorableBounds(saved, [laptop])).toEqual(saved);
  });

  it('drops a window left on a monitor that is gone', () => {
    const saved = { x: 2000, y: 100, width: 1200, height: 800, maximized: true };
    expect(restorableBounds(saved, [laptop, rightMonitor])).toEqual(saved);
    expect(restorableBounds(saved, [laptop])).toBeNull();
  });

  it('drops a window whose title bar is above or below every screen', () => {
    expect(
      restorableBounds({ x: 100, y: -400, width: 800, height: 600, maximized: false }, [laptop]),
    ).toBeNull();
    expect(
      restorableBounds({ x: 100, y: 880, width: 800, height: 600, maximized: false }, [laptop]),
    ).toBeNull();
  });

  it('shrinks a window larger than the largest display', () => {
    const restored = restorableBounds({ x: 0, y: 0, width: 3000, height: 2000, maximized: false }, [laptop]);
    expect(restored).toMatchObject({ width: 1440, height: 900 });
  });

  it('ignores damaged or tiny saved bounds', () => {
    expect(parseSavedBounds('{"x":1')).toBeNull();
    expect(parseSavedBounds('{"x":"1","y":0,"width":800,"height":600}')).toBeNull();
    expect(restorableBounds(parseSavedBounds('{"x":0,"y":0,"width":50,"height":50}'), [laptop])).toBeNull();
    expect(parseSavedBounds('{"x":0,"y":0,"width":800,"height":600,"maximized":true}')).toEqual({
      x: 0,
      y: 0,
      width: 800,
      height: 600,
      maximized: true,
    });
  });
});

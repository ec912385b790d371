import { describe, expect, it } from 'vitest';
import { MINIMAP_OFFSET, frameMinimap, projectBox, unionRect } from '../../../renderer/app/minimapProjection';

const SIZE = { width: 150, height: 100 };

describe('minimap projection', () => {
  it('frames a wide area edge to edge across, centred down, inside the margin', () => {
    const bounds = { x: 0, y: 0, width: 3000, height: 1000 };
    const frame = frameMinimap(bounds, SIZE);
    expect(frame.viewScale).toBe(20);
    const all = projectBox(frame, SIZE, bounds);
    // The whole area is in the minimap, one scale for both axes.
    expect(all.x).toBeGreaterThanOrEqual(0);
    expect(all.x + all.width).toBeLessThanOrEqual(SIZE.width);
    expect(all.width / all.height).toBeCloseTo(3);
    // Centred both ways, with a margin of about MINIMAP_OFFSET pixels on the tight side.
    expect(all.x).toBeCloseTo(SIZE.width - all.x - all.width);
    expect(all.y).toBeCloseTo(SIZE.height - all.y - all.height);
    expect(all.x).toBeGreaterThan(MINIMAP_OFFSET - 1);
    expect(all.x).toBeLessThan(MINIMAP_OFFSET + 2);
  });

  it('frames a tall area top to bottom, centred across', () => {
    const bounds = { x: -500, y: 200, width: 400, height: 2000 };
    const frame = frameMinimap(bounds, SIZE);
    const all = projectBox(frame, SIZE, bounds);
    expect(all.y).toBeGreaterThan(MINIMAP_OFFSET - 1);
    expect(all.y + all.height).toBeLessThanOrEqual(SIZE.height);
    expect(all.x).toBeCloseTo(SIZE.width - all.x - all.width);
    expect(all.height / all.width).toBeCloseTo(5);
  });

  it('places a node box proportionally inside the frame', () => {
    const bounds = { x: 100, y: 100, width: 1500, height: 1000 };
    const frame = frameMinimap(bounds, SIZE);
    const all = projectBox(frame, SIZE, bounds);
    const node = projectBox(frame, SIZE, { x: 850, y: 600, width: 150, height: 100 });
    const scale = all.width / bounds.width;
    expect(node.x - all.x).toBeCloseTo(750 * scale);
    expect(node.y - all.y).toBeCloseTo(500 * scale);
    expect(node.width).toBeCloseTo(150 * scale);
    expect(node.height).toBeCloseTo(100 * scale);
  });

  it('matches the SVG mask: the viewBox maps onto the minimap as preserveAspectRatio meet does', () => {
    const frame = frameMinimap({ x: 0, y: 0, width: 3000, height: 1000 }, SIZE);
    const { view } = frame;
    const k = Math.min(SIZE.width / view.width, SIZE.height / view.height);
    const corner = projectBox(frame, SIZE, { x: view.x, y: view.y, width: view.width, height: view.height });
    expect(corner.width).toBeCloseTo(view.width * k);
    expect(corner.x).toBeCloseTo((SIZE.width - view.width * k) / 2);
    expect(corner.y).toBeCloseTo((SIZE.height - view.height * k) / 2);
  });

  it('the framed area holds both the shapes and the visible part of the canvas', () => {
    expect(unionRect({ x: 0, y: 0, width: 10, height: 10 }, { x: -5, y: 5, width: 10, height: 20 })).toEqual({
      x: -5,
      y: 0,
      width: 15,
      height: 25,
    });
  });
});

/**
 * The arithmetic of the canvas minimap (CanvasMinimap.tsx), kept free of React and the DOM so it
 * can be tested: which part of the flow the minimap shows, and where a node's box lands in it.
 * The minimap frames the union of every shape and the visible part of the canvas, centred, with a
 * small margin, at one scale for both axes (the same framing React Flow's own minimap uses, so
 * XYMinimap's pan and wheel speeds, which read `viewScale`, feel the same).
 */

export type FlowRect = { x: number; y: number; width: number; height: number };

/** How flow coordinates map onto a minimap of `size` pixels. */
export type MinimapFrame = {
  /** The flow area shown (the SVG viewBox of the mask). */
  view: FlowRect;
  /** Flow units per minimap pixel. */
  viewScale: number;
};

/** Margin around the framed area, in minimap pixels. */
export const MINIMAP_OFFSET = 5;

export function frameMinimap(bounds: FlowRect, size: { width: number; height: number }): MinimapFrame {
  const viewScale = Math.max(bounds.width / size.width, bounds.height / size.height) || 1;
  const offset = MINIMAP_OFFSET * viewScale;
  const viewWidth = viewScale * size.width;
  const viewHeight = viewScale * size.height;
  return {
    viewScale,
    view: {
      x: bounds.x - (viewWidth - bounds.width) / 2 - offset,
      y: bounds.y - (viewHeight - bounds.height) / 2 - offset,
      width: viewWidth + offset * 2,
      height: viewHeight + offset * 2,
    },
  };
}

/**
 * A flow box in minimap pixels (0,0 = the minimap's top-left corner), placed as the mask's SVG
 * places its viewBox (preserveAspectRatio "xMidYMid meet": one scale, centred), so the drawing
 * and the viewport rectangle line up.
 */
export function projectBox(
  frame: MinimapFrame,
  size: { width: number; height: number },
  box: FlowRect,
): FlowRect {
  const { view } = frame;
  const k = Math.min(size.width / view.width, size.height / view.height);
  const dx = (size.width - view.width * k) / 2;
  const dy = (size.height - view.height * k) / 2;
  return {
    x: (box.x - view.x) * k + dx,
    y: (box.y - view.y) * k + dy,
    width: box.width * k,
    height: box.height * k,
  };
}

/** The smallest rect holding both. */
export function unionRect(a: FlowRect, b: FlowRect): FlowRect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

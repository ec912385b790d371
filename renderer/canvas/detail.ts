/**
 * Level of detail. Zoomed far out (a 1,000-resource design at Fit), a resource's name would be
 * a few pixels tall: unreadable, yet every name, type line, icon, chip, edge label and
 * arrowhead still costs style, layout, paint and raster on every frame of a pan or a zoom.
 * Below the threshold ("far out") the whole design is one picture (FarOutCanvas.tsx): each
 * resource a tile in its category's colour with a dot for its problems, containers as their
 * boxes, connections as thin lines, all in one <canvas>; the DOM shapes (lowDetail.tsx) stay
 * mounted for the pointer but paint nothing.
 *
 * The threshold is the on-screen size of a resource name, so a small design at Fit (names of
 * 10 px and more) always shows full detail. Canvas.tsx reads the zoom from React Flow's store
 * as a boolean, so the nodes re-render only when the zoom crosses the threshold.
 */
import { createContext, useContext } from 'react';
import { FONTS } from '../../shared/diagram/style';

/** A name smaller than this on screen (px) cannot be read: the canvas stops drawing text. */
export const MIN_NAME_PX = 6;

/**
 * The farthest the canvas zooms out. Low enough for Fit to frame a whole 5,000-resource design
 * in a 1440x900 window (about 0.035, detail.test.ts); far out is one picture (FarOutCanvas.tsx),
 * so zooming out further costs nothing more per frame.
 */
export const MIN_ZOOM = 0.03;

/** Whether the canvas draws low detail at this zoom (1 = 100 %). */
export function isLowDetail(zoom: number): boolean {
  return FONTS.name * zoom < MIN_NAME_PX;
}

export const LowDetailContext = createContext(false);

/** True while the canvas is zoomed out past the level-of-detail threshold. */
export function useLowDetail(): boolean {
  return useContext(LowDetailContext);
}

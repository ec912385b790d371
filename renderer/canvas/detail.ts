/**
 * Level of detail. Zoomed far out (a 1,000-resource design at Fit), a resource's name would be
 * a few pixels tall: unreadable, yet every name, type line, icon, chip, edge label and
 * arrowhead still costs style, layout, paint and raster on every frame of a pan or a zoom.
 * Below the threshold the canvas draws each resource as a tile in its category's colour with
 * a dot for its problems (lowDetail.tsx), containers as their bare boxes, and connections as
 * bare lines.
 *
 * The threshold is the on-screen size of a resource name, so a small design at Fit (names of
 * 10 px and more) always shows full detail. Canvas.tsx reads the zoom from React Flow's store
 * as a boolean, so the nodes re-render only when the zoom crosses the threshold.
 */
import { createContext, useContext } from 'react';
import { FONTS } from '../../shared/diagram/style';

/** A name smaller than this on screen (px) cannot be read: the canvas stops drawing text. */
export const MIN_NAME_PX = 6;

/** Whether the canvas draws low detail at this zoom (1 = 100 %). */
export function isLowDetail(zoom: number): boolean {
  return FONTS.name * zoom < MIN_NAME_PX;
}

export const LowDetailContext = createContext(false);

/** True while the canvas is zoomed out past the level-of-detail threshold. */
export function useLowDetail(): boolean {
  return useContext(LowDetailContext);
}

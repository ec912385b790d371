/**
 * Whether the canvas shows its minimap: a view preference (View > Minimap, Shift+M), neither in
 * the document nor in undo history, remembered in the page's storage. A tiny external store so
 * the command and the canvas share it.
 */
import { useSyncExternalStore } from 'react';
import { pageStorage } from '../host/browserStorage';

const KEY = 'skyplan.minimap';
/** Small enough to leave the canvas corner to the design (React Flow's default is 200 x 150). */
export const MINIMAP_SIZE = { width: 150, height: 100 } as const;
/** Its distance from the canvas edges (the CSS margin of .canvas-minimap). */
export const MINIMAP_MARGIN = 10;
const listeners = new Set<() => void>();
let visible: boolean | null = null;

function storage() {
  return pageStorage(window);
}

export function isMinimapVisible(): boolean {
  // Read lazily: the module is imported where there is no window (unit tests of commands).
  if (visible === null) visible = typeof window === 'undefined' || storage().getItem(KEY) !== 'hidden';
  return visible;
}

export function setMinimapVisible(on: boolean): void {
  if (on === isMinimapVisible()) return;
  visible = on;
  try {
    storage().setItem(KEY, on ? 'shown' : 'hidden');
  } catch {
    // Not remembered; the toggle still works for this session.
  }
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useMinimapVisible(): boolean {
  return useSyncExternalStore(subscribe, isMinimapVisible, isMinimapVisible);
}

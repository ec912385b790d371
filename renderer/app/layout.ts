/**
 * The sizes of the side column and the bottom dock, and whether each is collapsed: the user
 * drags a panel's edge to resize it, hides a panel to give its space to the canvas, and finds
 * both as left next time. Kept in the page's storage (localStorage, which the desktop shell's
 * renderer has too) under one key; whatever is read back is checked and clamped, because that
 * storage is shared and may hold anything.
 */
import { useCallback, useEffect, useState } from 'react';
import type { KeyValueStorage } from '../host/browserStorage';
import { pageStorage } from '../host/browserStorage';

export interface PanelLayout {
  rightWidth: number;
  dockHeight: number;
  rightCollapsed: boolean;
  dockCollapsed: boolean;
}

export const LAYOUT_KEY = 'skyplan.panelLayout';
export const DEFAULT_LAYOUT: PanelLayout = {
  rightWidth: 340,
  dockHeight: 240,
  rightCollapsed: false,
  dockCollapsed: false,
};
export const RIGHT_LIMITS = { min: 260, max: 760 } as const;
export const DOCK_LIMITS = { min: 120, max: 640 } as const;
/** What a collapsed side column keeps: the strip with its "Show panel" button. */
export const COLLAPSED_RIGHT_WIDTH = 36;

export function clamp(value: number, limits: { min: number; max: number }): number {
  return Math.round(Math.min(limits.max, Math.max(limits.min, value)));
}

/** The stored layout, or the default for any field that is missing or not valid. */
export function readLayout(storage: KeyValueStorage): PanelLayout {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(LAYOUT_KEY) ?? 'null');
  } catch {
    raw = null;
  }
  const stored = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const number = (value: unknown, fallback: number, limits: { min: number; max: number }) =>
    typeof value === 'number' && Number.isFinite(value) ? clamp(value, limits) : fallback;
  return {
    rightWidth: number(stored.rightWidth, DEFAULT_LAYOUT.rightWidth, RIGHT_LIMITS),
    dockHeight: number(stored.dockHeight, DEFAULT_LAYOUT.dockHeight, DOCK_LIMITS),
    rightCollapsed: stored.rightCollapsed === true,
    dockCollapsed: stored.dockCollapsed === true,
  };
}

export function writeLayout(storage: KeyValueStorage, layout: PanelLayout): void {
  try {
    storage.setItem(LAYOUT_KEY, JSON.stringify(layout));
  } catch {
    // A full or disabled storage only loses the remembered sizes.
  }
}

/** The layout as React state, saved on every change. */
export function usePanelLayout(): [PanelLayout, (change: Partial<PanelLayout>) => void] {
  const [storage] = useState(() => pageStorage(window));
  const [layout, setLayout] = useState(() => readLayout(storage));
  useEffect(() => writeLayout(storage, layout), [storage, layout]);
  const update = useCallback(
    (change: Partial<PanelLayout>) => setLayout((old) => ({ ...old, ...change })),
    [],
  );
  return [layout, update];
}

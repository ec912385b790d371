/**
 * Remembered window size and position. Restored only when the window would still be visible:
 * a monitor unplugged since last time must not leave the window off screen (drawio-desktop's
 * isWithinDisplayBounds idea). Pure functions plus a tiny JSON file; unit-tested without Electron.
 */
import * as fsp from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Rectangle } from 'electron';
import { writeFileAtomic } from './file-store';

export interface SavedBounds extends Rectangle {
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
const MIN_VISIBLE = 64;

function isRect(value: unknown): value is Rectangle {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((key) => Number.isFinite(r[key]));
}

/** Parses the saved file's content; anything odd gives null (the defaults), never an error. */
export function parseSavedBounds(text: string): SavedBounds | null {
  try {
    const value: unknown = JSON.parse(text);
    if (!isRect(value)) return null;
    const maximized = (value as unknown as Record<string, unknown>).maximized === true;
    return { x: value.x, y: value.y, width: value.width, height: value.height, maximized };
  } catch {
    return null;
  }
}

/**
 * Bounds to restore, or null to let the OS place a default-sized window. The title bar area
 * (top strip) must overlap some display's work area by at least MIN_VISIBLE pixels each way,
 * so the user can always grab and move the window.
 */
export function restorableBounds(saved: SavedBounds | null, workAreas: Rectangle[]): SavedBounds | null {
  if (!saved || saved.width < 200 || saved.height < 150) return null;
  const visible = workAreas.some((area) => {
    const overlapX = Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x);
    const top = saved.y;
    const titleVisible = top >= area.y && top <= area.y + area.height - MIN_VISIBLE;
    return overlapX >= MIN_VISIBLE && titleVisible;
  });
  if (!visible) return null;
  // Never larger than the largest display (a window taller than the screen hides its own bottom).
  const maxWidth = Math.max(...workAreas.map((area) => area.width));
  const maxHeight = Math.max(...workAreas.map((area) => area.height));
  return { ...saved, width: Math.min(saved.width, maxWidth), height: Math.min(saved.height, maxHeight) };
}

export async function loadBounds(path: string): Promise<SavedBounds | null> {
  try {
    return parseSavedBounds(await fsp.readFile(path, 'utf8'));
  } catch {
    return null;
  }
}

export async function saveBounds(path: string, bounds: SavedBounds): Promise<void> {
  await fsp.mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, JSON.stringify(bounds));
}

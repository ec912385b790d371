/**
 * Undo history as a stack of immer patch pairs. One entry is one user action: a single apply,
 * or everything applied between beginGesture and endGesture (a whole drag or resize). Entries
 * store only patches, so undo is exact and cheap whatever the size of the design.
 */
import type { Patch } from 'immer';
import type { HistoryLabel } from './types';

export interface HistoryEntry {
  /** Unique per entry; the store compares it with the saved entry to compute `dirty`. */
  seq: number;
  /** Translated when shown, so the undo menu follows the current language. */
  label: HistoryLabel;
  patches: Patch[];
  /** Inverse patches in the order they must be applied to undo the entry. */
  inverse: Patch[];
}

/** Caps memory on very long sessions; the oldest entries fall off first. */
export const HISTORY_LIMIT = 500;

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export function emptyHistory(): History {
  return { past: [], future: [] };
}

export function pushEntry(history: History, entry: HistoryEntry): History {
  const past = [...history.past, entry];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [] };
}

/** Merges a step into a pending gesture entry: patches run forward, inverses run backward. */
export function mergeStep(entry: HistoryEntry, patches: Patch[], inverse: Patch[]): HistoryEntry {
  return { ...entry, patches: [...entry.patches, ...patches], inverse: [...inverse, ...entry.inverse] };
}

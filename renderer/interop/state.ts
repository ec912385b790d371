/**
 * What the interop panel shows: the report of the last import and the design the open one is
 * compared with. Session state (never in the document or its history), kept outside the editor
 * store, with a tiny subscribe/get pair for useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';
import type { ImportReport } from '../../shared/interop/index';
import type { Design } from '../../shared/model/index';

export interface InteropState {
  imported: { file: string; report: ImportReport } | null;
  /** The design picked with "Compare with…": the baseline the open design is compared against. */
  baseline: { file: string; design: Design } | null;
}

let state: InteropState = { imported: null, baseline: null };
const listeners = new Set<() => void>();

export function getInterop(): InteropState {
  return state;
}

export function setInterop(change: Partial<InteropState>): void {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useInterop(): InteropState {
  return useSyncExternalStore(subscribe, getInterop, getInterop);
}

/** Opens the interop tab of the dock (the dock keeps which tab is active to itself). */
export function showInteropPanel(): void {
  document.querySelector<HTMLButtonElement>('button[data-panel="interop"]')?.click();
}

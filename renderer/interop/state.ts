/**
 * What the interop panel shows: the report of the last import and the design the open one is
 * compared with. Session state (never in the document or its history), kept outside the editor
 * store.
 */
import type { ImportReport } from '../../shared/interop/index';
import type { Design } from '../../shared/model/index';
import { createValueStore, useValue } from '../store/valueStore';

export interface InteropState {
  imported: { file: string; report: ImportReport } | null;
  /** The design picked with "Compare with…": the baseline the open design is compared against. */
  baseline: { file: string; design: Design } | null;
}

const state = createValueStore<InteropState>({ imported: null, baseline: null });

export function getInterop(): InteropState {
  return state.get();
}

export function setInterop(change: Partial<InteropState>): void {
  state.set({ ...state.get(), ...change });
}

export function useInterop(): InteropState {
  return useValue(state);
}

/** Opens the interop tab of the dock (the dock keeps which tab is active to itself). */
export function showInteropPanel(): void {
  document.querySelector<HTMLButtonElement>('button[data-panel="interop"]')?.click();
}

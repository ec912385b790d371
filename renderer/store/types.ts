import type { EditResult, Operation, OperationLabel } from '../../shared/edit/index';
import type { Design } from '../../shared/model/types';
import type { Locale } from '../../shared/i18n/index';
import type { FileRef } from '../host/host';

export type Theme = 'light' | 'dark';

/** What the simulator highlights on the canvas; never saved, never undone. */
export interface SimulationView {
  focus: { resource?: string; connection?: string; blocked?: boolean } | null;
  failed: { azs: string[]; resources: string[] };
  /** Connections that stop working under `failed` (failure mode); the canvas draws them broken. */
  broken?: readonly string[];
}

export interface EditorState {
  /** The document: the single source of truth. Everything drawn is derived from it. */
  design: Design;
  file: FileRef | null;
  /** Differs from the last saved (or loaded) document. */
  dirty: boolean;
  /** Selected resource and connection ids. UI state: not in history, not in the file. */
  selection: string[];
  locale: Locale;
  theme: Theme;
  /** Region to price and simulate in without editing the document (null: the design's own). */
  regionOverride: string | null;
  simulation: SimulationView;
  canUndo: boolean;
  canRedo: boolean;
  /**
   * Label of the action undo would revert (for menus and tooltips): a message key with params,
   * translated when shown (`translateMessage`), so switching language re-translates it.
   */
  undoLabel: HistoryLabel | null;
  redoLabel: HistoryLabel | null;
  /** Increases on every loadDesign; lets views reset per-document state (viewport fit, layout). */
  loadCount: number;
}

export type Listener = () => void;

/**
 * What names a history entry. A plain string is shown as it is (never re-translated); only a
 * gesture started by code that has no message key yet passes one. Everything else: a label.
 */
export type HistoryLabel = OperationLabel | string;

export interface EditorActions {
  getState(): EditorState;
  subscribe(listener: Listener): () => void;
  /** One user action = one history entry (inside a gesture: part of the gesture's entry). */
  apply(label: OperationLabel, recipe: (draft: Design) => void): void;
  /**
   * Runs a shared/edit operation as one history entry labelled by the operation. A refusal
   * changes nothing and records nothing; the caller shows `translateMessage(t, refusal)`.
   */
  perform<A, R>(op: Operation<A, R>, args: A): EditResult<R>;
  beginGesture(label: HistoryLabel): void;
  endGesture(): void;
  /** Reverts everything applied since beginGesture and records nothing (refused drop, Esc). */
  cancelGesture(): void;
  undo(): void;
  redo(): void;
  /**
   * Replaces the document and clears history; `dirty` becomes false, unless `options.dirty`
   * (a restored autosave draft: work that was never saved stays marked unsaved).
   */
  loadDesign(design: Design, file: FileRef | null, options?: { dirty?: boolean }): void;
  /**
   * Changes the document outside history and without making it dirty. Only for work that is
   * part of loading (automatic layout of a file that has none); never for user edits.
   */
  amendLoaded(recipe: (draft: Design) => void): void;
  markSaved(file: FileRef | null): void;
  select(ids: readonly string[]): void;
  setLocale(locale: Locale): void;
  setTheme(theme: Theme): void;
  setRegionOverride(region: string | null): void;
  setSimulation(update: Partial<SimulationView>): void;
}

export type EditorStore = EditorActions;

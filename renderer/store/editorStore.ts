/**
 * The editor store: the document plus UI state, with undo history built from immer patches.
 * A plain external store (getState/subscribe) so React reads it with useSyncExternalStore and
 * tests drive it without React. Only `design` is ever recorded in history or saved; selection,
 * locale, theme, region override and simulation are session state.
 */
import { applyPatches, enablePatches, produce, produceWithPatches } from 'immer';
import type { Patch } from 'immer';
import type { Design } from '../../shared/model/types';
import type { FileRef } from '../host/host';
import { emptyHistory, mergeStep, pushEntry } from './history';
import type { History, HistoryEntry } from './history';
import type { EditorState, EditorStore, Listener, SimulationView } from './types';

enablePatches();

export function emptyDesign(name = 'Untitled'): Design {
  return {
    format: 'skyplan',
    version: 1,
    name,
    region: 'us-east-1',
    resources: [],
    connections: [],
    layout: {},
  };
}

const NO_SIMULATION: SimulationView = { focus: null, failed: { azs: [], resources: [] } };

export function createEditorStore(initial?: Design, file: FileRef | null = null): EditorStore {
  let seq = 0;
  let history: History = emptyHistory();
  /** Pending gesture entry; null when no gesture is open. */
  let gesture: HistoryEntry | null = null;
  /** seq of the entry on top of `past` when last saved (0: the loaded document). */
  let savedSeq = 0;
  const listeners = new Set<Listener>();

  let state: EditorState = {
    design: initial ?? emptyDesign(),
    file,
    dirty: false,
    selection: [],
    locale: 'en',
    theme: 'light',
    regionOverride: null,
    simulation: NO_SIMULATION,
    canUndo: false,
    canRedo: false,
    undoLabel: null,
    redoLabel: null,
    loadCount: 0,
  };

  function topSeq(): number {
    return history.past[history.past.length - 1]?.seq ?? 0;
  }

  function set(partial: Partial<EditorState>): void {
    state = { ...state, ...partial };
    for (const listener of [...listeners]) listener();
  }

  /** State derived from history, recomputed after every history change. */
  function historyFields(design: Design): Partial<EditorState> {
    const last = history.past[history.past.length - 1];
    const next = history.future[history.future.length - 1];
    return {
      design,
      canUndo: !!last,
      canRedo: !!next,
      undoLabel: last?.label ?? null,
      redoLabel: next?.label ?? null,
      dirty: gesture ? true : topSeq() !== savedSeq,
    };
  }

  function prune(selection: string[], design: Design): string[] {
    if (selection.length === 0) return selection;
    const ids = new Set<string>();
    for (const r of design.resources) ids.add(r.id);
    for (const c of design.connections) ids.add(c.id);
    const kept = selection.filter((id) => ids.has(id));
    return kept.length === selection.length ? selection : kept;
  }

  function applyEntryPatches(patches: Patch[]): Design {
    return applyPatches(state.design, patches);
  }

  const store: EditorStore = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    apply(label, recipe) {
      const [design, patches, inverse] = produceWithPatches(state.design, recipe);
      if (patches.length === 0) return;
      if (gesture) {
        gesture = mergeStep(gesture, patches, inverse);
      } else {
        history = pushEntry(history, { seq: ++seq, label, patches, inverse });
      }
      set({ ...historyFields(design), selection: prune(state.selection, design) });
    },
    perform(op, args) {
      const label = op.label(args, state.design);
      let result: ReturnType<typeof op.run> | undefined;
      // The recipe returns nothing: immer would take a returned value as the new document.
      store.apply(label, (draft) => {
        result = op.run(draft, args);
      });
      return result as ReturnType<typeof op.run>;
    },
    beginGesture(label) {
      // A gesture left open (a drag whose end event never came) is closed, not lost.
      if (gesture) store.endGesture();
      gesture = { seq: 0, label, patches: [], inverse: [] };
    },
    endGesture() {
      const pending = gesture;
      gesture = null;
      if (pending && pending.patches.length > 0) {
        history = pushEntry(history, { ...pending, seq: ++seq });
      }
      set(historyFields(state.design));
    },
    cancelGesture() {
      const pending = gesture;
      gesture = null;
      const design =
        pending && pending.patches.length > 0 ? applyEntryPatches(pending.inverse) : state.design;
      set({ ...historyFields(design), selection: prune(state.selection, design) });
    },
    undo() {
      if (gesture) store.endGesture();
      const entry = history.past[history.past.length - 1];
      if (!entry) return;
      const design = applyEntryPatches(entry.inverse);
      history = { past: history.past.slice(0, -1), future: [...history.future, entry] };
      set({ ...historyFields(design), selection: prune(state.selection, design) });
    },
    redo() {
      if (gesture) store.endGesture();
      const entry = history.future[history.future.length - 1];
      if (!entry) return;
      const design = applyEntryPatches(entry.patches);
      history = { past: [...history.past, entry], future: history.future.slice(0, -1) };
      set({ ...historyFields(design), selection: prune(state.selection, design) });
    },
    loadDesign(design, loadedFile, options) {
      history = emptyHistory();
      gesture = null;
      // -1 matches no history entry: a document loaded as unsaved stays dirty until saved.
      savedSeq = options?.dirty ? -1 : 0;
      set({
        ...historyFields(design),
        file: loadedFile,
        dirty: options?.dirty ?? false,
        selection: [],
        simulation: NO_SIMULATION,
        loadCount: state.loadCount + 1,
      });
    },
    amendLoaded(recipe) {
      // Patches already in history stay valid: amendments only add what loading left out.
      set({ design: produce(state.design, recipe) });
    },
    markSaved(savedFile) {
      savedSeq = topSeq();
      set({ file: savedFile, dirty: false });
    },
    select(ids) {
      const same = ids.length === state.selection.length && ids.every((id, i) => id === state.selection[i]);
      if (!same) set({ selection: [...ids] });
    },
    setLocale(locale) {
      if (locale !== state.locale) set({ locale });
    },
    setTheme(theme) {
      if (theme !== state.theme) set({ theme });
    },
    setRegionOverride(region) {
      if (region !== state.regionOverride) set({ regionOverride: region });
    },
    setSimulation(update) {
      set({ simulation: { ...state.simulation, ...update } });
    },
  };
  return store;
}

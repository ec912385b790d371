/**
 * Opening a document: old designs get the placement normaliser (a multi-subnet resource's home
 * shape moves into its first subnet), and a document without any layout gets the whole
 * automatic layout; one with a few boxes missing gets only those. Part of loading, not an edit.
 *
 * ELK runs in the engine worker where there is one (seconds on a 5,000-resource design): the
 * canvas stays usable meanwhile (unplaced shapes wait in rows) and says what it is doing. An
 * answer that comes after another document was loaded is dropped.
 */
import { useReactFlow } from '@xyflow/react';
import { applyPatches, produceWithPatches } from 'immer';
import type { Patch } from 'immer';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { normalizePlacement, placementNeedsRepair } from '../../shared/edit/index';
import { mergeLayout, missingLayout } from '../../shared/diagram/layout';
import type { Design } from '../../shared/model/types';
import { layoutOf } from '../engine/layout';
import { useEditor, useEditorStore } from '../store/index';

/** How many resources are being laid out (0: none): a tiny store the effect below writes. */
function createProgress() {
  let count = 0;
  const listeners = new Set<() => void>();
  return {
    get: () => count,
    set(next: number) {
      if (next === count) return;
      count = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The normaliser's patches on the document they were made for; on a document edited since, the normaliser itself. */
function replay(draft: Design, loaded: Design, current: Design, patches: Patch[]): void {
  if (current === loaded) applyPatches(draft, patches);
  else normalizePlacement(draft);
}

/** Lays out what a loaded document is missing; returns the number of resources being laid out (0: none). */
export function useAutoLayoutOnLoad(): number {
  const store = useEditorStore();
  const loadCount = useEditor((s) => s.loadCount);
  const flow = useReactFlow();
  const [progress] = useState(createProgress);
  const running = useSyncExternalStore(progress.subscribe, progress.get);
  useEffect(() => {
    const loaded = store.getState().design;
    // The normaliser on an immer draft of the whole document costs seconds on thousands of
    // resources: skip it when a read-only pass finds nothing to repair (any design the app
    // saved), else run it once and replay its patches rather than run it on the store's draft.
    const [design, patches] = placementNeedsRepair(loaded)
      ? produceWithPatches(loaded, (draft) => normalizePlacement(draft))
      : [loaded, [] as Patch[]];
    const normalize = (draft: Design) => replay(draft, loaded, store.getState().design, patches);
    const missing = missingLayout(design).length;
    if (design === loaded && missing === 0) return;
    if (missing === 0) {
      store.amendLoaded(normalize);
      return;
    }
    const bare = Object.keys(loaded.layout ?? {}).length === 0;
    let cancelled = false;
    progress.set(design.resources.length);
    void layoutOf(design).then((boxes) => {
      if (cancelled || !boxes || store.getState().loadCount !== loadCount) return;
      progress.set(0);
      store.amendLoaded((draft) => {
        normalize(draft);
        if (bare) draft.layout = boxes;
        else mergeLayout(design, boxes, draft);
      });
      requestAnimationFrame(() => void flow.fitView({ padding: 0.1 }));
    });
    return () => {
      cancelled = true;
      progress.set(0);
    };
  }, [store, loadCount, flow, progress]);
  return running;
}

import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../renderer/store/editorStore';
import { twoTierDesign } from './fixtures';

describe('editor store history', () => {
  it('records one apply as one undo entry and undoes it exactly', () => {
    const store = createEditorStore(twoTierDesign());
    const before = store.getState().design;
    store.apply('Rename', (draft) => {
      const vpc = draft.resources.find((r) => r.id === 'vpc1');
      if (vpc) vpc.name = 'Main';
    });
    expect(store.getState().design.resources.find((r) => r.id === 'vpc1')?.name).toBe('Main');
    expect(store.getState().canUndo).toBe(true);
    expect(store.getState().undoLabel).toBe('Rename');
    store.undo();
    expect(store.getState().design).toEqual(before);
    expect(store.getState().canUndo).toBe(false);
    store.redo();
    expect(store.getState().design.resources.find((r) => r.id === 'vpc1')?.name).toBe('Main');
  });

  it('reverts a whole drag with one undo', () => {
    const store = createEditorStore(twoTierDesign());
    store.beginGesture('Move');
    for (let step = 1; step <= 20; step++) {
      store.apply('Move', (draft) => {
        const box = draft.layout?.app1;
        if (box) box.x = 40 + step * 5;
      });
    }
    store.endGesture();
    expect(store.getState().design.layout?.app1?.x).toBe(140);
    store.undo();
    expect(store.getState().design.layout?.app1?.x).toBe(40);
    expect(store.getState().canUndo).toBe(false);
    store.redo();
    expect(store.getState().design.layout?.app1?.x).toBe(140);
  });

  it('cancels a gesture without recording it', () => {
    const store = createEditorStore(twoTierDesign());
    store.beginGesture('Move');
    store.apply('Move', (draft) => {
      const box = draft.layout?.app1;
      if (box) box.x = 999;
    });
    store.cancelGesture();
    expect(store.getState().design.layout?.app1?.x).toBe(40);
    expect(store.getState().canUndo).toBe(false);
  });

  it('keeps selection, locale, theme and simulation out of history', () => {
    const store = createEditorStore(twoTierDesign());
    store.select(['vpc1']);
    store.setLocale('ko');
    store.setTheme('dark');
    store.setSimulation({ focus: { resource: 'nat1' } });
    expect(store.getState().canUndo).toBe(false);
    store.apply('Rename', (draft) => {
      draft.name = 'Renamed';
    });
    store.select(['pub', 'priv']);
    store.undo();
    expect(store.getState().design.name).toBe('Two subnets');
    expect(store.getState().selection).toEqual(['pub', 'priv']);
    expect(store.getState().locale).toBe('ko');
    expect(store.getState().theme).toBe('dark');
    expect(store.getState().simulation.focus).toEqual({ resource: 'nat1' });
  });

  it('drops selected ids that an undo removes', () => {
    const store = createEditorStore(twoTierDesign());
    store.apply('Add', (draft) => {
      draft.resources.push({ id: 's3a', type: 's3-bucket', props: {} });
    });
    store.select(['s3a', 'vpc1']);
    store.undo();
    expect(store.getState().selection).toEqual(['vpc1']);
  });

  it('tracks dirty against the saved point, through undo and redo', () => {
    const store = createEditorStore(twoTierDesign());
    expect(store.getState().dirty).toBe(false);
    store.apply('Rename', (draft) => {
      draft.name = 'A';
    });
    expect(store.getState().dirty).toBe(true);
    store.markSaved({ id: 'f', name: 'a.skyplan.json' });
    expect(store.getState().dirty).toBe(false);
    store.undo();
    expect(store.getState().dirty).toBe(true);
    store.redo();
    expect(store.getState().dirty).toBe(false);
  });

  it('ignores recipes that change nothing', () => {
    const store = createEditorStore(twoTierDesign());
    store.apply('Nothing', () => {});
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().dirty).toBe(false);
  });

  it('resets history on load, and amendLoaded neither records nor dirties', () => {
    const store = createEditorStore(twoTierDesign());
    store.apply('Rename', (draft) => {
      draft.name = 'A';
    });
    store.loadDesign(twoTierDesign(), null);
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().loadCount).toBe(1);
    store.amendLoaded((draft) => {
      draft.layout = { ...draft.layout, extra: { x: 1, y: 2 } };
    });
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().dirty).toBe(false);
    expect(store.getState().design.layout?.extra).toEqual({ x: 1, y: 2 });
  });

  it('notifies subscribers and stops after unsubscribe', () => {
    const store = createEditorStore(twoTierDesign());
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.select(['vpc1']);
    store.select(['vpc1']);
    expect(calls).toBe(1);
    stop();
    store.select([]);
    expect(calls).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { addResource, rename } from '../../../shared/edit/index';
import { translator } from '../../../shared/i18n/index';
import { createEditorStore } from '../../../renderer/store/editorStore';
import { historyLabelText } from '../../../renderer/store/labels';
import { twoTierDesign } from '../../fixtures/designs';

describe('editor store history', () => {
  it('records one apply as one undo entry and undoes it exactly', () => {
    const store = createEditorStore(twoTierDesign());
    const before = store.getState().design;
    store.apply({ key: 'ui.action.rename' }, (draft) => {
      const vpc = draft.resources.find((r) => r.id === 'vpc1');
      if (vpc) vpc.name = 'Main';
    });
    expect(store.getState().design.resources.find((r) => r.id === 'vpc1')?.name).toBe('Main');
    expect(store.getState().canUndo).toBe(true);
    expect(store.getState().undoLabel).toEqual({ key: 'ui.action.rename' });
    store.undo();
    expect(store.getState().design).toEqual(before);
    expect(store.getState().canUndo).toBe(false);
    store.redo();
    expect(store.getState().design.resources.find((r) => r.id === 'vpc1')?.name).toBe('Main');
  });

  it('reverts a whole drag with one undo', () => {
    const store = createEditorStore(twoTierDesign());
    store.beginGesture({ key: 'ui.action.move' });
    for (let step = 1; step <= 20; step++) {
      store.apply({ key: 'ui.action.move' }, (draft) => {
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
    store.beginGesture({ key: 'ui.action.move' });
    store.apply({ key: 'ui.action.move' }, (draft) => {
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
    store.apply({ key: 'ui.action.rename' }, (draft) => {
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
    store.apply({ key: 'ui.action.add', params: { type: { key: 'type.s3-bucket' } } }, (draft) => {
      draft.resources.push({ id: 's3a', type: 's3-bucket', props: {} });
    });
    store.select(['s3a', 'vpc1']);
    store.undo();
    expect(store.getState().selection).toEqual(['vpc1']);
  });

  it('tracks dirty against the saved point, through undo and redo', () => {
    const store = createEditorStore(twoTierDesign());
    expect(store.getState().dirty).toBe(false);
    store.apply({ key: 'ui.action.rename' }, (draft) => {
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
    store.apply({ key: 'ui.action.edit', params: { field: 'x' } }, () => {});
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().dirty).toBe(false);
  });

  it('resets history on load, and amendLoaded neither records nor dirties', () => {
    const store = createEditorStore(twoTierDesign());
    store.apply({ key: 'ui.action.rename' }, (draft) => {
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

  it('runs an editor operation as one entry whose label is translated when shown', () => {
    const store = createEditorStore(twoTierDesign());
    const result = store.perform(addResource, { type: 'nat-gateway', selection: ['pub'] });
    expect(result).toEqual({ ok: true, value: 'nat2' });
    const label = store.getState().undoLabel;
    if (!label) throw new Error('no undo label');
    // Stored as a key: the same entry reads in whichever language is current.
    expect(historyLabelText(translator('en'), label)).toBe('Add NAT gateway');
    expect(historyLabelText(translator('ko'), label)).toBe('NAT 게이트웨이 추가');
    store.undo();
    expect(store.getState().design.resources.some((r) => r.id === 'nat2')).toBe(false);
  });

  it('records nothing for a refused operation', () => {
    const store = createEditorStore(twoTierDesign());
    const result = store.perform(rename, { id: 'missing', name: 'x' });
    expect(result).toMatchObject({ ok: false, refusal: { key: 'edit.refused.unknown' } });
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().dirty).toBe(false);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { rename } from '../../../shared/edit/index';
import { translator } from '../../../shared/i18n/index';
import type { CommandContext } from '../../../renderer/app/command';
import { viewCommands } from '../../../renderer/app/viewCommands';
import { createEditorStore } from '../../../renderer/store/editorStore';
import { twoTierDesign } from '../../fixtures/designs';

function tidyUp() {
  const command = viewCommands.find((c) => c.id === 'view.autoLayout');
  if (!command) throw new Error('no Tidy up command');
  return command;
}

function context(store: ReturnType<typeof createEditorStore>): CommandContext {
  const canvas = {
    frame: vi.fn(),
    fitView: vi.fn(),
    zoomIn: vi.fn(),
    zoomOut: vi.fn(),
    viewCenter: () => ({ x: 0, y: 0 }),
  };
  return { store, canvas, host: null, t: translator('en'), toast: vi.fn(), confirm: async () => true };
}

describe('Tidy up', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lays out the design as one undo entry', async () => {
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => callback());
    const store = createEditorStore(twoTierDesign());
    const before = store.getState().design;
    await tidyUp().run(context(store));
    expect(store.getState().design.layout).not.toEqual(before.layout);
    store.undo();
    expect(store.getState().design).toEqual(before);
  });

  it('keeps an edit made while the layout was being computed, and lays out the edited design', async () => {
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => callback());
    const store = createEditorStore(twoTierDesign());
    const running = tidyUp().run(context(store));
    // The layout is asynchronous (ELK, in the worker in the app): the user renames meanwhile.
    store.perform(rename, { id: 'vpc1', name: 'Renamed meanwhile' });
    await running;
    const design = store.getState().design;
    expect(design.resources.find((r) => r.id === 'vpc1')?.name).toBe('Renamed meanwhile');
    // One undo removes the layout, a second the rename: the rename was not overwritten.
    store.undo();
    expect(store.getState().design.resources.find((r) => r.id === 'vpc1')?.name).toBe('Renamed meanwhile');
    store.undo();
    expect(store.getState().design.resources.find((r) => r.id === 'vpc1')?.name).not.toBe(
      'Renamed meanwhile',
    );
  });
});

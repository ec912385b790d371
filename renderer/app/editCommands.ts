/** Edit menu: undo/redo, clipboard, delete, select all, select none. */
import type { Design } from '../../shared/model/types';
import { copyItems, deleteItems, deletionSet, duplicate, paste } from '../../shared/edit/index';
import type { Clip } from '../../shared/edit/index';
import type { Command } from './command';

/** The in-app clipboard (designs are structured data; the system clipboard holds text only). */
let clipboard: Clip | null = null;
let pasteCount = 0;

function selectedResources(design: Design, selection: readonly string[]): string[] {
  const ids = new Set(design.resources.map((r) => r.id));
  return selection.filter((id) => ids.has(id));
}

export const editCommands: Command[] = [
  {
    id: 'edit.undo',
    labelKey: 'ui.cmd.undo',
    shortcut: 'Mod+Z',
    group: 'edit',
    enabled: (s) => s.canUndo,
    run: ({ store }) => store.undo(),
  },
  {
    id: 'edit.redo',
    labelKey: 'ui.cmd.redo',
    shortcut: ['Mod+Shift+Z', 'Mod+Y'],
    group: 'edit',
    enabled: (s) => s.canRedo,
    run: ({ store }) => store.redo(),
  },
  {
    id: 'edit.copy',
    labelKey: 'ui.cmd.copy',
    shortcut: 'Mod+C',
    group: 'edit',
    enabled: (s) => selectedResources(s.design, s.selection).length > 0,
    run: ({ store }) => {
      const { design, selection } = store.getState();
      clipboard = copyItems(design, selectedResources(design, selection));
      pasteCount = 0;
    },
  },
  {
    id: 'edit.paste',
    labelKey: 'ui.cmd.paste',
    shortcut: 'Mod+V',
    group: 'edit',
    enabled: () => clipboard !== null,
    run: (ctx) => {
      if (!clipboard) return;
      pasteCount++;
      const result = ctx.store.perform(paste, { clip: clipboard, step: pasteCount });
      if (result.ok) ctx.store.select(result.value);
    },
  },
  {
    id: 'edit.duplicate',
    labelKey: 'ui.cmd.duplicate',
    shortcut: 'Mod+D',
    group: 'edit',
    enabled: (s) => selectedResources(s.design, s.selection).length > 0,
    run: (ctx) => {
      const { design, selection } = ctx.store.getState();
      const result = ctx.store.perform(duplicate, { ids: selectedResources(design, selection) });
      if (result.ok && result.value.length > 0) ctx.store.select(result.value);
    },
  },
  {
    id: 'edit.delete',
    labelKey: 'ui.cmd.delete',
    shortcut: ['Delete', 'Backspace'],
    group: 'edit',
    enabled: (s) => s.selection.length > 0,
    run: async ({ store, t, confirm }) => {
      const { design, selection } = store.getState();
      if (selection.length === 0) return;
      const removed = deletionSet(design, selection);
      const removedResources = design.resources.filter((r) => removed.has(r.id)).length;
      const selectedCount = selectedResources(design, selection).length;
      // Deleting a container takes its contents with it: ask first, naming the real count.
      if (removedResources > selectedCount) {
        const message = t('ui.delete.confirm', { count: removedResources });
        if (!(await confirm({ message, confirmLabel: t('polish.confirm.delete'), danger: true }))) return;
        // The document may have changed while the question was open: delete what is still there.
        if (store.getState().design !== design) return;
      }
      store.perform(deleteItems, { ids: selection });
      store.select([]);
    },
  },
  {
    id: 'edit.selectAll',
    labelKey: 'ui.cmd.selectAll',
    shortcut: 'Mod+A',
    group: 'edit',
    run: ({ store }) => {
      const { design } = store.getState();
      store.select(design.resources.map((r) => r.id));
    },
  },
  {
    id: 'edit.selectNone',
    labelKey: 'ui.cmd.selectNone',
    shortcut: 'Escape',
    group: 'edit',
    enabled: (s) => s.selection.length > 0,
    run: ({ store }) => store.select([]),
  },
];

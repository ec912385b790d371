/** Edit menu: undo/redo, clipboard, delete, select all. */
import type { Design } from '../../shared/model/types';
import { copyItems, deleteItems, deletionSet, pasteClip, pasteOffset } from '../store/edits';
import type { Clip } from '../store/edits';
import type { Command, CommandContext } from './commands';

/** The in-app clipboard (designs are structured data; the system clipboard holds text only). */
let clipboard: Clip | null = null;
let pasteCount = 0;

function selectedResources(design: Design, selection: readonly string[]): string[] {
  const ids = new Set(design.resources.map((r) => r.id));
  return selection.filter((id) => ids.has(id));
}

function paste(
  ctx: CommandContext,
  clip: Clip,
  labelKey: 'ui.action.paste' | 'ui.action.duplicate',
  step: number,
): void {
  let roots: string[] = [];
  ctx.store.apply(ctx.t(labelKey), (draft) => {
    roots = pasteClip(draft, clip, pasteOffset(clip, step));
  });
  ctx.store.select(roots);
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
      paste(ctx, clipboard, 'ui.action.paste', pasteCount);
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
      const clip = copyItems(design, selectedResources(design, selection));
      if (clip) paste(ctx, clip, 'ui.action.duplicate', 1);
    },
  },
  {
    id: 'edit.delete',
    labelKey: 'ui.cmd.delete',
    shortcut: ['Delete', 'Backspace'],
    group: 'edit',
    enabled: (s) => s.selection.length > 0,
    run: ({ store, t, confirm }) => {
      const { design, selection } = store.getState();
      if (selection.length === 0) return;
      const removed = deletionSet(design, selection);
      const removedResources = design.resources.filter((r) => removed.has(r.id)).length;
      const selectedCount = selectedResources(design, selection).length;
      // Deleting a container takes its contents with it: ask first, naming the real count.
      if (removedResources > selectedCount && !confirm(t('ui.delete.confirm', { count: removedResources }))) {
        return;
      }
      store.apply(t('ui.action.delete'), (draft) => deleteItems(draft, selection));
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
];

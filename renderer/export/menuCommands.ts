/**
 * Native menu commands (Electron's File/Edit/Export menus send a MenuCommand) run the same
 * registry commands as the top bar and the shortcuts. Mount `useMenuCommands()` once under
 * <App>; in the browser host onMenuCommand never fires, so it is inert there.
 */
import { useEffect } from 'react';
import { useHost } from '../app/host';
import { COMMANDS } from '../app/commands';
import { useRunCommand } from '../app/useCommands';
import type { MenuCommand } from '../host/host';

/** The registry command each menu command runs ('close-requested' is handled by main). */
export const MENU_COMMAND_IDS: Record<Exclude<MenuCommand, 'close-requested'>, string> = {
  new: 'file.new',
  open: 'file.open',
  save: 'file.save',
  'save-as': 'file.saveAs',
  undo: 'edit.undo',
  redo: 'edit.redo',
  'export-png': 'export.png',
  'export-svg': 'export.svg',
  'export-pdf': 'export.pdf',
  'export-cost-csv': 'export.costCsv',
  'export-cost-md': 'export.costMd',
  'export-review-md': 'export.reviewMd',
};

export function commandForMenu(menu: MenuCommand) {
  if (menu === 'close-requested') return undefined;
  const id = MENU_COMMAND_IDS[menu];
  return COMMANDS.find((command) => command.id === id);
}

/** A text field has the focus: Edit > Undo/Redo then act on its text, not on the design. */
function editingText(doc: Document): boolean {
  const active = doc.activeElement as HTMLElement | null;
  if (!active) return false;
  const tag = active.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || active.isContentEditable;
}

export function useMenuCommands(): void {
  const host = useHost();
  const run = useRunCommand();
  useEffect(() => {
    if (!host) return undefined;
    return host.onMenuCommand((menu) => {
      if ((menu === 'undo' || menu === 'redo') && editingText(document)) {
        // execCommand is deprecated but remains the only way to reach a field's own undo stack.
        document.execCommand(menu);
        return;
      }
      const command = commandForMenu(menu);
      if (command) run(command);
    });
  }, [host, run]);
}

/**
 * The File menu: New (the welcome screen), Open, Save, Save as, all through the file session
 * so they share its unsaved-changes guard, error dialogs and autosave.
 * No shortcut for New: browsers keep Ctrl+N for a new window and never pass it to the page.
 */
import type { Command } from '../app/command';
import { sessionFor } from './registry';

export const fileCommands: Command[] = [
  {
    id: 'file.new',
    labelKey: 'files.cmd.new',
    group: 'file',
    run: ({ store, host }) => sessionFor(store, host).showWelcome(),
  },
  {
    id: 'file.open',
    labelKey: 'files.cmd.open',
    shortcut: 'Mod+O',
    group: 'file',
    run: async ({ store, host }) => {
      await sessionFor(store, host).open();
    },
  },
  {
    id: 'file.save',
    labelKey: 'files.cmd.save',
    shortcut: 'Mod+S',
    group: 'file',
    run: async ({ store, host }) => {
      await sessionFor(store, host).save(false);
    },
  },
  {
    id: 'file.saveAs',
    labelKey: 'files.cmd.saveAs',
    shortcut: 'Mod+Shift+S',
    group: 'file',
    run: async ({ store, host }) => {
      await sessionFor(store, host).save(true);
    },
  },
];

/** View > Minimap: shows or hides the canvas minimap (remembered; see minimap.ts). */
import type { Command } from './command';
import { isMinimapVisible, setMinimapVisible } from './minimap';

export const polishCommands: Command[] = [
  {
    id: 'view.minimap',
    labelKey: 'polish.cmd.minimap',
    shortcut: 'Shift+M',
    group: 'view',
    checked: () => isMinimapVisible(),
    run: () => setMinimapVisible(!isMinimapVisible()),
  },
];

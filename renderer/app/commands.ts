/**
 * Command registry: every command appears in its top-bar menu and, with a shortcut, is bound to
 * keys (not while typing in a field). To add commands, write them in a file next to this one and
 * append one spread line to COMMANDS.
 *
 * Shortcut syntax: "Mod+Z" (Ctrl, or Cmd on macOS), "Mod+Shift+Z", "Shift+1", "F", "Delete".
 * The first shortcut is shown in the menu; the rest are aliases.
 */
import type { MessageKey, Translate } from '../../shared/i18n/index';
import type { CanvasActions } from '../canvas/actions';
import type { Host } from '../host/host';
import type { EditorState, EditorStore } from '../store/index';
import { editCommands } from './editCommands';
import { viewCommands } from './viewCommands';
import { fileCommands } from '../files/commands';
import { exportCommands } from '../export/commands';
import { simulationCommands } from '../simulation/commands';

export type CommandGroup = 'file' | 'edit' | 'view' | 'export' | 'simulate';
export const COMMAND_GROUPS: readonly CommandGroup[] = ['file', 'edit', 'view', 'export', 'simulate'];

export interface CommandContext {
  store: EditorStore;
  canvas: CanvasActions;
  /** Null until a host is wired in (tests of the bare editor). */
  host: Host | null;
  t: Translate;
  toast(message: string, tone?: 'info' | 'error'): void;
  confirm(message: string): boolean;
}

export interface Command {
  id: string;
  labelKey: MessageKey;
  shortcut?: string | readonly string[];
  group: CommandGroup;
  /** Greys the menu item and ignores the shortcut when false. */
  enabled?(state: EditorState): boolean;
  /** A check mark in the menu (toggles such as the theme). */
  checked?(state: EditorState): boolean;
  run(ctx: CommandContext): void | Promise<void>;
}

export const COMMANDS: Command[] = [
  ...editCommands,
  ...viewCommands,
  ...fileCommands,
  ...exportCommands,
  ...simulationCommands,
];

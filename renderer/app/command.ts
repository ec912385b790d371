/**
 * What a command is: the type every command file implements. The registry that collects them is
 * commands.ts; keeping the type apart lets command files import it without importing the
 * registry (which imports them).
 *
 * Shortcut syntax: "Mod+Z" (Ctrl, or Cmd on macOS), "Mod+Shift+Z", "Shift+1", "F", "Delete".
 * The first shortcut is shown in the menu; the rest are aliases.
 */
import type { MessageKey, Translate } from '../../shared/i18n/index';
import type { CanvasActions } from '../canvas/actions';
import type { Host } from '../host/host';
import type { ConfirmRequest } from './confirm';
import type { EditorState, EditorStore } from '../store/index';

export type CommandGroup = 'file' | 'edit' | 'view' | 'export' | 'simulate';
export const COMMAND_GROUPS: readonly CommandGroup[] = ['file', 'edit', 'view', 'export', 'simulate'];

export interface CommandContext {
  store: EditorStore;
  canvas: CanvasActions;
  /** Null until a host is wired in (tests of the bare editor). */
  host: Host | null;
  t: Translate;
  toast(message: string, tone?: 'info' | 'error'): void;
  /** Asks in the app's own dialog (see confirm.ts); resolves true when the user agrees. */
  confirm(request: ConfirmRequest): Promise<boolean>;
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

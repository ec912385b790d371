/**
 * Command registry: every command appears in its top-bar menu and, with a shortcut, is bound to
 * keys (not while typing in a field). To add commands, write them in a file next to this one
 * (typed by `Command` from command.ts, never importing this file) and append one spread line to
 * COMMANDS.
 */
import type { Command } from './command';
import { editCommands } from './editCommands';
import { viewCommands } from './viewCommands';
import { fileCommands } from '../files/commands';
import { exportCommands } from '../export/commands';
import { simulationCommands } from '../simulation/commands';
import { interopCommands } from '../interop/commands';
import { polishCommands } from './polishCommands';

export const COMMANDS: Command[] = [
  ...editCommands,
  ...viewCommands,
  ...fileCommands,
  ...exportCommands,
  ...simulationCommands,
  ...interopCommands,
  ...polishCommands,
];

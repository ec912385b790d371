/**
 * Every skyplan command, in the order help lists them. Adding a command: one file in this
 * folder and one line here.
 */
import type { Command } from '../context';
import { validateCommand } from './validate';

export const COMMANDS: readonly Command[] = [validateCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}

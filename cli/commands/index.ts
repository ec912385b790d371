/**
 * Every skyplan command, in the order help lists them. Adding a command: one file in this
 * folder and one line here.
 */
import type { Command } from '../context';
import { costCommand } from './cost';
import { formatCommand } from './format';
import { lessonCommand } from './lesson';
import { rulesCommand } from './rules';
import { simulateCommand } from './simulate';
import { validateCommand } from './validate';

export const COMMANDS: readonly Command[] = [
  validateCommand,
  rulesCommand,
  simulateCommand,
  costCommand,
  lessonCommand,
  formatCommand,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}

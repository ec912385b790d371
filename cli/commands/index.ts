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
import { importCommand } from './import';
import { deployCommand } from './deploy';
import { diffCommand } from './diff';
import { exportCommand } from './export';
import { editCommand } from './edit';

export const COMMANDS: readonly Command[] = [
  validateCommand,
  rulesCommand,
  simulateCommand,
  costCommand,
  lessonCommand,
  formatCommand,
  importCommand,
  deployCommand,
  diffCommand,
  exportCommand,
  editCommand,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}

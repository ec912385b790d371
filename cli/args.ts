/** Splits argv into positionals and --options, with the errors a person can act on. */
import type { Command, OptionValues } from './context';
import { CliError } from './context';

export const GLOBAL_OPTIONS = {
  help: { type: 'boolean' },
  lang: { type: 'string' },
  format: { type: 'string' },
} as const;

export interface ParsedArgs {
  positionals: string[];
  options: OptionValues;
}

export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs {
  const known: Record<string, 'string' | 'boolean'> = {};
  for (const [name, spec] of Object.entries(GLOBAL_OPTIONS)) known[name] = spec.type;
  for (const [name, spec] of Object.entries(command.options ?? {})) known[name] = spec.type;
  if (!command.formats) delete known.format;

  const positionals: string[] = [];
  const options: OptionValues = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') {
        if (arg === '-h') {
          options.help = true;
          continue;
        }
        // A one-letter alias ("-o OUT") stands for the long option that declares it.
        const alias = Object.entries(command.options ?? {}).find(([, spec]) => spec.short === arg.slice(1));
        if (alias && argv[i + 1] !== undefined) {
          options[alias[0]] = argv[++i];
          continue;
        }
        throw new CliError('cli.unknownOption', { option: arg, command: command.name });
      }
      positionals.push(arg);
      continue;
    }
    const [name = '', inlineValue] = arg.slice(2).split(/=(.*)/s, 2);
    const type = known[name];
    if (!type) throw new CliError('cli.unknownOption', { option: `--${name}`, command: command.name });
    if (type === 'boolean') {
      options[name] = inlineValue === undefined ? true : inlineValue !== 'false';
      continue;
    }
    const value = inlineValue ?? argv[i + 1];
    if (value === undefined || (inlineValue === undefined && value.startsWith('--'))) {
      throw new CliError('cli.missingValue', { option: `--${name}` });
    }
    if (inlineValue === undefined) i++;
    const previous = options[name];
    // A repeatable option collects its values, one per line, in the order given.
    options[name] =
      command.options?.[name]?.repeatable && typeof previous === 'string' ? `${previous}\n${value}` : value;
  }
  const max = command.maxPositionals ?? 1;
  if (positionals.length > max) throw new CliError('cli.tooManyArgs', { arg: positionals[max] ?? '' });
  return { positionals, options };
}

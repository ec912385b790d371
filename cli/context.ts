/**
 * What a command gets to work with. Commands never touch process.* directly: the entry point
 * passes stdout, stderr, the file reader and the environment in, so tests run commands in
 * process and check their output and exit status.
 */
import type { Locale, MessageKey, MessageParams, Translate } from '../shared/i18n/index';
import type { Design } from '../shared/model/index';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a UTF-8 file; throws a Node-style error with `code` when it cannot. */
  readFile(path: string): string;
  /** Writes a UTF-8 file in place (only `skyplan format` writes). */
  writeFile?(path: string, text: string): void;
  /** Writes a binary file (exports: PNG, PDF). */
  writeBytes?(path: string, bytes: Uint8Array): void;
  /** Lists file names in a folder (for commands that take folders); throws like readFile. */
  listDir?(path: string): string[];
  env: Record<string, string | undefined>;
}

/** The largest file a command reads: 50 MB, the desktop app's open limit (see node-io.ts). */
export const MAX_CLI_FILE_BYTES = 50 * 1024 * 1024;

export type OptionValues = Record<string, string | boolean | undefined>;

export interface CommandContext {
  command: Command;
  positionals: string[];
  options: OptionValues;
  /** The chosen --format, validated against the command's list. */
  format: string;
  locale: Locale;
  t: Translate;
  io: CliIO;
  /** Reads and checks a design file, or stops the command with exit 2 and a located message. */
  readDesign(file: string): Design;
  /** Reads a text file, or stops the command with exit 2 naming the file. */
  readText(file: string): string;
}

export interface CommandOption {
  type: 'string' | 'boolean';
  help: MessageKey;
  /** Shown in help: "--region CODE". */
  valueName?: string;
  /** A one-letter alias, e.g. "o" for "-o OUT" (string options only). */
  short?: string;
  /** May be given more than once; the values arrive joined by newlines. */
  repeatable?: boolean;
}

export interface Command {
  name: string;
  summary: MessageKey;
  usage: MessageKey;
  /** Allowed --format values; the first is the default. Absent: the command has no --format. */
  formats?: readonly string[];
  options?: Readonly<Record<string, CommandOption>>;
  /** How many positional arguments the command takes at most (default 1). */
  maxPositionals?: number;
  /** What exit status 1 means for this command, when it is not "the design has errors". */
  exitCodes?: MessageKey;
  run(ctx: CommandContext): number | Promise<number>;
}

/** A user error: printed as one plain line (or a JSON object), exit status 2, never a stack. */
export class CliError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    /** Extra lines printed after the message, already translated. */
    readonly details: string[] = [],
    /** What --format json prints instead of text, when the command can describe the error. */
    readonly json?: unknown,
  ) {
    super(key);
  }
}

export function writeJson(io: CliIO, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** The command's FILE argument, or a usage error naming the command. */
export function requireFile(ctx: CommandContext): string {
  const file = ctx.positionals[0];
  if (!file) {
    throw new CliError('cli.missingFile', { command: ctx.command.name, usage: ctx.t(ctx.command.usage) });
  }
  return file;
}

/**
 * The skyplan command: a thin shell over shared/. Parses arguments, picks the language, runs
 * one command and turns every user error into a plain message and exit status 2.
 */
import type { Locale, MessageKey } from '../shared/i18n/index';
import { translator } from '../shared/i18n/index';
import { describeIssue, issueMessage, parseDesign, pathToString } from '../shared/model/index';
import { parseCommandArgs } from './args';
import { COMMANDS, findCommand } from './commands/index';
import type { CliIO, Command, CommandContext } from './context';
import { CliError, MAX_CLI_FILE_BYTES, writeJson } from './context';
import { helpFor, topLevelHelp } from './help';

export const SKYPLAN_VERSION = '0.1.0';

function chooseLocale(value: string | boolean | undefined, env: CliIO['env']): Locale {
  const wanted = typeof value === 'string' ? value : env.SKYPLAN_LANG;
  if (wanted === undefined || wanted === '') return 'en';
  if (wanted === 'en' || wanted === 'ko') return wanted;
  throw new CliError('cli.badLang', { found: wanted });
}

/** Why a file could not be read, in words; node-io.ts raises ENOTREG and EFBIG itself. */
function readReason(error: unknown): { key: MessageKey; code: string } {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return { key: 'cli.reason.notFound', code };
  if (code === 'EISDIR') return { key: 'cli.reason.isDirectory', code };
  if (code === 'EACCES' || code === 'EPERM') return { key: 'cli.reason.denied', code };
  if (code === 'ELOOP') return { key: 'cli.reason.loop', code };
  if (code === 'ENOTREG') return { key: 'cli.reason.notRegular', code };
  if (code === 'EFBIG') return { key: 'cli.reason.tooLarge', code };
  return { key: 'cli.reason.other', code: typeof code === 'string' ? code : String(error) };
}

function makeContext(command: Command, argv: readonly string[], io: CliIO): CommandContext {
  const { positionals, options } = parseCommandArgs(command, argv);
  const locale = chooseLocale(options.lang, io.env);
  const t = translator(locale);
  const formats = command.formats ?? [];
  const format = typeof options.format === 'string' ? options.format : (formats[0] ?? 'text');
  if (command.formats && !formats.includes(format)) {
    throw new CliError('cli.badFormat', { found: format, formats: formats.join('|') });
  }
  const readText = (file: string): string => {
    try {
      return io.readFile(file);
    } catch (error) {
      const reason = readReason(error);
      throw new CliError('cli.readFailed', {
        file,
        reason: t(reason.key, { code: reason.code, limit: MAX_CLI_FILE_BYTES / (1024 * 1024) }),
      });
    }
  };
  const readDesign = (file: string) => {
    const result = parseDesign(readText(file));
    if (result.ok) return result.design;
    throw new CliError(
      'cli.invalidDesign',
      { file, count: result.issues.length },
      result.issues.map((found) => `  ${describeIssue(found, locale, file)}`),
      {
        file,
        errors: result.issues.map((found) => ({
          code: found.code,
          path: pathToString(found.path),
          line: found.line ?? null,
          column: found.column ?? null,
          message: issueMessage(found, locale),
        })),
      },
    );
  };
  return { command, positionals, options, format, locale, t, io, readDesign, readText };
}

/** Runs the command line; resolves to the exit status. Never throws for user errors. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  let locale: Locale = 'en';
  let format = 'text';
  try {
    locale = chooseLocale(undefined, io.env);
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const about = name === 'help' && rest[0] ? findCommand(rest[0]) : undefined;
      io.stdout(about ? helpFor(about, locale) : topLevelHelp(COMMANDS, locale));
      return 0;
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`skyplan ${SKYPLAN_VERSION}\n`);
      return 0;
    }
    const command = findCommand(name);
    if (!command) {
      throw new CliError('cli.unknownCommand', {
        command: name,
        commands: COMMANDS.map((c) => c.name).join(', '),
      });
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(helpFor(command, chooseLocaleLoose(rest, io.env)));
      return 0;
    }
    const ctx = makeContext(command, rest, io);
    locale = ctx.locale;
    format = ctx.format;
    return await command.run(ctx);
  } catch (error) {
    const t = translator(locale);
    if (error instanceof CliError) {
      if (format === 'json' && error.json !== undefined) {
        writeJson(io, error.json);
      } else {
        io.stderr(`skyplan: ${t(error.key, error.params)}\n`);
        for (const line of error.details) io.stderr(`${line}\n`);
      }
      return 2;
    }
    io.stderr(
      `skyplan: ${t('cli.internalError', { message: String((error as Error)?.message ?? error) })}\n`,
    );
    if (io.env.SKYPLAN_DEBUG) io.stderr(`${(error as Error)?.stack ?? ''}\n`);
    return 2;
  }
}

/** Help is shown even when other arguments are wrong, so read --lang without failing. */
function chooseLocaleLoose(argv: readonly string[], env: CliIO['env']): Locale {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = index < 0 ? undefined : (argv[index]?.split('=')[1] ?? argv[index + 1]);
  try {
    return chooseLocale(value, env);
  } catch {
    return 'en';
  }
}

import type { Locale } from '../shared/i18n/index';
import { translator } from '../shared/i18n/index';
import type { Command } from './context';

function pad(text: string, width: number): string {
  return text.length >= width ? `${text}  ` : text + ' '.repeat(width - text.length);
}

export function topLevelHelp(commands: readonly Command[], locale: Locale): string {
  const t = translator(locale);
  const width = Math.max(...commands.map((c) => c.name.length)) + 4;
  return [
    t('cli.usage'),
    '',
    t('cli.commands'),
    ...commands.map((c) => `  ${pad(c.name, width)}${t(c.summary)}`),
    '',
    t('cli.globalOptions'),
    `  ${pad('--help', 16)}${t('cli.option.help')}`,
    `  ${pad('--lang en|ko', 16)}${t('cli.option.lang')}`,
    `  ${pad('--version', 16)}${t('cli.option.version')}`,
    '',
    t('cli.helpHint'),
    t('cli.exitCodes'),
    '',
  ].join('\n');
}

export function helpFor(command: Command, locale: Locale): string {
  const t = translator(locale);
  const rows: [string, string][] = [];
  if (command.formats) {
    rows.push([
      `--format ${command.formats.join('|')}`,
      t('cli.option.format', { formats: command.formats.join(', ') }),
    ]);
  }
  for (const [name, option] of Object.entries(command.options ?? {})) {
    rows.push([
      (option.short ? `-${option.short}, ` : '') +
        (option.type === 'string' ? `--${name} ${option.valueName ?? 'VALUE'}` : `--${name}`),
      t(option.help),
    ]);
  }
  rows.push(['--lang en|ko', t('cli.option.lang')]);
  const width = Math.max(...rows.map(([left]) => left.length)) + 3;
  return [
    `${t(command.usage)}`,
    '',
    t(command.summary),
    '',
    t('cli.options'),
    ...rows.map(([left, right]) => `  ${pad(left, width)}${right}`),
    '',
    t(command.exitCodes ?? 'cli.exitCodes'),
    '',
  ].join('\n');
}

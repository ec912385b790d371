/**
 * skyplan export DESIGN --to svg|png|pdf|drawio|md|html [--scale N] [--theme light|dark]
 *   [--transparent] [--date YYYY-MM-DD] [-o FILE]
 * Writes the diagram or the review of a design, offline, with the same renderer as the app, so
 * a design kept in git can have its picture rebuilt in CI. Without -o the file is written beside
 * the design (NAME.svg for NAME.skyplan.json); `-o -` writes text formats to standard output.
 * Exit 0 when written; 2 when the design, an option or the output cannot be used.
 */
import type { Theme } from '../../shared/diagram/style';
import type { Command, CommandContext } from '../context';
import { CliError, requireFile } from '../context';
import { EXPORT_FORMATS, findExportFormat } from './export-formats';

function formatNames(): string {
  return EXPORT_FORMATS.map((format) => format.name).join('|');
}

function option(ctx: CommandContext, name: string): string | undefined {
  const value = ctx.options[name];
  return typeof value === 'string' ? value : undefined;
}

function chosenScale(ctx: CommandContext): number {
  const raw = option(ctx, 'scale');
  if (raw === undefined) return 1;
  const scale = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(scale) || scale < 0.25 || scale > 4) {
    throw new CliError('cli.export.badScale', { found: raw });
  }
  return scale;
}

function chosenTheme(ctx: CommandContext): Theme {
  const raw = option(ctx, 'theme') ?? 'light';
  if (raw !== 'light' && raw !== 'dark') throw new CliError('cli.export.badTheme', { found: raw });
  return raw;
}

function chosenDate(ctx: CommandContext): string {
  const raw = option(ctx, 'date');
  if (raw === undefined) return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) {
    throw new CliError('cli.export.badDate', { found: raw });
  }
  return raw;
}

/** NAME.skyplan.json -> NAME.EXT, beside the design. */
export function defaultOutput(file: string, extension: string): string {
  const base = file.replace(/\.skyplan\.json$|\.json$/i, '');
  return `${base}.${extension}`;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'cli.export.summary',
  usage: 'cli.export.usage',
  exitCodes: 'cli.exitCodes.info',
  options: {
    // The formats table is complete when this module loads: help lists every entry.
    to: { type: 'string', help: 'cli.export.option.to', valueName: formatNames() },
    scale: { type: 'string', help: 'cli.export.option.scale', valueName: 'N' },
    theme: { type: 'string', help: 'cli.export.option.theme', valueName: 'light|dark' },
    transparent: { type: 'boolean', help: 'cli.export.option.transparent' },
    date: { type: 'string', help: 'cli.export.option.date', valueName: 'YYYY-MM-DD' },
    output: { type: 'string', help: 'cli.export.option.output', valueName: 'FILE', short: 'o' },
  },
  async run(ctx) {
    const file = requireFile(ctx);
    const to = option(ctx, 'to');
    if (to === undefined) throw new CliError('cli.export.missingTo', { formats: formatNames() });
    const format = findExportFormat(to);
    if (!format) throw new CliError('cli.export.badTo', { found: to, formats: formatNames() });
    const scale = chosenScale(ctx);
    const theme = chosenTheme(ctx);
    const date = chosenDate(ctx);
    const output = option(ctx, 'output') ?? defaultOutput(file, format.extension);
    if (output === '-' && format.binary) {
      throw new CliError('cli.export.binaryToStdout', { format: format.name });
    }
    const design = ctx.readDesign(file);
    const data = await format.produce({
      ctx,
      design,
      file,
      locale: ctx.locale,
      theme,
      scale,
      transparent: ctx.options.transparent === true,
      date,
    });
    if (output === '-') {
      ctx.io.stdout(typeof data === 'string' ? data : new TextDecoder().decode(data));
      return 0;
    }
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    try {
      if (ctx.io.writeBytes) ctx.io.writeBytes(output, bytes);
      else if (ctx.io.writeFile && typeof data === 'string') ctx.io.writeFile(output, data);
      else throw new Error('no writer');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CliError('cli.export.cannotWrite', { file: output, reason });
    }
    ctx.io.stdout(`${ctx.t('cli.export.wrote', { file: output, bytes: bytes.length })}\n`);
    return 0;
  },
};

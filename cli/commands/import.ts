/**
 * skyplan import TEMPLATE [--param KEY=VALUE]... [--region CODE] [-o OUT] [--format text|json]
 * Imports a CloudFormation template as a design. The design goes to standard output (or OUT);
 * the import report ("imported N of M", what was not imported and why) goes to standard error,
 * or with --format json to standard output as one object.
 * Exit 0 when imported; 2 when the template cannot be used (with file, line and column).
 */
import type { Translate } from '../../shared/i18n/index';
import type { ImportReport } from '../../shared/interop/index';
import { importCloudFormation, InteropError } from '../../shared/interop/index';
import { serializeDesign } from '../../shared/model/index';
import { isSupportedRegion, SUPPORTED_REGIONS } from '../../shared/cost/index';
import type { Command, CommandContext } from '../context';
import { CliError, requireFile } from '../context';

function params(ctx: CommandContext): Record<string, string> {
  const raw = ctx.options.param;
  const out: Record<string, string> = {};
  if (typeof raw !== 'string') return out;
  for (const pair of raw.split('\n')) {
    const at = pair.indexOf('=');
    if (at < 1) throw new CliError('cli.import.badParam', { found: pair });
    out[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return out;
}

function folderOf(file: string): string {
  const at = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return at < 0 ? '' : file.slice(0, at + 1);
}

export function reportLines(report: ImportReport, file: string, t: Translate): string[] {
  const lines = [t('interop.report.title', { imported: report.imported, total: report.total, file })];
  const section = (title: string, rows: string[]) => {
    if (rows.length > 0) lines.push(title, ...rows.map((row) => `  ${row}`));
  };
  section(
    t('interop.report.unmapped'),
    report.unmapped.map((u) => `${u.id} (${u.type})`),
  );
  section(
    t('interop.report.skipped'),
    report.skipped.map((s) => `${s.id} (${s.condition})`),
  );
  section(
    t('interop.report.renamed'),
    report.renamed.map((r) => `${r.from} → ${r.to}`),
  );
  section(
    t('interop.report.placeholders'),
    report.placeholders.map((p) => `${p.id} (${p.type})`),
  );
  section(
    t('interop.report.warnings'),
    report.notes.map((note) => {
      const where = note.file ? `${folderOf(file)}${note.file.replace(/^\.\//, '')}` : file;
      return `${note.line ? `${where}:${note.line}: ` : ''}${t(note.key, note.params)}`;
    }),
  );
  return lines;
}

export const importCommand: Command = {
  name: 'import',
  summary: 'cli.import.summary',
  usage: 'cli.import.usage',
  exitCodes: 'cli.exitCodes.import',
  formats: ['text', 'json'],
  options: {
    param: { type: 'string', help: 'cli.import.option.param', valueName: 'KEY=VALUE', repeatable: true },
    region: { type: 'string', help: 'cli.import.option.region', valueName: 'CODE' },
    out: { type: 'string', help: 'cli.import.option.out', valueName: 'OUT', short: 'o' },
  },
  async run(ctx) {
    const file = requireFile(ctx);
    const region = typeof ctx.options.region === 'string' ? ctx.options.region : undefined;
    if (region !== undefined && !isSupportedRegion(region)) {
      throw new CliError('cli.cost.badRegion', { region, regions: SUPPORTED_REGIONS.join(', ') });
    }
    const given = params(ctx);
    const text = ctx.readText(file);
    const folder = folderOf(file);
    let result;
    try {
      result = await importCloudFormation(text, {
        params: given,
        ...(region ? { region } : {}),
        fileName: file.slice(folder.length),
        readNested: (path) => {
          try {
            return ctx.io.readFile(path.startsWith('/') ? path : `${folder}${path.replace(/^\.\//, '')}`);
          } catch {
            return undefined;
          }
        },
      });
    } catch (error) {
      if (!(error instanceof InteropError)) throw error;
      const { note } = error;
      const where = typeof note.params.file === 'string' ? `${folder}${note.params.file}` : file;
      throw new CliError('cli.import.failed', {
        file: where,
        line: note.line ?? 1,
        column: note.column ?? 1,
        message: ctx.t(note.key, note.params),
      });
    }
    const design = serializeDesign(result.design);
    const out = typeof ctx.options.out === 'string' ? ctx.options.out : undefined;
    if (out) {
      if (!ctx.io.writeFile) throw new CliError('cli.import.cannotWrite', { file: out });
      ctx.io.writeFile(out, design);
    }
    if (ctx.format === 'json') {
      ctx.io.stdout(
        `${JSON.stringify({ report: result.report, ...(out ? {} : { design: result.design }) }, null, 2)}\n`,
      );
      return 0;
    }
    if (!out) ctx.io.stdout(design);
    const lines = reportLines(result.report, file, ctx.t);
    if (out) lines.push(ctx.t('interop.report.wrote', { file: out }));
    ctx.io.stderr(`${lines.join('\n')}\n`);
    return 0;
  },
};

/**
 * skyplan diff A B [--format text|json|md]
 * Compares two designs: resources and connections added, removed and changed, findings new and
 * resolved, reachability verdicts that changed, and the monthly cost delta.
 * Exit 0 when B has no error A did not have; 1 when it has (so a pull request can be gated on
 * it); 2 when a design cannot be read.
 */
import type { DiffFormat } from '../../shared/interop/index';
import { diffDesigns, DIFF_FORMATS, formatDiff } from '../../shared/interop/index';
import type { Command } from '../context';
import { CliError, requireFile } from '../context';

export const diffCommand: Command = {
  name: 'diff',
  summary: 'cli.diff.summary',
  usage: 'cli.diff.usage',
  exitCodes: 'cli.exitCodes.diff',
  formats: DIFF_FORMATS,
  maxPositionals: 2,
  run(ctx) {
    const fileA = requireFile(ctx);
    const fileB = ctx.positionals[1];
    if (!fileB) throw new CliError('cli.diff.missingB', { usage: ctx.t('cli.diff.usage') });
    const a = ctx.readDesign(fileA);
    const b = ctx.readDesign(fileB);
    const diff = diffDesigns(a, b, ctx.locale);
    ctx.io.stdout(formatDiff({ ...diff, a: fileA, b: fileB }, ctx.format as DiffFormat, ctx.locale));
    return diff.newErrors > 0 ? 1 : 0;
  },
};

import { serializeDesign } from '../../shared/model/index';
import type { Command } from '../context';
import { CliError, requireFile } from '../context';

/**
 * Rewrites design files in Skyplan's canonical form (fixed key order, two-space indent), like a
 * code formatter, so that hand-edited or generated designs diff cleanly in git. With --check it
 * only reports the files that are not canonical (exit 1), for CI.
 */
export const formatCommand: Command = {
  name: 'format',
  summary: 'cli.format.summary',
  usage: 'cli.format.usage',
  exitCodes: 'cli.exitCodes.format',
  maxPositionals: 10000,
  options: { check: { type: 'boolean', help: 'cli.format.option.check' } },
  run(ctx) {
    requireFile(ctx);
    let changed = 0;
    for (const file of ctx.positionals) {
      const text = ctx.readText(file);
      const canonical = serializeDesign(ctx.readDesign(file));
      if (canonical === text) continue;
      changed++;
      if (ctx.options.check) {
        ctx.io.stdout(`${ctx.t('cli.format.notCanonical', { file })}\n`);
      } else {
        if (!ctx.io.writeFile) throw new CliError('cli.format.cannotWrite', { file });
        ctx.io.writeFile(file, canonical);
        ctx.io.stdout(`${ctx.t('cli.format.rewrote', { file })}\n`);
      }
    }
    if (changed === 0)
      ctx.io.stdout(`${ctx.t('cli.format.allCanonical', { count: ctx.positionals.length })}\n`);
    return ctx.options.check && changed > 0 ? 1 : 0;
  },
};

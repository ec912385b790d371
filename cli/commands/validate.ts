import { findingToJson, hasErrors, runRules } from '../../shared/rules/index';
import type { Command } from '../context';
import { requireFile, writeJson } from '../context';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'cli.validate.summary',
  usage: 'cli.validate.usage',
  formats: ['text', 'json'],
  run(ctx) {
    const file = requireFile(ctx);
    const design = ctx.readDesign(file);
    const findings = runRules(design);
    const printed = findings.map((finding) => findingToJson(finding, ctx.locale));
    if (ctx.format === 'json') {
      writeJson(ctx.io, { findings: printed });
    } else if (printed.length === 0) {
      ctx.io.stdout(`${ctx.t('cli.validate.clean', { file })}\n`);
    } else {
      for (const finding of printed) {
        const where = finding.resources.length ? ` [${finding.resources.join(', ')}]` : '';
        ctx.io.stdout(`${finding.severity.padEnd(7)} ${finding.rule}${where}: ${finding.message}\n`);
        if (finding.fix) ctx.io.stdout(`        -> ${finding.fix}\n`);
      }
      const count = (severity: string) => printed.filter((f) => f.severity === severity).length;
      ctx.io.stdout(
        `${ctx.t('cli.validate.counts', { file, errors: count('error'), warnings: count('warning'), infos: count('info') })}\n`,
      );
    }
    return hasErrors(findings) ? 1 : 0;
  },
};

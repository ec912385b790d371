/**
 * `skyplan validate FILE`: every layer that can run, in one pass. Schema and reference issues
 * (exit 2, on stderr, with file:line:column and JSON path) come together, and the rules still
 * run over the part of the design that loaded (printed on stdout, as for a clean file). See
 * shared/model/layers.ts for what is set aside and why.
 */
import { describeIssue, issueMessage, pathToString } from '../../shared/model/index';
import type { DesignIssue } from '../../shared/model/index';
import { checkLayers } from '../../shared/model/layers';
import type { FindingJson } from '../../shared/rules/index';
import { findingToJson, hasErrors, runRules } from '../../shared/rules/index';
import type { Command, CommandContext } from '../context';
import { requireFile, writeJson } from '../context';

function printFindings(ctx: CommandContext, file: string, printed: FindingJson[]): void {
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

function issueJson(found: DesignIssue, ctx: CommandContext) {
  return {
    code: found.code,
    path: pathToString(found.path),
    line: found.line ?? null,
    column: found.column ?? null,
    message: issueMessage(found, ctx.locale),
  };
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'cli.validate.summary',
  usage: 'cli.validate.usage',
  formats: ['text', 'json'],
  run(ctx) {
    const file = requireFile(ctx);
    const checked = checkLayers(ctx.readText(file));
    const findings = checked.design ? runRules(checked.design) : [];
    const printed = findings.map((finding) => findingToJson(finding, ctx.locale));
    const broken = checked.issues.length > 0;
    if (ctx.format === 'json') {
      // A clean file prints { findings }; a broken one adds the file's issues, what was set
      // aside, and whether the rules ran at all.
      writeJson(
        ctx.io,
        broken
          ? {
              file,
              errors: checked.issues.map((found) => issueJson(found, ctx)),
              setAside: checked.setAside,
              rulesRan: checked.design !== null,
              findings: printed,
            }
          : { findings: printed },
      );
    } else if (broken) {
      ctx.io.stderr(`skyplan: ${ctx.t('cli.invalidDesign', { file, count: checked.issues.length })}\n`);
      for (const found of checked.issues) ctx.io.stderr(`  ${describeIssue(found, ctx.locale, file)}\n`);
      if (checked.design) {
        const ids = checked.setAside.join(', ') || '-';
        ctx.io.stdout(`${ctx.t('polish.validate.partial', { file, ids })}\n`);
        printFindings(ctx, file, printed);
      } else {
        ctx.io.stderr(`${ctx.t('polish.validate.noRules')}\n`);
      }
    } else if (printed.length === 0) {
      ctx.io.stdout(`${ctx.t('cli.validate.clean', { file })}\n`);
    } else {
      printFindings(ctx, file, printed);
    }
    if (broken) return 2;
    return hasErrors(findings) ? 1 : 0;
  },
};

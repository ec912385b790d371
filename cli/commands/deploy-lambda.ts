/** `skyplan deploy FILE --service FUNCTION`: a Lambda function's concurrency, throttling and cold starts. */
import { lambdaConcurrency } from '../../shared/deploy/index';
import type { LambdaConcurrencyReport } from '../../shared/deploy/index';
import type { Design } from '../../shared/model/index';
import type { CommandContext } from '../context';
import { writeJson } from '../context';

function toJson(report: LambdaConcurrencyReport, ctx: CommandContext): unknown {
  const { t } = ctx;
  return {
    ...report,
    callerEffects: report.callerEffects.map((e) => t(e.key, e.params)),
    coldStart: { ...report.coldStart, basis: t(report.coldStart.basis.key, report.coldStart.basis.params) },
    problems: report.problems.map((p) => ({
      code: p.code,
      message: t(p.message.key, p.message.params),
      fix: t(p.fix.key, p.fix.params),
    })),
  };
}

export function runLambda(ctx: CommandContext, design: Design, fn: string, file: string): number {
  const report = lambdaConcurrency(design, fn);
  const failed = report.problems.length > 0 ? 1 : 0;
  if (ctx.format === 'json') {
    writeJson(ctx.io, toJson(report, ctx));
    return failed;
  }
  const { t } = ctx;
  const out = (line: string) => ctx.io.stdout(`${line}\n`);
  out(t('cli.lambda.header', { fn, file }));
  out(
    t('cli.lambda.limit', {
      limit: report.accountLimit,
      source: t(report.limitSource === 'default' ? 'cli.lambda.limitDefault' : 'cli.lambda.limitDesign'),
      others: report.reservedByOthers,
      reserved: report.reserved ?? t('cli.lambda.unreserved'),
    }),
  );
  out(
    t('cli.lambda.peak', {
      rps: report.peakRequestsPerSec,
      durationMs: report.avgDurationMs,
      demand: report.demand,
      max: report.maxConcurrency,
      provisioned: report.provisioned,
    }),
  );
  out(
    report.throttled
      ? t('cli.lambda.throttled', { share: Math.round(report.throttledShare * 100) })
      : t('cli.lambda.notThrottled'),
  );
  out(
    report.callers.length > 0
      ? t('cli.lambda.callers', {
          callers: report.callers.map((c) => `${c.id} (${c.type}, ${c.model})`).join(', '),
        })
      : t('cli.lambda.noCallers'),
  );
  for (const effect of report.callerEffects) out(`  - ${t(effect.key, effect.params)}`);
  const cold = report.coldStart;
  out(
    t('cli.lambda.coldStart', {
      minMs: cold.minMs,
      maxMs: cold.maxMs,
      warm: Math.round(cold.warmShare * 100),
    }),
  );
  out(t('cli.lambda.basis', { basis: t(cold.basis.key, cold.basis.params) }));
  for (const problem of report.problems) {
    out(t('cli.deploy.problem', { message: t(problem.message.key, problem.message.params) }));
    out(t('cli.deploy.fix', { fix: t(problem.fix.key, problem.fix.params) }));
  }
  return failed;
}

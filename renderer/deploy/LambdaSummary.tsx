/**
 * A Lambda function in the Deploy panel: its concurrency against the account's Regional limit,
 * whether the peak is throttled and what its callers then see, and the cold-start estimate with
 * its basis (the same report as `skyplan deploy FILE --service FUNCTION`).
 */
import type { Design } from '../../shared/model/types';
import { lambdaConcurrency } from '../../shared/deploy/index';
import { useT } from '../i18n';

export function LambdaSummary({ design, fn }: { design: Design; fn: string }) {
  const t = useT();
  const report = lambdaConcurrency(design, fn);
  const cold = report.coldStart;
  return (
    <div className="deploy-lambda" data-testid="deploy-lambda">
      <p>
        {t('cli.lambda.limit', {
          limit: report.accountLimit,
          source: t(report.limitSource === 'default' ? 'cli.lambda.limitDefault' : 'cli.lambda.limitDesign'),
          others: report.reservedByOthers,
          reserved: report.reserved ?? t('cli.lambda.unreserved'),
        })}
      </p>
      <p>
        {t('cli.lambda.peak', {
          rps: report.peakRequestsPerSec,
          durationMs: report.avgDurationMs,
          demand: report.demand,
          max: report.maxConcurrency,
          provisioned: report.provisioned,
        })}
      </p>
      <p className={`deploy-outcome ${report.throttled ? 'bad' : 'ok'}`} data-testid="deploy-lambda-throttle">
        {report.throttled
          ? t('cli.lambda.throttled', { share: Math.round(report.throttledShare * 100) })
          : t('cli.lambda.notThrottled')}
      </p>
      <ul className="deploy-events">
        {report.callerEffects.map((effect) => (
          <li key={effect.key}>{t(effect.key, effect.params)}</li>
        ))}
      </ul>
      <p>
        {t('cli.lambda.coldStart', {
          minMs: cold.minMs,
          maxMs: cold.maxMs,
          warm: Math.round(cold.warmShare * 100),
        })}
      </p>
      <p className="deploy-note">{t(cold.basis.key, cold.basis.params)}</p>
      {report.problems.map((problem) => (
        <div key={problem.code} className="deploy-problem" role="alert">
          <p>{t(problem.message.key, problem.message.params)}</p>
          <p>
            <span className="sim-label">{t('simulate.fix')}</span> {t(problem.fix.key, problem.fix.params)}
          </p>
        </div>
      ))}
    </div>
  );
}

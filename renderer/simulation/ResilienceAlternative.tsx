/**
 * The priced way out of a failure that broke something: one NAT gateway per AZ, how many of the
 * broken connections it saves under the same failure, and what it costs per month compared with
 * the design (left out when the viewed region has no price table).
 */
import type { PricedAlternative } from './model';
import { useT } from '../i18n';

const usd = (value: number): string => value.toFixed(2);

export function ResilienceAlternative({
  alternative,
  brokenCount,
}: {
  alternative: PricedAlternative | null;
  brokenCount: number;
}) {
  const t = useT();
  return (
    <section className="failure-alternative" data-testid="failure-alternative">
      <h3>{t('simulate.resilience.title')}</h3>
      {alternative ? (
        <>
          <p>{t('simulate.resilience.natPerAz', { added: alternative.alternative.added.join(', ') })}</p>
          <p>{t('simulate.resilience.survives', { count: alternative.survives, total: brokenCount })}</p>
          {alternative.before !== null && alternative.after !== null && (
            <p data-testid="failure-delta">
              {t('simulate.resilience.delta', {
                delta: usd(alternative.after - alternative.before),
                before: usd(alternative.before),
                after: usd(alternative.after),
              })}
            </p>
          )}
        </>
      ) : (
        <p>{t('simulate.resilience.none')}</p>
      )}
    </section>
  );
}

/**
 * What a failure did: the connections it broke (each with the drop code and reason; a click
 * highlights and frames it on the canvas) and the ones that survived.
 */
import type { FailureReport as Report } from '../../shared/simulate/failures';
import { namedText } from '../../shared/simulate/names';
import { useCanvasActions } from '../canvas/actions';
import { useLocale, useT } from '../i18n';
import { useEditor, useEditorStore } from '../store/index';
import { labelOf } from './model';

type Impact = Report['impacts'][number];

function BrokenItem({ impact }: { impact: Impact }) {
  const t = useT();
  const locale = useLocale();
  const store = useEditorStore();
  const canvas = useCanvasActions();
  const design = useEditor((state) => state.design);
  const block = impact.blocked;
  // The reason in words, naming resources; the drop code is in the simulation panel's step list.
  const reason = block ? namedText(design, locale, block.message, block.params) : '';
  const show = (): void => {
    store.setSimulation({
      focus: { connection: impact.connection, resource: block?.resource, blocked: true },
    });
    const connection = design.connections.find((c) => c.id === impact.connection);
    canvas.frame([connection?.from, connection?.to, block?.resource].filter((id): id is string => !!id));
  };
  return (
    <li>
      <button
        type="button"
        className="failure-broken"
        data-testid="failure-broken"
        data-connection={impact.connection}
        onClick={show}
      >
        {t('simulate.failure.brokenItem', { connection: labelOf(design, impact.connection), reason })}
      </button>
    </li>
  );
}

export function FailureReport({ report }: { report: Report }) {
  const t = useT();
  const design = useEditor((state) => state.design);
  const failed = useEditor((state) => state.simulation.failed);
  const failedNames = [
    ...failed.azs.map((az) => t('simulate.failure.az', { az })),
    ...failed.resources.map((id) => labelOf(design, id)),
  ];
  return (
    <>
      <p className="panel-summary">{t('simulate.failure.failedList', { items: failedNames.join(', ') })}</p>
      {report.broken.length === 0 && <p className="sim-outcome ok">{t('simulate.failure.allGood')}</p>}
      {report.broken.length > 0 && (
        <>
          <h3 className="failure-broken-title">
            {t('simulate.failure.broken', { count: report.broken.length })}
          </h3>
          <ul className="failure-list">
            {report.impacts
              .filter((impact) => impact.status === 'broken')
              .map((impact) => (
                <BrokenItem key={impact.connection} impact={impact} />
              ))}
          </ul>
        </>
      )}
      {report.survived.length > 0 && (
        <>
          <h3>{t('simulate.failure.survived', { count: report.survived.length })}</h3>
          <ul className="failure-list">
            {report.survived.map((id) => (
              <li key={id} data-testid="failure-survived">
                {t('simulate.failure.survivedItem', { connection: labelOf(design, id) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

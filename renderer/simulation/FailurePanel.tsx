/**
 * Failure mode: take an AZ or one resource out of service and see, on the canvas and here, which
 * connections break and why (one NAT gateway in AZ a takes down AZ b's egress) and which
 * survive (an ALB in two AZs). When something broke, the priced alternative is one NAT gateway
 * per AZ: traced under the same failure, and its monthly cost compared with the design's.
 *
 * The parts: FailureControls (what failed), FailureReport (what broke, what survived),
 * ResilienceAlternative (the priced fix); the report itself is derived in model.ts.
 */
import { useEffect, useMemo } from 'react';
import { useRegion } from '../engine/index';
import { useT } from '../i18n';
import { useEditor, useEditorStore } from '../store/index';
import { FailureControls } from './FailureControls';
import { FailureReport } from './FailureReport';
import { failureView } from './model';
import { ResilienceAlternative } from './ResilienceAlternative';
import './simulation.css';

export function FailurePanel() {
  const t = useT();
  const store = useEditorStore();
  const design = useEditor((state) => state.design);
  const failed = useEditor((state) => state.simulation.failed);
  const region = useRegion();

  const view = useMemo(() => failureView(design, failed, region), [design, failed, region]);
  // The canvas marks the broken connections while this panel is open.
  const broken = view?.report.broken;
  useEffect(() => {
    store.setSimulation({ broken: broken ?? [] });
  }, [broken, store]);
  useEffect(() => () => store.setSimulation({ broken: [] }), [store]);

  return (
    <div className="failure" data-testid="failure-panel">
      <FailureControls canClear={!!view} />
      {!view ? (
        <p className="panel-empty">{t('simulate.failure.none')}</p>
      ) : (
        <div className="failure-report" data-testid="failure-report">
          <FailureReport report={view.report} />
          {view.report.broken.length > 0 && (
            <ResilienceAlternative alternative={view.alternative} brokenCount={view.report.broken.length} />
          )}
        </div>
      )}
    </div>
  );
}

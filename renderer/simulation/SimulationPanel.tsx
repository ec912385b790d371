/**
 * Simulation mode (Packet Tracer's, for a VPC): pick a connection or any source and
 * destination, then step the request hop by hop (or play it) while the canvas highlights the
 * resource the packet is at and animates the connection. Each hop says what decided (route and
 * table, security-group rule, NACL rule number, listener); the reply is its own leg; a drop
 * shows its code, the Reachability Analyzer code, the reason and the fix.
 *
 * The parts: FlowPicker (what to trace), usePlayback (the run and its cursor), PlaybackControls,
 * StepList, and ScenarioSection (saved sets of flows).
 */
import type { Simulation } from '../../shared/simulate/steps';
import { isLastStep } from '../../shared/simulate/steps';
import { useT } from '../i18n';
import { useEditor } from '../store/index';
import { FlowPicker } from './FlowPicker';
import { labelOf } from './model';
import { PlaybackControls } from './PlaybackControls';
import { ScenarioSection } from './ScenarioSection';
import { StepList } from './StepList';
import { usePlayback } from './usePlayback';
import './simulation.css';

/** What the run came to, shown once the cursor reaches the last step. */
function Outcome({ sim, current }: { sim: Simulation; current: number }) {
  const t = useT();
  const design = useEditor((state) => state.design);
  return (
    <p className={`sim-outcome ${sim.reachable ? 'ok' : 'bad'}`} data-testid="sim-outcome">
      {sim.reachable
        ? t(sim.kind === 'service' ? 'simulate.reachableService' : 'simulate.reachable')
        : t('simulate.blocked', {
            resource: labelOf(design, sim.steps[sim.blockedStep ?? current]?.resource ?? ''),
          })}
    </p>
  );
}

export function SimulationPanel() {
  const t = useT();
  const playback = usePlayback();
  const { sim, current } = playback;
  return (
    <div className="simulation" data-testid="simulation-panel">
      <FlowPicker onTrace={playback.start} />
      {!sim ? (
        <p className="panel-empty">{t('simulate.empty')}</p>
      ) : sim.steps.length === 0 ? (
        <p className="panel-empty">{t('simulate.noHops')}</p>
      ) : (
        <>
          <PlaybackControls playback={playback} sim={sim} />
          <StepList sim={sim} current={current} onPick={playback.moveTo} />
          {isLastStep(sim, current) && <Outcome sim={sim} current={current} />}
        </>
      )}
      <ScenarioSection current={playback.flow} onRun={playback.start} />
    </div>
  );
}

/**
 * Back, play/pause, forward, jump to the reply, reset and speed, over a run's steps, plus the
 * "step N of M" line under them.
 */
import type { Simulation } from '../../shared/simulate/steps';
import { isLastStep, jumpToLeg, stepBack, stepForward } from '../../shared/simulate/steps';
import { useT } from '../i18n';
import type { Playback } from './usePlayback';
import { SPEEDS } from './usePlayback';

export function PlaybackControls({ playback, sim }: { playback: Playback; sim: Simulation }) {
  const t = useT();
  const { current, running, speed, moveTo, setPlaying, setSpeed } = playback;
  const atEnd = isLastStep(sim, current);
  const step = sim.steps[current];
  return (
    <>
      <div className="sim-controls" role="toolbar">
        <button
          type="button"
          data-testid="sim-back"
          onClick={() => moveTo(stepBack(sim, current))}
          disabled={current === 0}
        >
          ◀ {t('simulate.back')}
        </button>
        <button
          type="button"
          data-testid="sim-play"
          onClick={() => setPlaying(!running)}
          disabled={atEnd && !running}
        >
          {running ? `❚❚ ${t('simulate.pause')}` : `▶ ${t('simulate.play')}`}
        </button>
        <button
          type="button"
          data-testid="sim-forward"
          onClick={() => moveTo(stepForward(sim, current))}
          disabled={atEnd}
        >
          {t('simulate.forward')} ▶
        </button>
        {sim.legs.length > 1 && (
          <button
            type="button"
            data-testid="sim-return-leg"
            onClick={() => moveTo(jumpToLeg(sim, 'return') ?? current)}
          >
            ⤺ {t('simulate.leg.return')}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            moveTo(0);
            setPlaying(false);
          }}
        >
          {t('simulate.reset')}
        </button>
        <label className="sim-speed">
          {t('simulate.speed')}{' '}
          <select value={speed} onChange={(event) => setSpeed(Number(event.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="sim-position" data-testid="sim-position">
        {t('simulate.stepOf', { step: current + 1, total: sim.steps.length })}
        {step && ` · ${t(step.leg === 'forward' ? 'simulate.leg.forward' : 'simulate.leg.return')}`}
      </p>
    </>
  );
}

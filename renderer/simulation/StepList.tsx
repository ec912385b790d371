/**
 * The steps of a simulated flow up to the cursor: one row per hop, grouped by leg (forward,
 * return), each saying where the packet is, what decided there, and, at a drop, why and how to
 * fix it. Clicking a step moves the cursor to it.
 */
import { Fragment } from 'react';
import type { SimStep, Simulation, StepText } from '../../shared/simulate/steps';
import { describeStep } from '../../shared/simulate/steps';
import { useLocale, useT } from '../i18n';
import { useEditor } from '../store/index';
import { hopActionLabel } from './hopAction';
import { labelOf } from './model';

function BlockedBox({ blocked }: { blocked: NonNullable<StepText['blocked']> }) {
  const t = useT();
  return (
    <div className="sim-blocked-box" data-testid="sim-blocked" role="alert">
      <div>
        <span className="sim-label">{t('simulate.blockedCode')}</span>{' '}
        <code data-testid="sim-blocked-code">{blocked.code}</code>
        {blocked.raCode && (
          <>
            {' '}
            <span className="sim-label">{t('simulate.raCode')}</span> <code>{blocked.raCode}</code>
          </>
        )}
      </div>
      <p>
        <span className="sim-label">{t('simulate.why')}</span> {blocked.message}
      </p>
      <p>
        <span className="sim-label">{t('simulate.fix')}</span> {blocked.fix}
      </p>
    </div>
  );
}

function StepRow({
  step,
  current,
  onPick,
}: {
  step: SimStep;
  current: boolean;
  onPick(index: number): void;
}) {
  const t = useT();
  const locale = useLocale();
  const design = useEditor((state) => state.design);
  const text = describeStep(step, locale, design);
  const action = step.hop ? hopActionLabel(step.hop.action) : null;
  const classes = ['sim-step', `sim-leg-${step.leg}`];
  if (current) classes.push('current');
  if (step.blocked) classes.push('blocked');
  return (
    <li className={classes.join(' ')}>
      <button
        type="button"
        data-testid="sim-step"
        data-resource={step.resource}
        data-leg={step.leg}
        aria-current={current ? 'step' : undefined}
        onClick={() => onPick(step.index)}
      >
        <span className="sim-step-number">{step.index + 1}</span>
        <span className="sim-step-body">
          <span className="sim-step-resource">
            {labelOf(design, step.resource)}
            {step.hop && <span className="sim-step-action"> · {action ? t(action) : step.hop.action}</span>}
          </span>
          {text.detail && <span className="sim-step-detail">{text.detail}</span>}
        </span>
      </button>
      {text.blocked && <BlockedBox blocked={text.blocked} />}
    </li>
  );
}

export function StepList({
  sim,
  current,
  onPick,
}: {
  sim: Simulation;
  current: number;
  onPick(index: number): void;
}) {
  const t = useT();
  return (
    <ol className="sim-steps" data-testid="sim-steps">
      {sim.steps.slice(0, current + 1).map((step) => (
        <Fragment key={step.index}>
          {step.legStart && (
            <li className={`sim-leg-heading sim-leg-${step.leg}`} data-testid="sim-leg">
              {t(step.leg === 'forward' ? 'simulate.leg.forward' : 'simulate.leg.return')}
            </li>
          )}
          <StepRow step={step} current={step.index === current} onPick={onPick} />
        </Fragment>
      ))}
    </ol>
  );
}

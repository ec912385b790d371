/**
 * Simulation mode (Packet Tracer's, for a VPC): pick a connection or any source and
 * destination, then step the request hop by hop (or play it) while the canvas highlights the
 * resource the packet is at and animates the connection. Each hop says what decided (route and
 * table, security-group rule, NACL rule number, listener); the reply is its own leg; a drop
 * shows its code, the Reachability Analyzer code, the reason and the fix.
 */
import { Fragment, useEffect, useMemo, useState } from 'react';
import { PROTOCOLS } from '../../shared/model/types';
import type { Protocol } from '../../shared/model/types';
import type { Flow, Simulation } from '../../shared/simulate/steps';
import {
  describeStep,
  focusAt,
  isLastStep,
  jumpToLeg,
  stepBack,
  stepForward,
} from '../../shared/simulate/steps';
import { hopActionLabel } from './hopAction';
import { useCanvasActions } from '../canvas/actions';
import { useLocale, useT } from '../i18n';
import { useEditor, useEditorStore } from '../store/index';
import { labelOf, simulateFlow } from './model';
import { ScenarioSection } from './ScenarioSection';
import './simulation.css';

const SPEEDS = [0.5, 1, 2, 4];

function StepList({
  sim,
  current,
  onPick,
}: {
  sim: Simulation;
  current: number;
  onPick(index: number): void;
}) {
  const t = useT();
  const locale = useLocale();
  const design = useEditor((state) => state.design);
  const actionText = (action: string) => {
    const key = hopActionLabel(action);
    return key ? t(key) : action;
  };
  return (
    <ol className="sim-steps" data-testid="sim-steps">
      {sim.steps.slice(0, current + 1).map((step) => {
        const text = describeStep(step, locale);
        const classes = ['sim-step', `sim-leg-${step.leg}`];
        if (step.index === current) classes.push('current');
        if (step.blocked) classes.push('blocked');
        return (
          <Fragment key={step.index}>
            {step.legStart && (
              <li className={`sim-leg-heading sim-leg-${step.leg}`} data-testid="sim-leg">
                {t(step.leg === 'forward' ? 'simulate.leg.forward' : 'simulate.leg.return')}
              </li>
            )}
            <li className={classes.join(' ')}>
              <button
                type="button"
                data-testid="sim-step"
                data-resource={step.resource}
                data-leg={step.leg}
                aria-current={step.index === current ? 'step' : undefined}
                onClick={() => onPick(step.index)}
              >
                <span className="sim-step-number">{step.index + 1}</span>
                <span className="sim-step-body">
                  <span className="sim-step-resource">
                    {labelOf(design, step.resource)}
                    {step.hop && <span className="sim-step-action"> · {actionText(step.hop.action)}</span>}
                  </span>
                  {text.detail && <span className="sim-step-detail">{text.detail}</span>}
                </span>
              </button>
              {text.blocked && (
                <div className="sim-blocked-box" data-testid="sim-blocked" role="alert">
                  <div>
                    <span className="sim-label">{t('simulate.blockedCode')}</span>{' '}
                    <code data-testid="sim-blocked-code">{text.blocked.code}</code>
                    {text.blocked.raCode && (
                      <>
                        {' '}
                        <span className="sim-label">{t('simulate.raCode')}</span>{' '}
                        <code>{text.blocked.raCode}</code>
                      </>
                    )}
                  </div>
                  <p>
                    <span className="sim-label">{t('simulate.why')}</span> {text.blocked.message}
                  </p>
                  <p>
                    <span className="sim-label">{t('simulate.fix')}</span> {text.blocked.fix}
                  </p>
                </div>
              )}
            </li>
          </Fragment>
        );
      })}
    </ol>
  );
}

export function SimulationPanel() {
  const t = useT();
  const store = useEditorStore();
  const canvas = useCanvasActions();
  const design = useEditor((state) => state.design);
  const failed = useEditor((state) => state.simulation.failed);
  const [mode, setMode] = useState<'connection' | 'custom'>('connection');
  const [connectionId, setConnectionId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [protocol, setProtocol] = useState<Protocol>('tcp');
  const [port, setPort] = useState('');
  const [flow, setFlow] = useState<Flow | null>(null);
  const [position, setPosition] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);

  // Traced again whenever the design or the failure changes: edit a rule, see the path change.
  const sim = useMemo(() => (flow ? simulateFlow(design, flow, failed) : null), [design, flow, failed]);
  const current = sim ? Math.min(position, Math.max(sim.steps.length - 1, 0)) : 0;
  const running = playing && !!sim && !isLastStep(sim, current);

  useEffect(() => {
    const focus = sim ? focusAt(sim, current) : null;
    store.setSimulation({
      focus: focus
        ? { resource: focus.resource, connection: focus.connection, blocked: !!focus.blocked }
        : null,
    });
  }, [sim, current, store]);
  useEffect(() => () => store.setSimulation({ focus: null }), [store]);

  useEffect(() => {
    if (!running || !sim) return;
    const timer = setTimeout(() => setPosition(stepForward(sim, current)), 1000 / speed);
    return () => clearTimeout(timer);
  }, [running, sim, current, speed]);

  const start = (next: Flow): void => {
    setFlow(next);
    setPosition(0);
    setPlaying(false);
    const traced = simulateFlow(design, next, failed);
    if (traced) canvas.frame([...new Set(traced.steps.map((step) => step.resource))]);
  };

  const traceChosen = (): void => {
    if (mode === 'connection') {
      const connection = design.connections.find((c) => c.id === connectionId);
      if (!connection) return;
      start({
        from: connection.from,
        to: connection.to,
        protocol: connection.protocol,
        port: connection.port,
        connection: connection.id,
      });
    } else if (from && to) {
      const portNumber = port.trim() === '' ? undefined : Number(port);
      start({ from, to, protocol, port: Number.isInteger(portNumber) ? portNumber : undefined });
    }
  };

  const resources = design.resources;
  const step = sim?.steps[current];
  const atEnd = sim ? isLastStep(sim, current) : false;

  return (
    <div className="simulation" data-testid="simulation-panel">
      <div className="sim-pick" role="group">
        <div className="sim-mode">
          <label>
            <input type="radio" checked={mode === 'connection'} onChange={() => setMode('connection')} />{' '}
            {t('simulate.mode.connection')}
          </label>
          <label>
            <input type="radio" checked={mode === 'custom'} onChange={() => setMode('custom')} />{' '}
            {t('simulate.mode.custom')}
          </label>
        </div>
        {mode === 'connection' ? (
          <label className="sim-field">
            <span>{t('simulate.pick.connection')}</span>
            <select
              data-testid="sim-connection"
              value={connectionId}
              onChange={(event) => setConnectionId(event.target.value)}
            >
              <option value="">{t('simulate.pick.none')}</option>
              {design.connections.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.id}: {labelOf(design, c.from)} → {labelOf(design, c.to)}
                  {c.port !== undefined ? ` ${c.protocol ?? 'tcp'}/${c.port}` : c.kind ? ` (${c.kind})` : ''}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <div className="sim-custom">
            {(
              [
                ['from', from, setFrom],
                ['to', to, setTo],
              ] as const
            ).map(([end, value, setValue]) => (
              <label key={end} className="sim-field">
                <span>{t(end === 'from' ? 'simulate.pick.from' : 'simulate.pick.to')}</span>
                <select
                  data-testid={`sim-${end}`}
                  value={value}
                  onChange={(event) => setValue(event.target.value)}
                >
                  <option value="">{t('simulate.pick.none')}</option>
                  {resources.map((r) => (
                    <option key={r.id} value={r.id}>
                      {labelOf(design, r.id)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <label className="sim-field sim-small">
              <span>{t('simulate.pick.protocol')}</span>
              <select
                data-testid="sim-protocol"
                value={protocol}
                onChange={(event) => setProtocol(event.target.value as Protocol)}
              >
                {PROTOCOLS.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
            <label className="sim-field sim-small">
              <span>{t('simulate.pick.port')}</span>
              <input
                data-testid="sim-port"
                inputMode="numeric"
                value={port}
                onChange={(event) => setPort(event.target.value.replace(/[^0-9]/g, ''))}
              />
            </label>
          </div>
        )}
        <button type="button" className="primary" data-testid="sim-trace" onClick={traceChosen}>
          {t('simulate.run')}
        </button>
      </div>

      {!sim ? (
        <p className="panel-empty">{t('simulate.empty')}</p>
      ) : sim.steps.length === 0 ? (
        <p className="panel-empty">{t('simulate.noHops')}</p>
      ) : (
        <>
          <div className="sim-controls" role="toolbar">
            <button
              type="button"
              data-testid="sim-back"
              onClick={() => setPosition(stepBack(sim, current))}
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
              onClick={() => setPosition(stepForward(sim, current))}
              disabled={atEnd}
            >
              {t('simulate.forward')} ▶
            </button>
            {sim.legs.length > 1 && (
              <button
                type="button"
                data-testid="sim-return-leg"
                onClick={() => setPosition(jumpToLeg(sim, 'return') ?? current)}
              >
                ⤺ {t('simulate.leg.return')}
              </button>
            )}
            <button
              type="button"
              onClick={() => {
                setPosition(0);
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
          <StepList sim={sim} current={current} onPick={setPosition} />
          {atEnd && (
            <p className={`sim-outcome ${sim.reachable ? 'ok' : 'bad'}`} data-testid="sim-outcome">
              {sim.reachable
                ? t(sim.kind === 'service' ? 'simulate.reachableService' : 'simulate.reachable')
                : t('simulate.blocked', {
                    resource: labelOf(design, sim.steps[sim.blockedStep ?? current]?.resource ?? ''),
                  })}
            </p>
          )}
        </>
      )}
      <ScenarioSection current={flow} onRun={start} />
    </div>
  );
}

/**
 * The Deploy panel: pick an ECS service, optionally fail an AZ or the new version, and step
 * through the deployment as `skyplan deploy` prints it: tasks old/new/healthy per subnet,
 * target-group weights, whether the service serves, and at the end the outcome with every
 * problem's reason and fix. The plan is derived from the document (planDeploy), so editing the
 * service's deployment settings re-plans at once; the canvas highlights the service and draws
 * the step's tasks under each of its shapes (CanvasTasks).
 */
import { useEffect, useState } from 'react';
import { planDeploy } from '../../shared/deploy/index';
import type { DeployOptions, Text } from '../../shared/deploy/index';
import { useDerivedDesign } from '../engine/index';
import { useT } from '../i18n';
import { useEditorStore } from '../store/index';
import { publishDeployStep } from './canvasTasks';
import { LambdaSummary } from './LambdaSummary';
import { TaskLanes } from './TaskLanes';
import './deploy.css';

export function DeployPanel() {
  const t = useT();
  const store = useEditorStore();
  const design = useDerivedDesign();
  const targets = design.resources.filter((r) => r.type === 'ecs-service' || r.type === 'lambda-function');
  const [picked, setPicked] = useState('');
  const [failAz, setFailAz] = useState('');
  const [failNew, setFailNew] = useState(false);
  const [position, setPosition] = useState(0);
  const target = targets.find((r) => r.id === picked) ?? targets[0];
  const targetId = target?.id;
  const service = target?.type === 'ecs-service' ? target.id : undefined;
  // Derived on every render; the React Compiler memoises them on their inputs.
  const azs = [...new Set(design.resources.flatMap((r) => (r.type === 'subnet' ? [r.props.az] : [])))].sort();
  const options: DeployOptions = { failNewVersion: failNew };
  if (failAz) options.failed = { azs: [failAz], resources: [] };
  const plan = service ? planDeploy(design, service, options) : null;
  const current = plan ? Math.min(position, plan.steps.length - 1) : 0;

  const blocked = plan ? plan.outcome !== 'completed' : false;
  useEffect(() => {
    store.setSimulation({ focus: targetId ? { resource: targetId, blocked } : null });
  }, [store, targetId, blocked]);
  useEffect(() => () => store.setSimulation({ focus: null }), [store]);
  const shownStep = plan?.steps[current];
  const blueGreen = plan?.strategy === 'blue-green';
  // A service placed in the VPC (not a subnet) has its home shape there: it shows the whole service.
  const parent = design.resources.find((r) => r.id === target?.parent);
  const home = parent?.type === 'vpc' ? parent.id : undefined;
  useEffect(() => {
    publishDeployStep(service && shownStep ? { service, step: shownStep, blueGreen, home } : null);
  }, [service, shownStep, blueGreen, home]);
  useEffect(() => () => publishDeployStep(null), []);

  if (!target) return <p className="panel-empty">{t('deploy.panel.noService')}</p>;
  const targetPicker = (
    <label>
      {t('deploy.panel.service')}{' '}
      <select
        data-testid="deploy-service"
        value={target.id}
        onChange={(e) => {
          setPicked(e.target.value);
          setPosition(0);
        }}
      >
        {targets.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name ?? r.id}
          </option>
        ))}
      </select>
    </label>
  );
  if (!plan) {
    return (
      <div className="deploy" data-testid="deploy-panel">
        <div className="deploy-pick">{targetPicker}</div>
        <LambdaSummary design={design} fn={target.id} />
      </div>
    );
  }
  const step = plan.steps[current]!;
  const atEnd = current === plan.steps.length - 1;
  const say = (text: Text) => t(text.key, text.params);
  return (
    <div className="deploy" data-testid="deploy-panel">
      <div className="deploy-pick">
        {targetPicker}
        <label>
          {t('deploy.panel.failAz')}{' '}
          <select data-testid="deploy-fail-az" value={failAz} onChange={(e) => setFailAz(e.target.value)}>
            <option value="">{t('deploy.panel.none')}</option>
            {azs.map((az) => (
              <option key={az} value={az}>
                {az}
              </option>
            ))}
          </select>
        </label>
        {plan.strategy === 'blue-green' && (
          <label>
            <input
              type="checkbox"
              data-testid="deploy-fail-new"
              checked={failNew}
              onChange={(e) => setFailNew(e.target.checked)}
            />{' '}
            {t('deploy.panel.failNew')}
          </label>
        )}
        <span className="deploy-settings">
          {plan.shifting
            ? t('deploy.panel.blueGreen', {
                desired: plan.desired,
                mode: plan.shifting.mode,
                percent: plan.shifting.percent,
                interval: plan.shifting.intervalMinutes,
              })
            : t('deploy.panel.rolling', {
                desired: plan.desired,
                minPct: plan.minimumHealthyPercent,
                minHealthy: plan.minHealthy,
                maxPct: plan.maximumPercent,
                maxRunning: plan.maxRunning,
              })}
        </span>
      </div>
      <div className="sim-controls" role="toolbar">
        <button
          type="button"
          data-testid="deploy-back"
          onClick={() => setPosition(current - 1)}
          disabled={current === 0}
        >
          ◀ {t('simulate.back')}
        </button>
        <button
          type="button"
          data-testid="deploy-forward"
          onClick={() => setPosition(current + 1)}
          disabled={atEnd}
        >
          {t('simulate.forward')} ▶
        </button>
        <button type="button" onClick={() => setPosition(0)}>
          {t('simulate.reset')}
        </button>
        <span className="deploy-position" data-testid="deploy-position">
          {t('deploy.panel.stepOf', { step: current, total: plan.steps.length - 1, minute: step.minute })}
        </span>
        <span className={`deploy-serving ${step.serving ? 'ok' : 'bad'}`} data-testid="deploy-serving">
          {t(step.serving ? 'cli.deploy.serving' : 'cli.deploy.notServing')}
        </span>
      </div>
      <div className="deploy-body">
        <TaskLanes step={step} blueGreen={plan.strategy === 'blue-green'} />
        <div className="deploy-text">
          <ul className="deploy-events" data-testid="deploy-events">
            {step.events.map((event, i) => (
              <li key={i}>{say(event)}</li>
            ))}
          </ul>
          {atEnd && (
            <div className="deploy-end">
              <p
                className={`deploy-outcome ${plan.outcome === 'completed' ? 'ok' : 'bad'}`}
                data-testid="deploy-outcome"
              >
                {t(`deploy.outcome.${plan.outcome}`)}
              </p>
              {plan.problems.map((problem, i) => (
                <div key={i} className="deploy-problem" role="alert">
                  <p>{say(problem.message)}</p>
                  <p>
                    <span className="sim-label">{t('simulate.fix')}</span> {say(problem.fix)}
                  </p>
                </div>
              ))}
              {plan.notes.map((note, i) => (
                <p key={i} className="deploy-note">
                  {say(note)}
                </p>
              ))}
              <p className="deploy-note">
                {t('deploy.panel.surge', {
                  hours: Math.round(plan.extraTaskHours * 100) / 100,
                  minutes: plan.minutes,
                })}
              </p>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

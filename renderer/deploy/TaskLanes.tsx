/**
 * One step of a deploy drawn as lanes, one per subnet (AZ): a square per task, old (current
 * version) grey-blue, new tasks still starting outlined, new healthy green, failed AZs struck.
 * Blue/green shows the listener's target-group weights as a bar above the lanes.
 */
import type { DeployStep } from '../../shared/deploy/index';
import { useT } from '../i18n';

const MAX_SQUARES = 40;

function Squares({ count, kind }: { count: number; kind: 'old' | 'starting' | 'fresh' }) {
  const shown = Math.min(count, MAX_SQUARES);
  return (
    <>
      {Array.from({ length: shown }, (_, i) => (
        <span key={`${kind}${i}`} className={`deploy-task ${kind}`} data-testid={`deploy-task-${kind}`} />
      ))}
      {count > shown && <span className="deploy-more">+{count - shown}</span>}
    </>
  );
}

export function TaskLanes({ step, blueGreen }: { step: DeployStep; blueGreen: boolean }) {
  const t = useT();
  return (
    <div className="deploy-lanes" data-testid="deploy-lanes">
      {step.weights && (
        <div className="deploy-weights" data-testid="deploy-weights">
          <span className="deploy-weight blue" style={{ flexGrow: step.weights.blue }}>
            {step.weights.blue > 0 && t('deploy.panel.blue', { percent: step.weights.blue })}
          </span>
          <span className="deploy-weight green" style={{ flexGrow: step.weights.green }}>
            {step.weights.green > 0 && t('deploy.panel.green', { percent: step.weights.green })}
          </span>
        </div>
      )}
      {step.subnets.map((cell) => (
        <div key={cell.subnet} className={`deploy-lane${cell.failed ? ' failed' : ''}`}>
          <span className="deploy-lane-name">
            {cell.subnet} <span className="deploy-az">{t('deploy.panel.az', { az: cell.az })}</span>
          </span>
          <span className="deploy-lane-tasks">
            <Squares count={cell.old} kind="old" />
            <Squares count={cell.starting} kind="starting" />
            <Squares count={cell.fresh} kind="fresh" />
          </span>
          <span className="deploy-lane-free">
            {cell.failed ? t('deploy.panel.azFailed') : t('deploy.panel.free', { free: cell.free })}
          </span>
        </div>
      ))}
      <div className="deploy-legend">
        <span className="deploy-task old" />{' '}
        {t(blueGreen ? 'deploy.panel.legend.blue' : 'deploy.panel.legend.old')}
        <span className="deploy-task starting" /> {t('deploy.panel.legend.starting')}
        <span className="deploy-task fresh" />{' '}
        {t(blueGreen ? 'deploy.panel.legend.green' : 'deploy.panel.legend.fresh')}
      </div>
    </div>
  );
}

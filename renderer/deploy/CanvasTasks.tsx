/**
 * The tasks of a service being deployed, drawn under each of its shapes on the canvas: one pip
 * per task in that shape's subnet (old / blue filled grey-blue, new starting dashed green, new
 * healthy filled green) and the counts in words, so the canvas moves with the Deploy panel's
 * step. A home shape placed in the VPC rather than a subnet shows the whole service's tasks.
 * Nothing is drawn when the Deploy panel is closed or on another service.
 */
import { useT } from '../i18n';
import { useDeployTasks } from './canvasTasks';
import './CanvasTasks.css';

/** Beyond this many pips of one kind the strip says "+N" (a 50-task service stays readable). */
const MAX_PIPS = 6;

function Pips({ count, kind }: { count: number; kind: 'old' | 'starting' | 'fresh' }) {
  const shown = Math.min(count, MAX_PIPS);
  return (
    <>
      {Array.from({ length: shown }, (_, i) => (
        <span key={i} className={`canvas-task ${kind}`} data-testid={`canvas-task-${kind}`} />
      ))}
      {count > shown && <span className="canvas-task-more">+{count - shown}</span>}
    </>
  );
}

export function CanvasTasks({ resource, subnet }: { resource: string; subnet: string | undefined }) {
  const t = useT();
  const shown = useDeployTasks(resource, subnet);
  if (!shown) return null;
  const { cell, blueGreen, whole } = shown;
  const params = { az: cell.az, old: cell.old, new: cell.starting + cell.fresh, fresh: cell.fresh };
  const prefix = blueGreen ? 'deploy.canvas.blueGreen' : 'deploy.canvas.rolling';
  // A home shape in the VPC (outside the subnets) sums every AZ, and its tooltip says so.
  const title = t(whole ? `${prefix}.wholeTitle` : `${prefix}.title`, { ...params, starting: cell.starting });
  return (
    <span
      className={`canvas-tasks nodrag${cell.failed ? ' failed' : ''}`}
      data-testid="canvas-tasks"
      data-subnet={cell.subnet}
      data-whole={whole || undefined}
      title={title}
    >
      <span className="canvas-task-pips">
        <Pips count={cell.old} kind="old" />
        <Pips count={cell.starting} kind="starting" />
        <Pips count={cell.fresh} kind="fresh" />
      </span>
      <span className="canvas-task-counts" data-testid="canvas-task-counts">
        {cell.failed ? t('deploy.panel.azFailed') : t(`${prefix}.counts`, params)}
      </span>
    </span>
  );
}

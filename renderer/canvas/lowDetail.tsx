/**
 * The shapes React Flow mounts below the level-of-detail threshold (detail.ts). They paint
 * nothing (canvas.css): the far-out picture (FarOutCanvas.tsx) draws every tile, box, dot and
 * outline in one bitmap. They stay for the pointer: click-select, drag, box selection, the full
 * name as a tooltip, and the state classes (has-error, has-warning…) other code reads. Each keeps
 * the size and the handles of its full drawing, so switching costs React Flow no new measurement
 * and every edge stays attached when the detail comes back.
 */
import { Handle, Position } from '@xyflow/react';
import { CATALOG } from '../../shared/catalog/index';
import { useT } from '../i18n';
import { useTracedVia } from '../simulation/tracedVia';
import type { ResourceFlowNode } from './flow';
import { displayName, stateClasses } from './nodeState';

export function LowDetailResource({ data }: { data: ResourceFlowNode['data'] }) {
  const t = useT();
  const { resource } = data;
  const category = CATALOG[resource.type].category;
  const classes = [
    'resource-node',
    'lod',
    stateClasses(data),
    data.replicaIn ? 'is-replica' : '',
    useTracedVia(resource.id) ? 'sim-via' : '',
  ];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      title={`${t(`type.${resource.type}`)}: ${displayName(resource)}`}
      data-resource={resource.id}
      data-type={resource.type}
      data-category={category}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

export function LowDetailContainer({ id, data }: { id: string; data: ResourceFlowNode['data'] }) {
  const { resource, isPublic } = data;
  const tone =
    resource.type === 'subnet'
      ? isPublic === undefined
        ? 'unknown'
        : isPublic
          ? 'public'
          : 'private'
      : 'vpc';
  return (
    <div
      className={`container-node container-${tone} lod ${stateClasses(data)}`}
      title={displayName(resource)}
      data-testid={`container-${id}`}
    >
      <Handle type="target" position={Position.Left} className="container-handle" isConnectable={false} />
      <Handle type="source" position={Position.Right} className="container-handle" isConnectable={false} />
    </div>
  );
}

/**
 * The shapes drawn below the level-of-detail threshold (detail.ts): a resource is a tile in its
 * category's colour, a container its bare box, an AZ its dashed frame; problems show as a dot
 * (CSS, from the has-error / has-warning class) and the selection as a thick outline. Each
 * keeps the size and the handles of its full drawing, so switching costs React Flow no new
 * measurement and every edge stays attached. The full name is the shape's tooltip.
 */
import { Handle, Position } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { CATALOG } from '../../shared/catalog/index';
import { CATEGORY_COLOUR } from '../../shared/diagram/style';
import { useT } from '../i18n';
import { useTracedVia } from '../simulation/tracedVia';
import type { ResourceFlowNode } from './flow';
import { displayName, stateClasses } from './nodeState';

export function LowDetailResource({ data }: { data: ResourceFlowNode['data'] }) {
  const t = useT();
  const { resource } = data;
  const category = CATALOG[resource.type].category;
  const style: CSSProperties = { backgroundColor: CATEGORY_COLOUR[category] };
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
      style={style}
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

/** The connection edge: a smooth-step path labelled "tcp/443" or the service-flow kind. */
import { BaseEdge, getSmoothStepPath } from '@xyflow/react';
import type { EdgeProps, EdgeTypes } from '@xyflow/react';
import { memo } from 'react';
import type { ConnectionFlowEdge } from './flow';
import { connectionLabel } from './flow';

export const ConnectionEdge = memo(function ConnectionEdge(props: EdgeProps<ConnectionFlowEdge>) {
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX: props.sourceX,
    sourceY: props.sourceY,
    targetX: props.targetX,
    targetY: props.targetY,
    sourcePosition: props.sourcePosition,
    targetPosition: props.targetPosition,
    borderRadius: 8,
  });
  const connection = props.data?.connection;
  return (
    <BaseEdge
      id={props.id}
      path={path}
      markerEnd={props.markerEnd}
      interactionWidth={16}
      label={connection ? connectionLabel(connection) : undefined}
      labelX={labelX}
      labelY={labelY}
      labelShowBg
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={3}
      labelStyle={{ fill: 'var(--edge-label)', fontSize: 11 }}
      labelBgStyle={{ fill: 'var(--edge-label-bg)' }}
    />
  );
});

export const edgeTypes: EdgeTypes = { connection: ConnectionEdge };

/**
 * The line drawn while a new connection is being dragged, with what dropping it would do,
 * next to the cursor: "new connection tcp/8080", "Add route 0.0.0.0/0 → Internet gateway",
 * "Associate Private A with Private routes", or "refused: …" with the editor's reason. The
 * answer is the headless editor's own (`connectionMeaning`, shared/edit/connect.ts), so the
 * preview and the drop always agree.
 */
import { getSmoothStepPath } from '@xyflow/react';
import type { ConnectionLineComponentProps } from '@xyflow/react';
import { useMemo } from 'react';
import { connectionLabel } from '../../shared/diagram/labels';
import { connectionMeaning, meaningLabel, translateMessage } from '../../shared/edit/index';
import { useT } from '../i18n';
import { useEditor } from '../store/index';
import type { FlowNode } from './flow';
import { resourceIdOfNode } from './flow';

export function ConnectionPreview(props: ConnectionLineComponentProps<FlowNode>) {
  const t = useT();
  const design = useEditor((s) => s.design);
  const [path] = getSmoothStepPath({
    sourceX: props.fromX,
    sourceY: props.fromY,
    sourcePosition: props.fromPosition,
    targetX: props.toX,
    targetY: props.toY,
    targetPosition: props.toPosition,
    borderRadius: 8,
  });
  // The line re-renders on every pointer move; the answer changes only with the node it is over.
  const from = resourceIdOfNode(props.fromNode.id);
  const to = props.toNode && props.toNode.type === 'resource' ? resourceIdOfNode(props.toNode.id) : null;
  const { text, refused } = useMemo((): { text?: string; refused: boolean } => {
    if (to === null) return { refused: false };
    const meaning = connectionMeaning(design, from, to);
    if (!meaning.ok) {
      return {
        refused: true,
        text: t('diagram.preview.refused', { reason: translateMessage(t, meaning.refusal) }),
      };
    }
    if (meaning.value.kind === 'traffic') {
      return {
        refused: false,
        text: t('diagram.preview.traffic', {
          label: connectionLabel({ ...meaning.value.connection, id: 'preview' }),
        }),
      };
    }
    return { refused: false, text: translateMessage(t, meaningLabel(design, meaning.value)) };
  }, [design, from, to, t]);
  return (
    <g className={refused ? 'connection-preview refused' : 'connection-preview'}>
      <path d={path} fill="none" className="react-flow__connection-path" />
      {text && (
        <text
          x={props.toX + 14}
          y={props.toY - 12}
          className="connection-preview-text"
          data-testid="connection-preview"
        >
          {text}
        </text>
      )}
    </g>
  );
}

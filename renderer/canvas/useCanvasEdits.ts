/**
 * The canvas gestures that are not node moves: selecting edges, drawing a line between two
 * shapes (it becomes what it means: traffic, a route, an association or an attachment; a pair
 * that means nothing is refused with the reason), dropping a palette item, clicking the pane.
 */
import type { Connection as FlowConnection, EdgeChange } from '@xyflow/react';
import { useCallback } from 'react';
import type { DragEvent } from 'react';
import { isResourceType } from '../../shared/catalog/index';
import { connect, translateMessage } from '../../shared/edit/index';
import { showToast } from '../app/toast';
import { useT } from '../i18n';
import { useEditorStore } from '../store/index';
import { resourcesAt } from './chipDrag';
import { addGroupOnto } from './chipDrop';
import { DRAG_TYPE } from './dnd';
import { resourceIdOfNode } from './flow';
import { useAddResource } from './useAddResource';
import { applySelection } from './useNodeGestures';

export function useCanvasEdits() {
  const store = useEditorStore();
  const t = useT();
  const { addAtScreen } = useAddResource();

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const selects = changes.flatMap((c) =>
        c.type === 'select' ? [{ id: c.id, selected: c.selected }] : [],
      );
      if (selects.length === 0) return;
      store.select(applySelection(store.getState().selection, selects));
    },
    [store],
  );

  const onConnect = useCallback(
    (params: FlowConnection) => {
      const result = store.perform(connect, {
        from: resourceIdOfNode(params.source),
        to: resourceIdOfNode(params.target),
      });
      if (!result.ok) {
        showToast(translateMessage(t, result.refusal), 'error');
        return;
      }
      store.select([result.value.select]);
    },
    [store, t],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(DRAG_TYPE)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(DRAG_TYPE);
      if (!isResourceType(type)) return;
      event.preventDefault();
      const at = { x: event.clientX, y: event.clientY };
      if (type !== 'security-group') {
        addAtScreen(type, at);
        return;
      }
      // A security group dropped on a resource is attached to it (chipDrop.ts).
      const refusal = addGroupOnto(store, resourcesAt(at.x, at.y), () => addAtScreen(type, at));
      if (refusal) showToast(translateMessage(t, refusal), 'error');
    },
    [addAtScreen, store, t],
  );

  const onPaneClick = useCallback(() => store.select([]), [store]);

  return { onEdgesChange, onConnect, onDragOver, onDrop, onPaneClick };
}

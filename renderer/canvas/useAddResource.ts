/** Adding a resource from the palette: by drop (at a point) or by keyboard (somewhere sensible). */
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { ResourceType } from '../../shared/model/types';
import { showToast } from '../app/toast';
import { useT } from '../i18n';
import { addResource } from '../store/edits';
import { useEditorStore } from '../store/index';
import type { Placement } from './placement';
import { placeAt, placeSomewhere, refusalMessage } from './placement';

export function useAddResource() {
  const store = useEditorStore();
  const flow = useReactFlow();
  const t = useT();

  const commit = useCallback(
    (type: ResourceType, placement: Placement): string | null => {
      if (!placement.ok) {
        showToast(refusalMessage(t, placement.type, placement.parentType), 'error');
        return null;
      }
      let id = '';
      store.apply(t('ui.action.add', { type: t(`type.${type}`) }), (draft) => {
        id = addResource(draft, type, placement.parent, placement.box);
      });
      store.select([id]);
      return id;
    },
    [store, t],
  );

  /** Drop at a screen point (client coordinates). */
  const addAtScreen = useCallback(
    (type: ResourceType, client: { x: number; y: number }) =>
      commit(type, placeAt(store.getState().design, type, flow.screenToFlowPosition(client))),
    [commit, flow, store],
  );

  /** Keyboard/click add: into the selected container when allowed, else the first that allows it. */
  const addSomewhere = useCallback(
    (type: ResourceType) => {
      const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
      const center = pane
        ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
        : { x: 0, y: 0 };
      const { design, selection } = store.getState();
      return commit(type, placeSomewhere(design, type, selection, center));
    },
    [commit, flow, store],
  );

  return { addAtScreen, addSomewhere };
}

/** Adding a resource from the palette: by drop (at a point) or by keyboard (somewhere sensible). */
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { defaultSize, GRID } from '../../shared/diagram/geometry';
import { addResource, translateMessage } from '../../shared/edit/index';
import type { AddArgs } from '../../shared/edit/index';
import type { ResourceType } from '../../shared/model/types';
import { showToast } from '../app/toast';
import { useLocale, useT } from '../i18n';
import { useEditorStore } from '../store/index';

export function useAddResource() {
  const store = useEditorStore();
  const flow = useReactFlow();
  const t = useT();
  const locale = useLocale();

  const commit = useCallback(
    (args: AddArgs): string | null => {
      // Default names (a new subnet's "Subnet A") are stored in the language the UI is in.
      const result = store.perform(addResource, { ...args, locale });
      if (!result.ok) {
        showToast(translateMessage(t, result.refusal), 'error');
        return null;
      }
      store.select([result.value]);
      return result.value;
    },
    [store, t, locale],
  );

  /**
   * Drop at a screen point (client coordinates). A container's top-left lands at the point
   * (shared/edit placeAt); a VPC, which goes on the open canvas, is moved in just enough that
   * the whole box is in view when it fits (a subnet stays in the container under the pointer,
   * which grows to fit it).
   */
  const addAtScreen = useCallback(
    (type: ResourceType, client: { x: number; y: number }) => {
      const at = flow.screenToFlowPosition(client);
      const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
      if (type !== 'vpc' || !pane) return commit({ type, at });
      const size = defaultSize(type);
      const margin = GRID;
      const topLeft = flow.screenToFlowPosition({ x: pane.left, y: pane.top });
      const bottomRight = flow.screenToFlowPosition({ x: pane.right, y: pane.bottom });
      const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));
      return commit({
        type,
        at: {
          x: clamp(at.x, topLeft.x + margin, Math.max(topLeft.x + margin, bottomRight.x - size.w - margin)),
          y: clamp(at.y, topLeft.y + margin, Math.max(topLeft.y + margin, bottomRight.y - size.h - margin)),
        },
      });
    },
    [commit, flow],
  );

  /** Keyboard/click add: into the selected container when allowed, else the first that allows it. */
  const addSomewhere = useCallback(
    (type: ResourceType) => {
      const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
      const center = pane
        ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
        : { x: 0, y: 0 };
      return commit({ type, selection: store.getState().selection, center });
    },
    [commit, flow, store],
  );

  return { addAtScreen, addSomewhere };
}

/** Edits of one resource or connection, each committed as one labelled undo entry. */
import { useCallback } from 'react';
import { isMessageKey } from '../../shared/i18n/index';
import type { Translate } from '../../shared/i18n/index';
import type { Connection, Design, Resource } from '../../shared/model/types';
import { useT } from '../i18n';
import { useEditorStore } from '../store/index';

export function fieldLabel(t: Translate, key: string): string {
  const messageKey = `field.${key}`;
  return isMessageKey(messageKey) ? t(messageKey) : key;
}

export function useResourceEdit(id: string) {
  const store = useEditorStore();
  const t = useT();
  /** Sets one prop; undefined removes it (the engine then assumes the documented default). */
  const setProp = useCallback(
    (key: string, value: unknown) =>
      store.apply(t('ui.action.edit', { field: fieldLabel(t, key) }), (draft: Design) => {
        const resource = draft.resources.find((r) => r.id === id);
        if (!resource) return;
        const props = resource.props as Record<string, unknown>;
        if (value === undefined) delete props[key];
        else props[key] = value;
      }),
    [store, t, id],
  );
  const setName = useCallback(
    (name: string) =>
      store.apply(t('ui.action.rename'), (draft: Design) => {
        const resource: Resource | undefined = draft.resources.find((r) => r.id === id);
        if (!resource) return;
        if (name.trim() === '') delete resource.name;
        else resource.name = name.trim();
      }),
    [store, t, id],
  );
  return { setProp, setName };
}

export function useConnectionEdit(id: string) {
  const store = useEditorStore();
  const t = useT();
  return useCallback(
    (label: string, recipe: (connection: Connection) => void) =>
      store.apply(t('ui.action.edit', { field: label }), (draft: Design) => {
        const connection = draft.connections.find((c) => c.id === id);
        if (connection) recipe(connection);
      }),
    [store, t, id],
  );
}

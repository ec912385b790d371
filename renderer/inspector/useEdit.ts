/** Edits of one resource or connection, each committed as one labelled undo entry. */
import { useCallback } from 'react';
import { rename, setConnectionField, setProp as setPropOp } from '../../shared/edit/index';
import type { ConnectionField } from '../../shared/edit/index';
import { isMessageKey } from '../../shared/i18n/index';
import type { Translate } from '../../shared/i18n/index';
import { useEditorStore } from '../store/index';

export function fieldLabel(t: Translate, key: string): string {
  const messageKey = `field.${key}`;
  return isMessageKey(messageKey) ? t(messageKey) : key;
}

export function useResourceEdit(id: string) {
  const store = useEditorStore();
  /** Sets one prop; undefined removes it (the engine then assumes the documented default). */
  const setProp = useCallback(
    (key: string, value: unknown) => void store.perform(setPropOp, { id, key, value }),
    [store, id],
  );
  const setName = useCallback((name: string) => void store.perform(rename, { id, name }), [store, id]);
  return { setProp, setName };
}

/** Sets one field of a connection (a kind change also sets or clears protocol and port). */
export function useConnectionEdit(id: string) {
  const store = useEditorStore();
  return useCallback(
    (change: ConnectionField) => void store.perform(setConnectionField, { id, ...change }),
    [store, id],
  );
}

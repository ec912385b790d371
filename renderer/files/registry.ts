/**
 * One file session per editor store: the top-bar commands (which get the store and host from
 * their context) and the files layer (which renders the dialogs) must share the same session,
 * its autosave and its dialogs.
 */
import { showToast } from '../app/toast';
import type { Host } from '../host/host';
import type { EditorStore } from '../store/index';
import type { FileSession } from './session';
import { createFileSession } from './session';

const sessions = new WeakMap<EditorStore, FileSession>();

export function sessionFor(store: EditorStore, host: Host | null): FileSession {
  let session = sessions.get(store);
  if (!session) {
    session = createFileSession({ store, host, toast: showToast });
    sessions.set(store, session);
  }
  return session;
}

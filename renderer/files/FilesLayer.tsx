/**
 * Everything the file flows show over the editor (welcome screen, dialogs) plus the page-level
 * hooks that keep work safe: flush the autosave draft when the page is hidden or closed, and in
 * a browser tab ask before leaving with unsaved changes. Mounted once by App.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useHost } from '../app/host';
import { useEditorStore } from '../store/index';
import { Welcome } from '../welcome/Welcome';
import { FileDialog } from './FileDialogs';
import { sessionFor } from './registry';
import './files.css';

export function FilesLayer() {
  const store = useEditorStore();
  const host = useHost();
  const session = sessionFor(store, host);
  const ui = useSyncExternalStore(session.ui.subscribe, session.ui.get);

  useEffect(() => {
    void session.start();
  }, [session]);

  useEffect(() => {
    function onHidden(): void {
      if (document.visibilityState === 'hidden') session.flush();
    }
    function onBeforeUnload(event: BeforeUnloadEvent): void {
      session.flush();
      // Electron closes through its own "close-requested" flow; a cancelled unload there would
      // silently keep the window open, so only a browser tab asks here.
      if (host?.kind === 'browser' && store.getState().dirty) {
        event.preventDefault();
        event.returnValue = '';
      }
    }
    // pagehide fires where beforeunload does not (mobile, bfcache, some closes): flush there too.
    const onPageHide = (): void => session.flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [session, store, host]);

  // Native menu items of the desktop shell (the browser host sends none).
  useEffect(
    () =>
      host?.onMenuCommand((command) => {
        if (command === 'new') session.showWelcome();
        else if (command === 'open') void session.open();
        else if (command === 'save') void session.save(false);
        else if (command === 'save-as') void session.save(true);
      }),
    [host, session],
  );

  return (
    <>
      {ui.welcome && <Welcome session={session} />}
      {ui.dialog && <FileDialog dialog={ui.dialog} />}
    </>
  );
}

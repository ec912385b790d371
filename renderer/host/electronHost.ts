/**
 * The Host inside the desktop app: a thin wrapper over the preload bridge (`window.skyplan`).
 * Main does the real work (dialogs, atomic saves, drafts, printing) and validates every call;
 * this file only adapts the bridge to the Host interface the UI uses in both hosts.
 *
 * The bridge's type is derived from the preload's api object (shared/host/preload-api.ts), so it
 * cannot drift from what the preload really exposes.
 */
import type { SkyplanApi } from '../../shared/host/preload-api';
import type { Host } from './host';

export interface ElectronHost extends Host {
  readonly kind: 'electron';
}

export function createElectronHost(bridge: SkyplanApi): ElectronHost {
  return {
    kind: 'electron',
    openDesign: () => bridge.openDesign(),
    openFile: (file) => bridge.openFile(file),
    // Main re-reads and validates the text itself; the parsed design need not cross the bridge.
    saveDesign: (text, _design, file, options) => bridge.saveDesign(text, file, options),
    recentFiles: () => bridge.recentFiles(),
    exportFile: (file) => bridge.exportFile(file),
    printToPdf: (html, suggestedName) => bridge.printToPdf(html, suggestedName),
    drafts: {
      write: (draft) => bridge.writeDraft(draft),
      list: () => bridge.listDrafts(),
      discard: (id) => bridge.discardDraft(id),
    },
    setWindowState: (state) => {
      void bridge.setWindowState(state);
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    pendingOpenFiles: () => bridge.pendingOpenFiles(),
  };
}

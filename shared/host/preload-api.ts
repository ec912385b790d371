/**
 * The bridge the page sees as `window.skyplan`: narrow, named functions, one per thing the UI
 * may ask of the desktop shell. Never ipcRenderer itself, and no generic send/invoke, so a page
 * compromised by a malicious design cannot reach channels we did not mean to expose.
 *
 * Kept free of any `electron` import (it lives in shared/, where lint and the type-check refuse
 * one) so that the renderer can derive its type from this object
 * (`SkyplanApi = ReturnType<typeof createSkyplanApi>`) without importing the desktop shell;
 * electron/preload.ts passes the real ipcRenderer in.
 */
import type { Draft, ExportFile, FileRef, MenuCommand, SaveOptions } from './host';
import type { EventChannel, EventContract, InvokeArgs, InvokeChannel, InvokeResult } from './ipc-contract';

/** The part of ipcRenderer the bridge uses, typed by the contract. */
export interface BridgeIpc {
  invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<InvokeResult<C>>;
  on<E extends EventChannel>(channel: E, listener: (payload: EventContract[E]) => void): () => void;
}

export function createSkyplanApi(ipc: BridgeIpc) {
  return {
    openDesign: () => ipc.invoke('design:open'),
    openFile: (file: FileRef) => ipc.invoke('design:open-file', file),
    saveDesign: (text: string, file: FileRef | null, options?: SaveOptions) =>
      ipc.invoke('design:save', text, file, options),
    recentFiles: () => ipc.invoke('design:recent'),
    pendingOpenFiles: () => ipc.invoke('design:pending'),
    exportFile: (file: ExportFile) => ipc.invoke('export:file', file),
    printToPdf: (html: string, suggestedName: string) => ipc.invoke('export:pdf', html, suggestedName),
    writeDraft: (draft: Draft) => ipc.invoke('drafts:write', draft),
    listDrafts: () => ipc.invoke('drafts:list'),
    discardDraft: (id: string) => ipc.invoke('drafts:discard', id),
    setWindowState: (state: { title: string; dirty: boolean }) => ipc.invoke('window:state', state),
    onMenuCommand: (listener: (command: MenuCommand) => void) => ipc.on('menu:command', listener),
  };
}

/** What `window.skyplan` offers; derived from the object above, so it cannot drift. */
export type SkyplanApi = ReturnType<typeof createSkyplanApi>;

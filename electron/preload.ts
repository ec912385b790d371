/**
 * Preload (sandboxed, context-isolated): exposes the narrow bridge as `window.skyplan`.
 * Listener callbacks receive only the payload, never the IpcRendererEvent (which would hand the
 * page `event.sender`, i.e. ipcRenderer).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { BridgeIpc } from '../shared/host/preload-api';
import { createSkyplanApi } from '../shared/host/preload-api';

const ipc: BridgeIpc = {
  invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  on: (channel, listener) => {
    const wrapped = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('skyplan', createSkyplanApi(ipc));

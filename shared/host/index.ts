/**
 * The contract between the processes: the Host interface the renderer calls, the records it
 * exchanges with the desktop shell, the typed IPC channel list, and the preload bridge's shape.
 * See README.md next to this file.
 */
export * from './host';
export * from './ipc-contract';
export * from './preload-api';

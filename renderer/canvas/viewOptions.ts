/**
 * Canvas view options that are neither in the document nor in undo history: whether the
 * "network details" view draws route tables, NACLs and security groups as nodes with links.
 * A tiny external store so a command (View menu) and the canvas share it.
 */
import { useSyncExternalStore } from 'react';

let networkDetails = false;
const listeners = new Set<() => void>();

export function isNetworkDetails(): boolean {
  return networkDetails;
}

export function setNetworkDetails(on: boolean): void {
  if (on === networkDetails) return;
  networkDetails = on;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNetworkDetails(): boolean {
  return useSyncExternalStore(subscribe, isNetworkDetails, isNetworkDetails);
}

/**
 * Canvas view options that are neither in the document nor in undo history: whether the
 * "network details" view draws route tables, NACLs and security groups as nodes with links.
 * A tiny external store so a command (View menu) and the canvas share it.
 */
import { createValueStore, useValue } from '../store/valueStore';

const networkDetails = createValueStore(false);

export function isNetworkDetails(): boolean {
  return networkDetails.get();
}

export function setNetworkDetails(on: boolean): void {
  networkDetails.set(on);
}

export function useNetworkDetails(): boolean {
  return useValue(networkDetails);
}

/** The Host (files, exports, drafts) for components that need it; null in a bare editor. */
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { Host } from '../host/host';

const HostContext = createContext<Host | null>(null);

export function HostProvider({ host, children }: { host: Host | null; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useHost(): Host | null {
  return useContext(HostContext);
}

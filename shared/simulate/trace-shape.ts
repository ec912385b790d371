/**
 * The shape of a traced path, as the network model publishes it (shared/network: `trace`,
 * `traceConnection`, `traceAll`). The simulation only reads these fields, so it is written
 * against this structural type: any `TraceResult` from the network model fits it, and the step
 * model can be tested with hand-made paths that do not depend on routing details.
 */
import type { MessageKey, MessageParams } from '../i18n/index';

export type HopDirection = 'forward' | 'return';

export interface TraceHop {
  resource: string;
  direction: HopDirection;
  /** What the resource did with the packet ("route", "allow", "forward", ...). */
  action: string;
  /** Why: the route and its table, the security-group rule, the NACL rule number, the listener. */
  detail: MessageKey;
  params: MessageParams;
}

export interface TraceBlock {
  code: string;
  raCode?: string;
  resource: string;
  message: MessageKey;
  params: MessageParams;
  fix: MessageKey;
  fixParams?: MessageParams;
}

export interface TraceShape {
  reachable: boolean;
  kind: 'network' | 'service';
  hops: readonly TraceHop[];
  blocked: TraceBlock | null;
}

/** Resources and AZs taken out of service for "what if" tracing. */
export interface FailedSet {
  azs: readonly string[];
  resources: readonly string[];
}

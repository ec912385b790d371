/**
 * The broken / healthy twin that the blocked-code tables are made of (blocked.test.ts with its
 * *.cases.ts parts, aws-fidelity.test.ts): one design that a code blocks and one, a setting
 * apart, that goes through.
 */
import { expect } from 'vitest';
import type { Design, Protocol } from '../../../shared/model/types';
import type { BlockedCode, TraceOptions } from '../../../shared/network/index';
import { trace } from '../../../shared/network/index';

export interface Probe {
  design: Design;
  from: string;
  to: string;
  protocol?: Protocol;
  port?: number;
  options?: TraceOptions;
}

export interface BlockedCase {
  name: string;
  code: BlockedCode;
  /** Reachability Analyzer's code, when the case pins it. */
  raCode?: string;
  /** The resource reported as the root cause. */
  resource: string;
  /** The blocked message key, when the code alone does not say which reason it is. */
  message?: string;
  broken: () => Probe;
  healthy: () => Probe;
}

export function runProbe(probe: Probe) {
  return trace(probe.design, probe.from, probe.to, probe.protocol ?? 'tcp', probe.port, probe.options);
}

/** The broken twin is blocked by the case's code at its resource; the healthy twin goes through. */
export function expectTwins(c: BlockedCase): void {
  const broken = runProbe(c.broken());
  expect(broken.reachable).toBe(false);
  expect(broken.blocked?.code).toBe(c.code);
  expect(broken.blocked?.resource).toBe(c.resource);
  if (c.raCode) expect(broken.blocked?.raCode).toBe(c.raCode);
  if (c.message) expect(broken.blocked?.message).toBe(c.message);
  const healthy = runProbe(c.healthy());
  expect(healthy.blocked).toBeNull();
  expect(healthy.reachable).toBe(true);
}

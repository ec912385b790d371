/**
 * Trace scopes (shared/rules/utils/trace-scopes.ts): the groups of resources a trace can read,
 * which decide what the incremental runner re-traces after an edit. Grouped by VPC; joined by
 * any id a resource names and by the connections at a load balancer; never joined through the
 * internet that every VPC's load balancer is reached from.
 */
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../../../shared/model/generate';
import type { Design, Resource } from '../../../../shared/model/types';
import { traceScopes } from '../../../../shared/rules/utils/trace-scopes';

/** Three VPCs (v0, v1, v2), each reached from the internet through its own ALB. */
const design = (): Design => structuredClone(generateDesign(260));

function sameGroup(d: Design, a: string, b: string): boolean {
  const scopes = traceScopes(d);
  expect(scopes.has(a) && scopes.has(b)).toBe(true);
  return scopes.get(a) === scopes.get(b);
}

const props = (d: Design, id: string) =>
  (d.resources.find((r) => r.id === id) as Resource).props as Record<string, unknown>;

describe('trace scopes', () => {
  it('group a VPC with everything in it, and keep VPCs reached from the internet apart', () => {
    const d = design();
    expect(sameGroup(d, 'v0vpc', 'v0alb')).toBe(true);
    expect(sameGroup(d, 'v0vpc', 'v0w0')).toBe(true);
    expect(sameGroup(d, 'v0vpc', 'v1vpc')).toBe(false);
    expect(new Set(traceScopes(d).values()).size).toBeGreaterThanOrEqual(3);
  });

  it('join two VPCs when a resource in one names a resource in the other', () => {
    const d = design();
    const inbound = props(d, 'v0sgApp').inbound as Record<string, unknown>[];
    inbound.push({ protocol: 'tcp', ports: '443', peer: 'v1sgWeb' });
    expect(sameGroup(d, 'v0vpc', 'v1vpc')).toBe(true);
    expect(sameGroup(d, 'v0vpc', 'v2vpc')).toBe(false);
  });

  it('join a load balancer with a target in another VPC (its traces read the target)', () => {
    const d = design();
    d.connections.push({ id: 'cross', from: 'v0alb', to: 'v1w0', protocol: 'tcp', port: 8080 });
    expect(sameGroup(d, 'v0vpc', 'v1vpc')).toBe(true);
  });
});

/**
 * What the incremental runner re-traces after an edit (its stats), and that it still answers
 * exactly like runRules where a trace depends on other connections (NLB targets).
 */
import { describe, expect, it, vi } from 'vitest';
import { generateDesign } from '../../../../shared/model/generate';
import type { Design, Resource } from '../../../../shared/model/types';
import { runRules } from '../../../../shared/rules/index';
import { createIncrementalRunner } from '../../../../shared/rules/utils/incremental';
import { traceScopes } from '../../../../shared/rules/utils/trace-scopes';
import { withNlb } from '../../network/nlb-ipv6-fixtures';

vi.mock('../../../../shared/rules/utils/trace-scopes', { spy: true });

function edit(design: Design, id: string, change: (resource: Resource) => Resource): Design {
  return { ...design, resources: design.resources.map((r) => (r.id === id ? change(r) : r)) };
}

/** A runner that has already seen `design`, and the design. */
function primed(): { runner: ReturnType<typeof createIncrementalRunner>; design: Design } {
  const design = generateDesign(60);
  const runner = createIncrementalRunner();
  runner.run(design);
  expect(runner.stats.traced).toBe(design.connections.length);
  return { runner, design };
}

describe('incremental validation', () => {
  it('re-traces no connection after a rename, and reports the new name', () => {
    const { runner, design } = primed();
    const renamed = edit(design, 'v0vpc', (r) => ({ ...r, name: 'Renamed VPC' }));
    expect(runner.run(structuredClone(renamed))).toEqual(runRules(renamed));
    expect(runner.stats).toMatchObject({ traced: 0, reused: design.connections.length, layoutOnly: false });
  });

  it('runs no rule after a layout-only edit', () => {
    const { runner, design } = primed();
    const moved = { ...design, layout: { ...design.layout, v0vpc: { x: 5, y: 5, w: 2100, h: 1300 } } };
    expect(runner.run(moved)).toEqual(runRules(moved));
    expect(runner.stats).toEqual({ traced: 0, reused: 0, layoutOnly: true, ownersKept: 0, ownersChecked: 0 });
  });

  it('re-traces only the connection whose port changed', () => {
    const { runner, design } = primed();
    const [first, ...rest] = design.connections;
    const changed = { ...design, connections: [{ ...first!, port: 22 }, ...rest] };
    expect(runner.run(changed)).toEqual(runRules(structuredClone(changed)));
    expect(runner.stats.traced).toBe(1);
  });

  it("re-traces only the edited VPC's connections after a route edit", () => {
    // Three VPCs, each reached from the internet through its own load balancer.
    const design = generateDesign(260);
    const runner = createIncrementalRunner();
    runner.run(design);
    const routed = edit(
      design,
      'v0rtA',
      (r) => ({ ...r, props: { routes: [{ destination: '0.0.0.0/0', target: 'v0natb' }] } }) as Resource,
    );
    expect(runner.run(structuredClone(routed))).toEqual(runRules(structuredClone(routed)));
    const inV0 = design.connections.filter((c) => c.id.startsWith('v0')).length;
    expect(runner.stats).toMatchObject({
      traced: inV0,
      reused: design.connections.length - inV0,
      layoutOnly: false,
    });
    expect(inV0).toBeLessThan(design.connections.length / 2);
  });

  it('groups the design again when a resource comes to name one in another VPC', () => {
    const design = generateDesign(260);
    const runner = createIncrementalRunner();
    runner.run(design);
    const routeTo = (target: string) => (r: Resource) =>
      ({ ...r, props: { routes: [{ destination: '0.0.0.0/0', target }] } }) as Resource;
    // v0's private route now goes to v1's NAT gateway: from here on a change in v1 can change
    // how v0's connections trace.
    const linked = edit(design, 'v0rtA', routeTo('v1natb'));
    expect(runner.run(linked)).toEqual(runRules(structuredClone(linked)));
    const inV1 = edit(linked, 'v1rtA', routeTo('v1natb'));
    expect(runner.run(inV1)).toEqual(runRules(structuredClone(inV1)));
    const inV0orV1 = design.connections.filter((c) => /^v[01]/.test(c.id)).length;
    expect(runner.stats.traced).toBe(inV0orV1);
  });

  it('re-traces everything when a top-level field the tracer reads changes', () => {
    const { runner, design } = primed();
    const elsewhere = { ...design, region: 'eu-west-1' };
    expect(runner.run(structuredClone(elsewhere))).toEqual(runRules(structuredClone(elsewhere)));
    expect(runner.stats.traced).toBe(design.connections.length);
  });

  it("re-traces a connection to an NLB when another connection changes the NLB's targets", () => {
    const design = withNlb();
    const runner = createIncrementalRunner();
    const before = runner.run(design);
    expect(before.filter((f) => f.rule === 'connection-reachable')).toEqual([]);
    // gameB stays, but the NLB no longer forwards to it: zone b's node has no target.
    const untargeted = { ...design, connections: design.connections.filter((c) => c.id !== 'cGameB') };
    const after = runner.run(untargeted);
    expect(after).toEqual(runRules(structuredClone(untargeted)));
    expect(after.find((f) => f.rule === 'connection-reachable')?.params.code).toBe('NLB_ZONE_NO_TARGET');
  });

  it('re-traces after a resource moves in the list, as addresses are handed out in document order', () => {
    // v1w0 is first in its subnet; moved to the end, every web server after it shifts one address
    // down, and the blocked-path findings name those addresses.
    const design = generateDesign(260);
    const runner = createIncrementalRunner();
    runner.run(design);
    const moved = design.resources.find((r) => r.id === 'v1w0')!;
    const reordered = { ...design, resources: [...design.resources.filter((r) => r !== moved), moved] };
    expect(runner.run(reordered)).toEqual(runRules(structuredClone(reordered)));
    expect(runner.stats.traced).toBeGreaterThan(0);
  });

  it("checks resource-by-resource rules again only inside the edited service's scope", () => {
    // Three VPCs; v1w0 is an ECS service in one subnet, so one zone (single-az-service).
    const design = generateDesign(260);
    const runner = createIncrementalRunner();
    runner.run(design);
    const oneZone = (findings: ReturnType<typeof runRules>) =>
      findings.some((f) => f.rule === 'single-az-service' && f.resources[0] === 'v1w0');
    expect(oneZone(runner.run(design))).toBe(true);
    const stopped = edit(
      design,
      'v1w0',
      (r) => ({ ...r, props: { ...r.props, desiredCount: 0 } }) as Resource,
    );
    const findings = runner.run(stopped);
    expect(findings).toEqual(runRules(structuredClone(stopped)));
    expect(oneZone(findings)).toBe(false);
    // The other two VPCs (v1 holds 97 of the 260 resources) keep their findings.
    expect(runner.stats.ownersChecked).toBeGreaterThan(0);
    expect(runner.stats.ownersKept).toBeGreaterThan(runner.stats.ownersChecked);
    // A document that shares no object with the last one is checked whole.
    expect(runner.run(structuredClone(design))).toEqual(runRules(structuredClone(design)));
    expect(runner.stats.ownersKept).toBe(0);
  });
});

describe('preparing for the next edit (idle time in the engine worker)', () => {
  /** How many times the runner groups a design into trace scopes during `work`. */
  function groupings(work: () => void): number {
    const before = vi.mocked(traceScopes).mock.calls.length;
    work();
    return vi.mocked(traceScopes).mock.calls.length - before;
  }

  const routed = (design: Design) =>
    edit(
      design,
      'v0rtA',
      (r) => ({ ...r, props: { routes: [{ destination: '0.0.0.0/0', target: 'v0natb' }] } }) as Resource,
    );

  it('groups the last document ahead, so the first edit after an open groups nothing', () => {
    const { runner, design } = primed();
    expect(groupings(() => runner.prepare())).toBe(1);
    const edited = routed(design);
    expect(groupings(() => expect(runner.run(edited)).toEqual(runRules(structuredClone(edited))))).toBe(0);
    // Already grouped: preparing again costs nothing.
    expect(groupings(() => runner.prepare())).toBe(0);
  });

  it('without it, the first edit groups the document it follows', () => {
    const { runner, design } = primed();
    expect(groupings(() => runner.run(routed(design)))).toBe(1);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Design, ResourceOf } from '../../../shared/model/index';
import { checkDesignValue, parseDesign } from '../../../shared/model/index';
import { computeCost } from '../../../shared/cost/engine';
import { findBundledLesson } from '../../../shared/lessons/index';
import { traceAll } from '../../../shared/network/index';
import { compareFailure, isDown, zonesOf } from '../../../shared/simulate/failures';
import { natPerAzAlternative } from '../../../shared/simulate/resilience';
import type { TraceShape } from '../../../shared/simulate/trace-shape';

function example(): Design {
  const result = parseDesign(readFileSync('assets/examples/private-subnets-nat.skyplan.json', 'utf8'));
  if (!result.ok) throw new Error('example does not load');
  return result.design;
}

/** The example with one NAT gateway (in AZ a) shared by both private subnets. */
function oneNat(): Design {
  const design = example();
  design.resources = design.resources.filter((r) => r.id !== 'natB' && r.id !== 'rtPrivB');
  const privB = design.resources.find((r) => r.id === 'privB') as ResourceOf<'subnet'>;
  privB.props.routeTable = 'rtPrivA';
  const endpoint = design.resources.find((r) => r.id === 's3Endpoint') as ResourceOf<'vpc-endpoint'>;
  endpoint.props.routeTables = ['rtPrivA'];
  return design;
}

const ok = (...resources: string[]): TraceShape => ({
  reachable: true,
  kind: 'network',
  hops: resources.map((resource) => ({
    resource,
    direction: 'forward',
    action: 'route',
    detail: 'ref.or',
    params: {},
  })),
  blocked: null,
});
const dropped = (resource: string, code = 'AZ_FAILED'): TraceShape => ({
  reachable: false,
  kind: 'network',
  hops: [],
  blocked: { code, resource, message: 'ref.or', params: {}, fix: 'ref.or' },
});

describe('zones and failed resources', () => {
  it('finds the AZ of a resource through its subnet', () => {
    const design = example();
    expect(zonesOf(design, 'natA')).toEqual(['a']);
    expect(zonesOf(design, 'appB')).toEqual(['b']);
    expect(zonesOf(design, 'artifacts')).toEqual([]);
  });

  it('counts a resource as down when it failed or every AZ it lives in failed', () => {
    const design = example();
    expect(isDown(design, { azs: ['a'], resources: [] }, 'natA')).toBe(true);
    expect(isDown(design, { azs: ['a'], resources: [] }, 'natB')).toBe(false);
    expect(isDown(design, { azs: [], resources: ['natB'] }, 'natB')).toBe(true);
    expect(isDown(design, { azs: ['a', 'b'], resources: [] }, 'artifacts')).toBe(false);
  });
});

describe('compareFailure', () => {
  it('sorts connections into broken, survived, unaffected and already blocked', () => {
    const design = oneNat();
    const failed = { azs: ['a'], resources: [] };
    const baseline = new Map([
      ['c1', ok('appA', 'natA', 'igw1', 'internet')],
      ['c2', ok('appB', 'natA', 'igw1', 'internet')],
      ['c3', ok('appA', 's3Endpoint', 'artifacts')],
      ['c4', dropped('sgApp', 'SG_EGRESS_DENIED')],
    ]);
    const after = new Map([
      ['c1', dropped('appA')],
      ['c2', dropped('natA')],
      ['c3', dropped('appA')],
      ['c4', dropped('sgApp', 'SG_EGRESS_DENIED')],
    ]);
    const report = compareFailure(design, failed, baseline, after);
    expect(report.broken).toEqual(['c1', 'c2', 'c3']);
    expect(report.impacts.find((i) => i.connection === 'c2')?.blocked?.resource).toBe('natA');
    expect(report.impacts.find((i) => i.connection === 'c4')?.status).toBe('already-blocked');
  });

  it('calls a connection that touched the failed AZ and still works "survived"', () => {
    const design = example();
    const failed = { azs: ['a'], resources: [] };
    const baseline = new Map([
      ['c2', ok('appB', 'natB', 'igw1', 'internet')],
      ['c4', ok('appB', 's3Endpoint', 'artifacts')],
      ['c1', ok('appA', 'natA')],
      ['c3', ok('appA', 's3Endpoint')],
    ]);
    const after = new Map([
      ['c2', ok('appB', 'natB', 'igw1', 'internet')],
      ['c4', ok('appB', 's3Endpoint', 'artifacts')],
      ['c1', ok('natA')],
      ['c3', dropped('appA')],
    ]);
    const report = compareFailure(design, failed, baseline, after);
    expect(report.impacts.find((i) => i.connection === 'c2')?.status).toBe('unaffected');
    expect(report.survived).toEqual(['c1']);
    expect(report.broken).toEqual(['c3']);
  });
});

describe('natPerAzAlternative', () => {
  it('adds a NAT gateway and a route table for the AZ that borrowed another AZ’s NAT', () => {
    const design = oneNat();
    const natA = design.resources.find((r) => r.id === 'natA') as ResourceOf<'nat-gateway'>;
    natA.props.dataProcessedGbPerMonth = 60;
    const alternative = natPerAzAlternative(design);
    expect(alternative).not.toBeNull();
    const alt = alternative!.design;
    expect(alternative!.zones).toEqual(['b']);
    expect(alternative!.added).toEqual(['nat-b', 'rtPrivA-b']);
    const byId = new Map(alt.resources.map((r) => [r.id, r]));
    expect(byId.get('nat-b')).toMatchObject({ type: 'nat-gateway', parent: 'pubB' });
    expect(byId.get('privB')?.props).toMatchObject({ routeTable: 'rtPrivA-b' });
    expect(byId.get('rtPrivA-b')?.props).toEqual({ routes: [{ destination: '0.0.0.0/0', target: 'nat-b' }] });
    // The S3 endpoint follows the subnet to its new table; the data is split, not doubled.
    expect(byId.get('s3Endpoint')?.props).toMatchObject({ routeTables: ['rtPrivA', 'rtPrivA-b'] });
    expect(byId.get('natA')?.props).toMatchObject({ dataProcessedGbPerMonth: 30 });
    expect(byId.get('nat-b')?.props).toMatchObject({ dataProcessedGbPerMonth: 30 });
    // The original is untouched and the alternative is a valid design.
    expect(design.resources.find((r) => r.id === 'privB')?.props).toMatchObject({ routeTable: 'rtPrivA' });
    expect(checkDesignValue(JSON.parse(JSON.stringify(alt))).ok).toBe(true);
  });

  it('has nothing to suggest when every AZ already has its own NAT gateway', () => {
    expect(natPerAzAlternative(example())).toBeNull();
  });

  it('has nothing to suggest when the AZ has no public subnet for a NAT gateway', () => {
    const design = oneNat();
    design.resources = design.resources.filter((r) => r.id !== 'pubB');
    expect(natPerAzAlternative(design)).toBeNull();
  });
});

describe('failure mode with the network model', () => {
  it('one NAT gateway in AZ a takes down AZ b’s egress; one NAT per AZ survives it', () => {
    const design = oneNat();
    const failed = { azs: ['a'], resources: [] };
    const report = compareFailure(design, failed, traceAll(design), traceAll(design, { failed }));
    expect(report.broken).toContain('c2');
    const c2 = report.impacts.find((impact) => impact.connection === 'c2');
    expect(c2?.blocked).toMatchObject({ code: 'AZ_FAILED', resource: 'natA' });
    const alternative = natPerAzAlternative(design);
    expect(alternative).not.toBeNull();
    expect(traceAll(alternative!.design, { failed }).get('c2')?.reachable).toBe(true);
    // The alternative costs one more NAT gateway a month, and no data processing twice.
    const delta = computeCost(alternative!.design).monthlyTotal - computeCost(design).monthlyTotal;
    expect(delta).toBeGreaterThan(30);
    expect(delta).toBeLessThan(45);
  });

  it('an ALB in two AZs survives the loss of one', () => {
    const lesson = findBundledLesson('05')!.lesson;
    const failed = { azs: ['a'], resources: [] };
    const answer = lesson.answer;
    const survived = compareFailure(answer, failed, traceAll(answer), traceAll(answer, { failed }));
    expect(survived.survived).toContain('c1');
    const start = lesson.start;
    const broke = compareFailure(start, failed, traceAll(start), traceAll(start, { failed }));
    expect(broke.broken).toContain('c1');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Design, ResourceOf } from '../../../shared/model/index';
import { parseDesign } from '../../../shared/model/index';
import {
  failureView,
  flowText,
  labelOf,
  simulateFlow,
  trafficEnds,
  zonesOfDesign,
} from '../../../renderer/simulation/model';

function oneNat(): Design {
  const result = parseDesign(readFileSync('assets/examples/private-subnets-nat.skyplan.json', 'utf8'));
  if (!result.ok) throw new Error('example does not load');
  const design = result.design;
  design.resources = design.resources.filter((r) => r.id !== 'natB' && r.id !== 'rtPrivB');
  (design.resources.find((r) => r.id === 'privB') as ResourceOf<'subnet'>).props.routeTable = 'rtPrivA';
  (design.resources.find((r) => r.id === 's3Endpoint') as ResourceOf<'vpc-endpoint'>).props.routeTables = [
    'rtPrivA',
  ];
  return design;
}

const none = { azs: [], resources: [] };

describe('simulation view model', () => {
  it('labels resources and connections by name', () => {
    const design = oneNat();
    expect(labelOf(design, 'appA')).toBe('App server A (appA)');
    expect(labelOf(design, 'c2')).toBe('c2 (App server B → Internet)');
    expect(labelOf(design, 'gone')).toBe('gone');
    expect(flowText(design, { from: 'appB', to: 'internet', protocol: 'tcp', port: 443 }, 'ko')).toBe(
      'App server B (appB) → Internet (internet) tcp/443',
    );
    expect(zonesOfDesign(design)).toEqual(['a', 'b']);
  });

  it('offers as From/To only what can send or answer: no VPC, subnet, route table or security group', () => {
    const ends = trafficEnds(oneNat()).map((r) => r.type);
    expect(ends).toContain('ec2-instance');
    expect(ends).toContain('internet');
    for (const type of ['vpc', 'subnet', 'route-table', 'security-group', 'internet-gateway', 'nat-gateway'])
      expect(ends).not.toContain(type);
  });

  it('traces a connection with its own kind and port, and refuses a flow to a missing resource', () => {
    const design = oneNat();
    const sim = simulateFlow(
      design,
      { from: 'appB', to: 'internet', protocol: 'tcp', port: 443, connection: 'c2' },
      none,
    );
    expect(sim?.reachable).toBe(true);
    expect(sim?.steps.some((step) => step.resource === 'natA')).toBe(true);
    expect(sim?.legs.map((leg) => leg.leg)).toEqual(['forward', 'return']);
    expect(simulateFlow(design, { from: 'appB', to: 'nothing' }, none)).toBeNull();
    expect(simulateFlow(design, { from: 'appB', to: 'internet', connection: 'c99' }, none)).toBeNull();
  });

  it('traces under the failure too: AZ a down drops AZ b’s egress at the NAT gateway', () => {
    const sim = simulateFlow(
      oneNat(),
      { from: 'appB', to: 'internet', protocol: 'tcp', port: 443 },
      { azs: ['a'], resources: [] },
    );
    expect(sim?.reachable).toBe(false);
    expect(sim?.steps[sim.blockedStep ?? -1]?.blocked).toMatchObject({ code: 'AZ_FAILED', resource: 'natA' });
  });

  it('reports the failure with the priced NAT-per-AZ alternative, in the region viewed', () => {
    const design = oneNat();
    const view = failureView(design, { azs: ['a'], resources: [] }, 'us-east-1');
    expect(view?.report.broken).toContain('c2');
    expect(view?.alternative?.alternative.added).toEqual(['nat-b', 'rtPrivA-b']);
    expect(view?.alternative?.survives).toBe(1);
    const { before, after } = view!.alternative!;
    expect(after! - before!).toBeGreaterThan(30);
    const seoul = failureView(design, { azs: ['a'], resources: [] }, 'ap-northeast-2');
    expect(seoul?.alternative?.before).not.toBe(before);
    expect(failureView(design, none, 'us-east-1')).toBeNull();
  });

  it('does not trace again when only the layout changed, and does after an edit', () => {
    const design = oneNat();
    const failed = { azs: ['a'], resources: [] };
    const first = failureView(design, failed, 'us-east-1');
    const moved: Design = { ...design, layout: { appA: { x: 10, y: 10 } } };
    expect(failureView(moved, failed, 'us-east-1')).toBe(first);
    const edited: Design = { ...design, resources: design.resources.filter((r) => r.id !== 'appA') };
    expect(failureView(edited, failed, 'us-east-1')).not.toBe(first);
  });
});

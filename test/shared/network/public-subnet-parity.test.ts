/**
 * Rules and the tracer share one notion of a public subnet (issue 15). For every bundled design
 * (examples, templates, lesson start and answer designs) and every test fixture, each subnet is
 * judged twice:
 * - by the tracer: a probe instance with a public address and an open group, dropped into the
 *   subnet (its network ACL set aside), sends to the internet; the subnet is public when the
 *   packet leaves through an internet gateway straight from the probe's own route;
 * - by the rules that depend on "public": a public NAT gateway there is flagged by
 *   nat-gateway-in-public-subnet, an internet-facing ALB by alb-internet-facing-public-subnets,
 *   a VPC Lambda by lambda-in-public-subnet, mapPublicIp by public-ip-in-private-subnet.
 * Any disagreement fails, naming the design and the subnet.
 */
import { describe, expect, it } from 'vitest';
import type { Design, Resource, ResourceOf } from '../../../shared/model/types';
import { networkOf, trace } from '../../../shared/network/index';
import type { Finding } from '../../../shared/rules/index';
import { RULES, runRule } from '../../../shared/rules/index';
import { generateDesign } from '../../bench/generate';
import {
  makeDesign,
  vpcNetwork,
  healthyVpc,
  isolatedPrivA,
  natInstance,
  natInstanceChain,
  singleNat,
  withProps,
  withSqsEndpoint,
} from '../../fixtures/designs';
import { bundledDesigns } from '../../fixtures/bundled';

/** 0.0.0.0/1 and 128.0.0.0/1 to the gateway: public, though no route is 0.0.0.0/0. */
const halves = withProps(healthyVpc(), 'rtPublic', {
  routes: [
    { destination: '0.0.0.0/1', target: 'igw1' },
    { destination: '128.0.0.0/1', target: 'igw1' },
  ],
});

const DESIGNS: [string, Design][] = [
  ...bundledDesigns(),
  ['network fixture healthyVpc', healthyVpc()],
  ['network fixture isolatedPrivA', isolatedPrivA()],
  ['network fixture singleNat', singleNat()],
  ['network fixture natInstance', natInstance()],
  ['network fixture natInstanceChain(3)', natInstanceChain(3)],
  ['network fixture withSqsEndpoint', withSqsEndpoint(healthyVpc())],
  ['network fixture 0.0.0.0/1 + 128.0.0.0/1', halves],
  ['rule fixture network()', makeDesign(vpcNetwork())],
  ['generated 300', generateDesign(300)],
];

const PROBE_GROUP = 'parityProbeGroup';

/** The tracer's verdict: can a public-addressed instance in the subnet go straight out an IGW? */
function tracerSaysPublic(design: Design, subnet: ResourceOf<'subnet'>): boolean {
  const vpcId = subnet.parent;
  if (!vpcId) return false;
  const extra: Resource[] = [
    { id: PROBE_GROUP, type: 'security-group', parent: vpcId, props: { inbound: [] } },
    {
      id: 'parityProbe',
      type: 'ec2-instance',
      parent: subnet.id,
      props: { securityGroups: [PROBE_GROUP], publicIp: true },
    },
  ];
  if (!design.resources.some((r) => r.id === 'parityInternet'))
    extra.push({ id: 'parityInternet', type: 'internet', props: {} });
  const probed: Design = {
    ...design,
    resources: [
      ...design.resources.map((r) =>
        r.id === subnet.id ? ({ ...r, props: { ...r.props, networkAcl: undefined } } as Resource) : r,
      ),
      ...extra,
    ],
  };
  const result = trace(probed, 'parityProbe', 'parityInternet', 'tcp', 443);
  // The probe's own route decides: its first route hop, then the internet gateway hop.
  const actions = result.hops.filter((hop) => hop.direction === 'forward').map((hop) => hop.action);
  const firstRoute = actions.indexOf('route');
  return result.reachable && firstRoute >= 0 && actions[firstRoute + 1] === 'igw';
}

function findingsOf(design: Design, id: string): Finding[] {
  const rule = RULES.find((r) => r.meta.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return runRule(rule, design);
}

/** Subnets each public-dependent rule calls private (true) or public (false), by what it flags. */
function ruleVerdicts(design: Design): { subnet: string; rule: string; saysPublic: boolean }[] {
  const verdicts: { subnet: string; rule: string; saysPublic: boolean }[] = [];
  const byId = new Map(design.resources.map((r) => [r.id, r]));
  const net = networkOf(design);
  const natFindings = findingsOf(design, 'nat-gateway-in-public-subnet');
  for (const nat of design.resources) {
    if (nat.type !== 'nat-gateway' || (nat.props.connectivity ?? 'public') !== 'public') continue;
    const subnet = nat.parent && byId.get(nat.parent)?.type === 'subnet' ? nat.parent : undefined;
    if (!subnet) continue;
    const flagged = natFindings.some((f) => f.resources[0] === nat.id);
    verdicts.push({ subnet, rule: 'nat-gateway-in-public-subnet', saysPublic: !flagged });
  }
  const albFindings = findingsOf(design, 'alb-internet-facing-public-subnets');
  for (const alb of design.resources) {
    if (alb.type !== 'alb' || alb.props.scheme !== 'internet-facing') continue;
    const finding = albFindings.find((f) => f.resources[0] === alb.id);
    for (const subnet of net.subnetsOf(alb.id)) {
      const flagged = finding?.resources.includes(subnet.id) ?? false;
      verdicts.push({ subnet: subnet.id, rule: 'alb-internet-facing-public-subnets', saysPublic: !flagged });
    }
  }
  const lambdaFindings = findingsOf(design, 'lambda-in-public-subnet');
  for (const fn of design.resources) {
    if (fn.type !== 'lambda-function') continue;
    const finding = lambdaFindings.find((f) => f.resources[0] === fn.id);
    for (const subnet of net.subnetsOf(fn.id)) {
      const flagged = finding?.resources.includes(subnet.id) ?? false;
      verdicts.push({ subnet: subnet.id, rule: 'lambda-in-public-subnet', saysPublic: flagged });
    }
  }
  const ipFindings = findingsOf(design, 'public-ip-in-private-subnet');
  for (const subnet of design.resources) {
    if (subnet.type !== 'subnet' || subnet.props.mapPublicIp !== true) continue;
    const flagged = ipFindings.some(
      (f) => f.message === 'rules.public-ip-in-private-subnet.subnet' && f.resources[0] === subnet.id,
    );
    verdicts.push({ subnet: subnet.id, rule: 'public-ip-in-private-subnet', saysPublic: !flagged });
  }
  return verdicts;
}

describe('rules and the tracer agree on which subnets are public', () => {
  it('checks designs that have public-dependent resources', () => {
    const judged = DESIGNS.reduce((sum, [, design]) => sum + ruleVerdicts(design).length, 0);
    expect(judged).toBeGreaterThan(20);
  });

  for (const [name, design] of DESIGNS) {
    it(name, () => {
      const net = networkOf(design);
      const tracer = new Map<string, boolean>();
      const tracerOf = (id: string): boolean => {
        let known = tracer.get(id);
        if (known === undefined) {
          const subnet = design.resources.find(
            (r): r is ResourceOf<'subnet'> => r.id === id && r.type === 'subnet',
          );
          known = subnet ? tracerSaysPublic(design, subnet) : false;
          tracer.set(id, known);
        }
        return known;
      };
      const disagreements: string[] = [];
      for (const subnet of design.resources) {
        if (subnet.type !== 'subnet' || !subnet.parent) continue;
        // The model's own answer, which every rule asks.
        if (net.isPublicSubnet(subnet.id) !== tracerOf(subnet.id))
          disagreements.push(
            `${subnet.id}: model says ${net.isPublicSubnet(subnet.id)}, tracer ${tracerOf(subnet.id)}`,
          );
      }
      for (const verdict of ruleVerdicts(design)) {
        if (verdict.saysPublic !== tracerOf(verdict.subnet))
          disagreements.push(
            `${verdict.subnet}: ${verdict.rule} says ${verdict.saysPublic ? 'public' : 'private'}, tracer ${tracerOf(verdict.subnet) ? 'public' : 'private'}`,
          );
      }
      expect(disagreements).toEqual([]);
    });
  }
});

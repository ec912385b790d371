/** The AWS behaviours of Network Load Balancers and IPv6, one by one. */
import { describe, expect, it } from 'vitest';
import { networkOf, trace, traceAll } from '../../../shared/network/index';
import { sgAllows6 } from '../../../shared/network/ipv6';
import type { Resource } from '../../../shared/model/types';
import { containsIp6, ip6ToString, parseCidr6, parseIp6 } from '../../../shared/network/cidr6';
import { healthyVpc, withAdded, withProps } from '../../fixtures/designs';
import { dualStack, nlbOneZone, webBehindEgressOnly, withNlb } from './nlb-ipv6-fixtures';

const V6 = { ipVersion: 6 } as const;

describe('IPv6 CIDR math', () => {
  it('parses, compresses and contains', () => {
    expect(ip6ToString(parseIp6('2600:1F18:0:0:0:0:0:4') ?? 0n)).toBe('2600:1f18::4');
    const block = parseCidr6('2600:1f18:abcd:1200::/56');
    expect(block?.canonical).toBe('2600:1f18:abcd:1200::/56');
    expect(block && containsIp6(block, parseIp6('2600:1f18:abcd:12ff::1') ?? 0n)).toBe(true);
    expect(block && containsIp6(block, parseIp6('2600:1f18:abcd:1300::1') ?? 0n)).toBe(false);
    expect(parseCidr6('::/0')?.prefix).toBe(0);
    expect(parseCidr6('2600:1f18::1/64')?.hostBitsSet).toBe(true);
    expect(parseCidr6('10.0.0.0/16')).toBeUndefined();
    expect(parseCidr6('1::2::3/64')).toBeUndefined();
  });
});

describe('IPv6 and egress-only internet gateways', () => {
  it('egress-only inbound refused: the internet cannot start a connection through an egress-only gateway', () => {
    const result = trace(webBehindEgressOnly(), 'internet', 'web', 'tcp', 443, V6);
    expect(result.reachable).toBe(false);
    expect(result.blocked?.code).toBe('EGRESS_ONLY_INBOUND');
    expect(result.blocked?.resource).toBe('eigw1');
  });

  it('lets a private subnet start IPv6 connections out, and the reply back in', () => {
    const result = trace(dualStack(), 'worker', 'internet', 'tcp', 443, V6);
    expect(result.blocked).toBeNull();
    const details = result.hops.map((hop) => hop.detail);
    expect(details).toContain('network.hop.eigwOut');
    expect(details).toContain('network.hop.eigwReturn');
    // The worker's own IPv6 address goes out (host number as in 10.0.10.5): no NAT, no public IPv4.
    expect(result.hops[0]?.params.ip).toBe('2600:1f18:abcd:1210::5');
  });

  it('reaches a public dual-stack server over IPv6 with no public IPv4 address', () => {
    const result = trace(dualStack(), 'internet', 'web', 'tcp', 443, V6);
    expect(result.blocked).toBeNull();
    expect(result.hops.map((hop) => hop.detail)).toContain('network.hop.igwIn6');
  });

  it('keeps IPv4 and IPv6 rules apart', () => {
    // sgWeb admits ::/0 only, and the server has no public IPv4 address: IPv4 fails, IPv6 works.
    expect(trace(dualStack(), 'internet', 'web', 'tcp', 443).reachable).toBe(false);
    expect(trace(dualStack(), 'internet', 'web', 'tcp', 443, V6).reachable).toBe(true);
    // The IPv4 paths of the healthy VPC are unchanged by the dual stack.
    expect(trace(dualStack(), 'worker', 'internet', 'tcp', 443).reachable).toBe(true);
  });

  it('reads ipVersion from the connection in traceAll', () => {
    const results = traceAll(webBehindEgressOnly());
    expect(results.get('cWeb6')?.blocked?.code).toBe('EGRESS_ONLY_INBOUND');
    expect(results.get('cOut6')?.reachable).toBe(true);
  });

  it('refuses to route ::/0 through a NAT gateway', () => {
    const design = withProps(dualStack(), 'rtPrivA', { routes: [{ destination: '::/0', target: 'natA' }] });
    expect(trace(design, 'worker', 'internet', 'tcp', 443, V6).blocked?.message).toBe(
      'network.blocked.natIpv6',
    );
  });

  it('traces IPv6 inside the VPC over the IPv6 local route', () => {
    const design = withAdded(dualStack(), {
      id: 'sgApi',
      type: 'security-group',
      parent: 'vpc1',
      props: { inbound: [{ protocol: 'tcp', ports: '443', peer: 'sgWorker' }] },
    });
    const moved = withProps(design, 'web', { securityGroups: ['sgApi'] });
    expect(trace(moved, 'worker', 'web', 'tcp', 443, V6).blocked).toBeNull();
  });
});

describe('Network Load Balancer', () => {
  it('has no security group: clients pass, and the target sees the client address', () => {
    const design = withNlb();
    const inbound = trace(design, 'internet', 'nlb1', 'tcp', 443);
    expect(inbound.blocked).toBeNull();
    expect(inbound.hops.map((hop) => hop.detail)).toContain('network.hop.nlbNoSg');
    const forward = trace(design, 'nlb1', 'gameA', 'tcp', 443);
    expect(forward.blocked).toBeNull();
    const preserve = forward.hops.find((hop) => hop.detail === 'network.hop.nlbPreserve');
    expect(preserve?.params.client).toBe('203.0.113.10');
  });

  it('with a security group, a target rule naming that group admits its traffic', () => {
    const design = withProps(
      withAdded(withNlb(), {
        id: 'sgNlb',
        type: 'security-group',
        parent: 'vpc1',
        props: { inbound: [{ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0' }] },
      }),
      'nlb1',
      { securityGroups: ['sgNlb'] },
    );
    const narrowed = withProps(design, 'sgGame', {
      inbound: [{ protocol: 'tcp', ports: '443', peer: 'sgNlb' }],
    });
    expect(trace(narrowed, 'nlb1', 'gameA', 'tcp', 443).blocked).toBeNull();
    // Without the NLB's group the same rule admits nothing: the client address is not the NLB's.
    const noGroup = withProps(narrowed, 'nlb1', { securityGroups: [] });
    expect(trace(noGroup, 'nlb1', 'gameA', 'tcp', 443).blocked?.code).toBe('SG_INGRESS_DENIED');
  });

  it('cross-zone off: a zone that loses its targets drops traffic at its node; on: the other zone serves', () => {
    const failed = { failed: { resources: ['gameB'] } };
    expect(trace(withNlb(), 'internet', 'nlb1', 'tcp', 443, failed).blocked?.code).toBe('NLB_ZONE_NO_TARGET');
    expect(
      trace(withNlb(healthyVpc(), { crossZone: true }), 'internet', 'nlb1', 'tcp', 443, failed).blocked,
    ).toBeNull();
    expect(trace(nlbOneZone(), 'internet', 'nlb1', 'tcp', 443).blocked?.params.az).toBe('b');
  });

  it('is reachable from the internet only when internet-facing', () => {
    expect(trace(withNlb(healthyVpc(), { scheme: 'internal' }), 'internet', 'nlb1').blocked?.code).toBe(
      'INTERNAL_ONLY',
    );
  });
});

describe('the default network ACL over IPv6', () => {
  it('allows by rule 101, the ::/0 rule AWS adds next to the IPv4 rule 100', () => {
    const result = trace(dualStack(), 'worker', 'internet', 'tcp', 443, V6);
    const naclHops = result.hops.filter((hop) => hop.detail.startsWith('network.hop.nacl'));
    expect(naclHops.length).toBeGreaterThan(0);
    expect(naclHops.map((hop) => hop.params.rule)).toEqual(naclHops.map(() => 101));
  });
});

describe('security groups over IPv6', () => {
  it('admit nothing in when a group lists no inbound rules, as over IPv4 (only outbound defaults to all)', () => {
    // A half-edited group without its inbound list: the engine reads it defensively.
    const bare = { id: 'sgBare', type: 'security-group', parent: 'vpc1', props: {} } as unknown as Resource;
    const model = networkOf(withAdded(healthyVpc(), bare));
    const peer = { ip: parseIp6('2001:db8::10') ?? 0n, groups: [] };
    expect(sgAllows6(model, ['sgBare'], 'inbound', 'tcp', 443, peer)).toBeNull();
    expect(model.sgAllows(['sgBare'], 'inbound', 'tcp', 443, { ip: 0x08080808 })).toBeNull();
    expect(sgAllows6(model, ['sgBare'], 'outbound', 'tcp', 443, peer)).not.toBeNull();
  });
});

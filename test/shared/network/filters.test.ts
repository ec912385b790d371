import { describe, expect, it } from 'vitest';
import { EPHEMERAL_PORTS, networkOf, parseIp, trace } from '../../../shared/network/index';
import { healthyVpc, OPEN_NACL_RULE, withNacl, withProps } from '../../fixtures/designs';

const addr = (text: string) => parseIp(text) ?? -1;

describe('security groups', () => {
  const model = networkOf(healthyVpc());

  it('matches CIDR peers by address and ports by range', () => {
    expect(model.sgAllows(['sgAlb'], 'inbound', 'tcp', 443, { ip: addr('203.0.113.10') })).toMatchObject({
      groupId: 'sgAlb',
      ruleIndex: 0,
    });
    expect(model.sgAllows(['sgAlb'], 'inbound', 'tcp', 80, { ip: addr('203.0.113.10') })).toBeNull();
    expect(model.sgAllows(['sgAlb'], 'inbound', 'udp', 443, { ip: addr('203.0.113.10') })).toBeNull();
    expect(model.sgAllows(['sgBastion'], 'inbound', 'tcp', 22, { ip: addr('198.51.100.7') })).not.toBeNull();
    expect(model.sgAllows(['sgBastion'], 'inbound', 'tcp', 22, { ip: addr('203.0.113.10') })).toBeNull();
  });

  it('matches security-group peers by the peer groups, not by address', () => {
    const fromAlb = { ip: addr('10.0.0.5'), groups: ['sgAlb'] };
    const fromElsewhere = { ip: addr('10.0.0.5'), groups: ['sgWorker'] };
    expect(model.sgAllows(['sgApp'], 'inbound', 'tcp', 8080, fromAlb)).toMatchObject({ groupId: 'sgApp' });
    expect(model.sgAllows(['sgApp'], 'inbound', 'tcp', 8080, fromElsewhere)).toBeNull();
  });

  it('allows all outbound when no outbound rules are given, and nothing when an empty list is', () => {
    const peer = { ip: addr('8.8.8.8') };
    expect(model.sgAllows(['sgWorker'], 'outbound', 'tcp', 443, peer)).toEqual({
      groupId: 'sgWorker',
      ruleIndex: null,
      rule: null,
    });
    const closed = networkOf(withProps(healthyVpc(), 'sgWorker', { outbound: [] }));
    expect(closed.sgAllows(['sgWorker'], 'outbound', 'tcp', 443, peer)).toBeNull();
  });

  it('is stateful: the reply needs no inbound rule at the source', () => {
    // sgWorker has no inbound rules at all, yet the worker's request to the internet gets its reply.
    const result = trace(healthyVpc(), 'worker', 'internet', 'tcp', 443);
    expect(result.reachable).toBe(true);
    expect(result.hops.some((h) => h.direction === 'return' && h.action === 'sg-ingress')).toBe(false);
    const db = trace(healthyVpc(), 'app', 'db');
    expect(db.hops.filter((h) => h.direction === 'return').map((h) => h.action)[0]).toBe('sg-return');
  });

  it('lets an "all" rule cover every protocol and port', () => {
    const open = networkOf(
      withProps(healthyVpc(), 'sgWorker', { inbound: [{ protocol: 'all', peer: '10.0.0.0/16' }] }),
    );
    expect(open.sgAllows(['sgWorker'], 'inbound', 'udp', 53, { ip: addr('10.0.1.9') })).not.toBeNull();
    expect(
      open.sgAllows(['sgWorker'], 'inbound', 'icmp', undefined, { ip: addr('10.0.1.9') }),
    ).not.toBeNull();
  });
});

describe('network ACLs', () => {
  const internet = addr('203.0.113.10');

  it('uses the default NACL (rule 100 allows all) when the subnet names none', () => {
    expect(networkOf(healthyVpc()).naclDecision('pubA', 'inbound', 'tcp', 443, internet)).toEqual({
      allowed: true,
      rule: 100,
      naclId: null,
    });
  });

  it('evaluates in rule-number order, whatever the order in the file, first match wins', () => {
    const denyFirst = withNacl(healthyVpc(), 'pubA', {
      inbound: [
        { rule: 200, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' },
        { rule: 100, protocol: 'tcp', ports: '443', cidr: '203.0.113.0/24', action: 'deny' },
      ],
      outbound: [OPEN_NACL_RULE],
    });
    const model = networkOf(denyFirst);
    expect(model.naclDecision('pubA', 'inbound', 'tcp', 443, internet)).toEqual({
      allowed: false,
      rule: 100,
      naclId: 'nacl-pubA',
      uncovered: { from: 443, to: 443 },
    });
    expect(model.naclDecision('pubA', 'inbound', 'tcp', 443, addr('198.51.100.1'))).toMatchObject({
      allowed: true,
      rule: 200,
    });
  });

  it('denies what no rule matches with the implicit final rule "*"', () => {
    const model = networkOf(withNacl(healthyVpc(), 'pubA', { inbound: [], outbound: [] }));
    expect(model.naclDecision('pubA', 'outbound', 'tcp', 443, internet)).toEqual({
      allowed: false,
      rule: '*',
      naclId: 'nacl-pubA',
      uncovered: { from: 443, to: 443 },
    });
  });

  it('needs the whole ephemeral range for replies: 32768-65535 alone is not enough', () => {
    const partial = networkOf(
      withNacl(healthyVpc(), 'pubA', {
        inbound: [OPEN_NACL_RULE],
        outbound: [{ rule: 100, protocol: 'tcp', ports: '32768-65535', cidr: '0.0.0.0/0', action: 'allow' }],
      }),
    );
    // The answer names the part of the range no rule allowed (the blocked message shows it).
    expect(partial.naclDecision('pubA', 'outbound', 'tcp', EPHEMERAL_PORTS, internet)).toMatchObject({
      allowed: false,
      rule: '*',
      uncovered: { from: 1024, to: 32767 },
    });
    const split = networkOf(
      withNacl(healthyVpc(), 'pubA', {
        inbound: [OPEN_NACL_RULE],
        outbound: [
          { rule: 100, protocol: 'tcp', ports: '1024-32767', cidr: '0.0.0.0/0', action: 'allow' },
          { rule: 110, protocol: 'tcp', ports: '32768-65535', cidr: '0.0.0.0/0', action: 'allow' },
        ],
      }),
    );
    expect(split.naclDecision('pubA', 'outbound', 'tcp', EPHEMERAL_PORTS, internet)).toMatchObject({
      allowed: true,
      rule: 100,
    });
  });

  it('reports a deny that cuts into the ephemeral range with its rule number', () => {
    const model = networkOf(
      withNacl(healthyVpc(), 'pubA', {
        inbound: [OPEN_NACL_RULE],
        outbound: [
          { rule: 50, protocol: 'tcp', ports: '3389', cidr: '0.0.0.0/0', action: 'deny' },
          { rule: 100, protocol: 'tcp', ports: '1024-65535', cidr: '0.0.0.0/0', action: 'allow' },
        ],
      }),
    );
    expect(model.naclDecision('pubA', 'outbound', 'tcp', EPHEMERAL_PORTS, internet)).toMatchObject({
      allowed: false,
      rule: 50,
    });
    const result = trace(withNaclOnPubA(50), 'internet', 'alb1');
    expect(result.blocked).toMatchObject({ code: 'NACL_RETURN_DENIED', resource: 'nacl-pubA' });
    expect(result.blocked?.params.rule).toBe(50);
  });

  it('checks the reply against both subnets: the source subnet must admit ephemeral ports too', () => {
    const design = withNacl(healthyVpc(), 'privA', {
      inbound: [{ rule: 100, protocol: 'tcp', ports: '8080', cidr: '10.0.0.0/16', action: 'allow' }],
      outbound: [OPEN_NACL_RULE],
    });
    const result = trace(design, 'app', 'db');
    expect(result.blocked).toMatchObject({ code: 'NACL_RETURN_DENIED', resource: 'nacl-privA' });
    expect(result.blocked?.message).toBe('network.blocked.naclReturnIn');
    expect(result.hops.filter((h) => h.direction === 'forward').at(-1)?.action).toBe('deliver');
  });
});

function withNaclOnPubA(denyRule: number) {
  return withNacl(healthyVpc(), 'pubA', {
    inbound: [OPEN_NACL_RULE],
    outbound: [
      { rule: denyRule, protocol: 'tcp', ports: '3389', cidr: '0.0.0.0/0', action: 'deny' },
      { rule: 100, protocol: 'tcp', ports: '1024-65535', cidr: '0.0.0.0/0', action: 'allow' },
    ],
  });
}

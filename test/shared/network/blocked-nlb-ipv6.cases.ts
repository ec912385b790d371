/**
 * Broken / healthy twins for the blocked codes the NLB and IPv6 engine adds, and for the new
 * ways old codes happen (client IP preservation, NLB listeners, IPv6 routes through NAT).
 * Spread into the table of blocked.test.ts, whose coverage check spans every code.
 */
import type { Design, Protocol } from '../../../shared/model/types';
import type { TraceOptions } from '../../../shared/network/index';
import type { BlockedCase, Probe } from './blocked-case';
import { healthyVpc, withNacl, withProps, OPEN_NACL_RULE } from '../../fixtures/designs';
import { dualStack, nlbOneZone, webBehindEgressOnly, withNlb } from './nlb-ipv6-fixtures';

const V6: TraceOptions = { ipVersion: 6 };
const toNlb = (design: Design, protocol: Protocol = 'tcp', port = 443): Probe => ({
  design,
  from: 'internet',
  to: 'nlb1',
  protocol,
  port,
});

export const NLB_IPV6_CASES: BlockedCase[] = [
  {
    name: 'NLB cross-zone off, AZ b without a target',
    code: 'NLB_ZONE_NO_TARGET',
    resource: 'nlb1',
    broken: () => toNlb(nlbOneZone()),
    healthy: () => toNlb(nlbOneZone({ crossZone: true })),
  },
  {
    name: 'NLB target group admits only the VPC, but the client IP is preserved',
    code: 'SG_INGRESS_DENIED',
    resource: 'sgGame',
    broken: () => ({
      design: withProps(withNlb(), 'sgGame', {
        inbound: [{ protocol: 'tcp', ports: '443', peer: '10.0.0.0/16' }],
      }),
      from: 'nlb1',
      to: 'gameA',
      port: 443,
    }),
    healthy: () => ({ design: withNlb(), from: 'nlb1', to: 'gameA', port: 443 }),
  },
  {
    name: 'NLB with an HTTPS listener (an ALB protocol)',
    code: 'NO_LISTENER',
    raCode: 'ELBV2_LISTENER_PORT_RESTRICTION',
    resource: 'nlb1',
    broken: () => toNlb(withNlb(healthyVpc(), { listeners: [{ port: 443, protocol: 'HTTPS' }] })),
    healthy: () => toNlb(withNlb(healthyVpc(), { listeners: [{ port: 443, protocol: 'TLS' }] })),
  },
  {
    name: 'UDP to an NLB with a TCP listener only',
    code: 'NO_LISTENER',
    resource: 'nlb1',
    broken: () => toNlb(withNlb(), 'udp', 443),
    healthy: () =>
      toNlb(withNlb(healthyVpc(), { listeners: [{ port: 443, protocol: 'TCP_UDP' }] }), 'udp', 443),
  },
  {
    name: 'internal NLB from the internet',
    code: 'INTERNAL_ONLY',
    resource: 'nlb1',
    broken: () => toNlb(withNlb(healthyVpc(), { scheme: 'internal' })),
    healthy: () => toNlb(withNlb()),
  },
  {
    name: 'IPv6 from the internet to a server behind an egress-only gateway',
    code: 'EGRESS_ONLY_INBOUND',
    resource: 'eigw1',
    broken: () => ({ design: webBehindEgressOnly(), from: 'internet', to: 'web', port: 443, options: V6 }),
    healthy: () => ({ design: dualStack(), from: 'internet', to: 'web', port: 443, options: V6 }),
  },
  {
    name: 'IPv6 from a subnet without an IPv6 block',
    code: 'NO_IPV6_ADDRESS',
    resource: 'privA',
    broken: () => ({
      design: withProps(dualStack(), 'privA', { ipv6Cidr: undefined }),
      from: 'worker',
      to: 'internet',
      port: 443,
      options: V6,
    }),
    healthy: () => ({ design: dualStack(), from: 'worker', to: 'internet', port: 443, options: V6 }),
  },
  {
    name: 'IPv6 ::/0 routed to a NAT gateway',
    code: 'NO_ROUTE',
    resource: 'rtPrivA',
    broken: () => ({
      design: withProps(dualStack(), 'rtPrivA', {
        routes: [
          { destination: '0.0.0.0/0', target: 'natA' },
          { destination: '::/0', target: 'natA' },
        ],
      }),
      from: 'worker',
      to: 'internet',
      port: 443,
      options: V6,
    }),
    healthy: () => ({ design: dualStack(), from: 'worker', to: 'internet', port: 443, options: V6 }),
  },
  {
    name: 'IPv6 without a ::/0 route (IPv4 is fine)',
    code: 'NO_ROUTE',
    resource: 'rtPrivA',
    broken: () => ({
      design: withProps(dualStack(), 'rtPrivA', { routes: [{ destination: '0.0.0.0/0', target: 'natA' }] }),
      from: 'worker',
      to: 'internet',
      port: 443,
      options: V6,
    }),
    healthy: () => ({ design: dualStack(), from: 'worker', to: 'internet', port: 443, options: V6 }),
  },
  {
    name: 'a network ACL with IPv4 rules only drops IPv6',
    code: 'NACL_INGRESS_DENIED',
    resource: 'naclWeb',
    broken: () => ({
      design: withNacl(
        dualStack(),
        'pubA',
        { inbound: [OPEN_NACL_RULE], outbound: [OPEN_NACL_RULE] },
        'naclWeb',
      ),
      from: 'internet',
      to: 'web',
      port: 443,
      options: V6,
    }),
    healthy: () => ({
      design: withNacl(
        dualStack(),
        'pubA',
        {
          inbound: [OPEN_NACL_RULE, { rule: 101, protocol: 'all', cidr: '::/0', action: 'allow' }],
          outbound: [OPEN_NACL_RULE, { rule: 101, protocol: 'all', cidr: '::/0', action: 'allow' }],
        },
        'naclWeb',
      ),
      from: 'internet',
      to: 'web',
      port: 443,
      options: V6,
    }),
  },
  {
    name: 'a security group admitting 0.0.0.0/0 only, reached over IPv6',
    code: 'SG_INGRESS_DENIED',
    resource: 'sgWeb',
    broken: () => ({
      design: withProps(dualStack(), 'sgWeb', {
        inbound: [{ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0' }],
      }),
      from: 'internet',
      to: 'web',
      port: 443,
      options: V6,
    }),
    healthy: () => ({ design: dualStack(), from: 'internet', to: 'web', port: 443, options: V6 }),
  },
];

/**
 * Twins for the Network Load Balancer and IPv6 (dual stack) checks, built on healthyVpc():
 *   withNlb(): nlb1 (internet-facing, TCP:443, no security group, pubA + pubB) -> gameA (EC2 in
 *     privA) and gameB (EC2 in privB), whose group sgGame admits TCP 443 from 0.0.0.0/0 (the
 *     clients' addresses arrive unchanged);
 *   dualStack(): vpc1 2600:1f18:abcd:1200::/56, a /64 per public and private subnet; rtPublic
 *     ::/0 -> igw1, rtPrivA / rtPrivB ::/0 -> eigw1 (egress-only); web (EC2 in pubA, sgWeb: TCP
 *     443 from ::/0) and worker (privA) reach and are reached over IPv6.
 */
import type { Design, Resource } from '../../../shared/model/types';
import { healthyVpc, withAdded, withConnections, withProps } from '../../fixtures/designs';

export function withNlb(design: Design = healthyVpc(), nlbProps: Record<string, unknown> = {}): Design {
  const resources: Resource[] = [
    {
      id: 'sgGame',
      type: 'security-group',
      parent: 'vpc1',
      props: { inbound: [{ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0' }] },
    },
    {
      id: 'nlb1',
      type: 'nlb',
      parent: 'vpc1',
      props: {
        scheme: 'internet-facing',
        subnets: ['pubA', 'pubB'],
        listeners: [{ port: 443, protocol: 'TCP' }],
        ...nlbProps,
      } as Extract<Resource, { type: 'nlb' }>['props'],
    },
    { id: 'gameA', type: 'ec2-instance', parent: 'privA', props: { securityGroups: ['sgGame'] } },
    { id: 'gameB', type: 'ec2-instance', parent: 'privB', props: { securityGroups: ['sgGame'] } },
  ];
  return withConnections(
    withAdded(design, ...resources),
    { id: 'cNlb', from: 'internet', to: 'nlb1', protocol: 'tcp', port: 443 },
    { id: 'cGameA', from: 'nlb1', to: 'gameA', protocol: 'tcp', port: 443 },
    { id: 'cGameB', from: 'nlb1', to: 'gameB', protocol: 'tcp', port: 443 },
  );
}

/** Only gameA behind the NLB: AZ b's node has no target of its own. */
export function nlbOneZone(nlbProps: Record<string, unknown> = {}): Design {
  const design = withNlb(healthyVpc(), nlbProps);
  return {
    ...design,
    resources: design.resources.filter((r) => r.id !== 'gameB'),
    connections: design.connections.filter((c) => c.to !== 'gameB'),
  };
}

export const V6 = {
  vpc: '2600:1f18:abcd:1200::/56',
  pubA: '2600:1f18:abcd:1200::/64',
  pubB: '2600:1f18:abcd:1201::/64',
  privA: '2600:1f18:abcd:1210::/64',
  privB: '2600:1f18:abcd:1211::/64',
} as const;

export function dualStack(design: Design = healthyVpc()): Design {
  let result = withProps(design, 'vpc1', { ipv6Cidr: V6.vpc });
  for (const subnet of ['pubA', 'pubB', 'privA', 'privB'] as const) {
    result = withProps(result, subnet, { ipv6Cidr: V6[subnet] });
  }
  result = withProps(result, 'rtPublic', {
    routes: [
      { destination: '0.0.0.0/0', target: 'igw1' },
      { destination: '::/0', target: 'igw1' },
    ],
  });
  for (const [table, nat] of [
    ['rtPrivA', 'natA'],
    ['rtPrivB', 'natB'],
  ] as const) {
    result = withProps(result, table, {
      routes: [
        { destination: '0.0.0.0/0', target: nat },
        { destination: '::/0', target: 'eigw1' },
      ],
    });
  }
  return withConnections(
    withAdded(
      result,
      { id: 'eigw1', type: 'egress-only-internet-gateway', parent: 'vpc1', props: {} },
      {
        id: 'sgWeb',
        type: 'security-group',
        parent: 'vpc1',
        props: { inbound: [{ protocol: 'tcp', ports: '443', peer: '::/0' }] },
      },
      { id: 'web', type: 'ec2-instance', parent: 'pubA', props: { securityGroups: ['sgWeb'] } },
    ),
    { id: 'cWeb6', from: 'internet', to: 'web', protocol: 'tcp', port: 443, ipVersion: 6 },
    { id: 'cOut6', from: 'worker', to: 'internet', protocol: 'tcp', port: 443, ipVersion: 6 },
  );
}

/** The same server moved to privA: its subnet's ::/0 goes to the egress-only gateway. */
export function webBehindEgressOnly(): Design {
  const design = dualStack();
  return {
    ...design,
    resources: design.resources.map((r) => (r.id === 'web' ? { ...r, parent: 'privA' } : r)),
  };
}

/**
 * Security group and network ACL rules: CloudFormation's IpProtocol/FromPort/ToPort and
 * Protocol/PortRange read as Skyplan rules ("tcp", "443" or "1024-65535").
 */
import type { NetworkAclRule, Protocol, SecurityGroupRule } from '../../model/types';
import type { Mapper } from './mapper';
import { num, str } from './mapper';
import { isRecord, textOf } from './values';

export function protocolOf(value: unknown): Protocol | undefined {
  const text = (textOf(value) ?? '').toLowerCase();
  if (text === 'tcp' || text === '6') return 'tcp';
  if (text === 'udp' || text === '17') return 'udp';
  if (text === 'icmp' || text === '1') return 'icmp';
  if (text === '-1' || text === 'all') return 'all';
  return undefined;
}

export function portsOf(protocol: Protocol, from: unknown, to: unknown): string | undefined {
  if (protocol === 'all' || protocol === 'icmp') return undefined;
  const low = num(from);
  const high = num(to) ?? low;
  if (low === undefined || high === undefined || low < 0 || (low === 0 && high === 65535)) return undefined;
  return low === high ? String(low) : `${low}-${high}`;
}

export function sgRule(
  m: Mapper,
  rule: Record<string, unknown>,
  peerKeys: readonly string[],
): SecurityGroupRule | undefined {
  const protocol = protocolOf(rule.IpProtocol);
  if (!protocol) return undefined;
  let peer: string | undefined;
  for (const key of peerKeys) {
    const value = rule[key];
    if (value === undefined) continue;
    peer = key.startsWith('Cidr') ? str(value) : m.ref(value, 'security-group');
    if (peer) break;
  }
  if (!peer) return undefined;
  const ports = portsOf(protocol, rule.FromPort, rule.ToPort);
  const description = str(rule.Description);
  return { protocol, ...(ports ? { ports } : {}), peer, ...(description ? { description } : {}) };
}

export const INGRESS_PEERS = ['CidrIp', 'SourceSecurityGroupId'] as const;
export const EGRESS_PEERS = ['CidrIp', 'DestinationSecurityGroupId'] as const;

function ruleList(
  m: Mapper,
  r: { line?: number; id: string },
  value: unknown,
  peers: readonly string[],
): SecurityGroupRule[] {
  const out: SecurityGroupRule[] = [];
  for (const item of Array.isArray(value) ? value : []) {
    const rule = isRecord(item) ? sgRule(m, item, peers) : undefined;
    if (rule) out.push(rule);
    else m.warn('interop.warn.ruleSkipped', { id: r.id }, r.line);
  }
  return out;
}

export function naclRule(props: Record<string, unknown>): NetworkAclRule | undefined {
  const protocol = protocolOf(props.Protocol);
  const rule = num(props.RuleNumber);
  const cidr = str(props.CidrBlock);
  if (!protocol || rule === undefined || !cidr) return undefined;
  const range = isRecord(props.PortRange) ? props.PortRange : {};
  const ports = portsOf(protocol, range.From, range.To);
  const action = (str(props.RuleAction) ?? 'allow').toLowerCase() === 'deny' ? 'deny' : 'allow';
  return { rule, protocol, ...(ports ? { ports } : {}), cidr, action };
}

/** Security group rules written inline on the group (resolved after every group exists). */
export function inlineRules(
  m: Mapper,
  r: { id: string; line?: number; props: Record<string, unknown> },
): void {
  const sg = m.get(r.id, 'security-group');
  if (!sg) return;
  sg.props.inbound.push(...ruleList(m, r, r.props.SecurityGroupIngress, INGRESS_PEERS));
  if (r.props.SecurityGroupEgress !== undefined) {
    // The idiom for "no egress": one all-traffic rule to 127.0.0.1/32, which nothing matches.
    const rules = ruleList(m, r, r.props.SecurityGroupEgress, EGRESS_PEERS).filter(
      (rule) => !(rule.protocol === 'all' && rule.peer === '127.0.0.1/32'),
    );
    sg.props.outbound = [...(sg.props.outbound ?? []), ...rules];
  }
}

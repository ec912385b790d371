/**
 * Protocol and port matching shared by security groups and network ACLs. A rule's `ports` is
 * "443" or "1024-65535"; absent means every port. ICMP and "all" rules ignore ports.
 */
import type { Protocol } from '../model/types';
import type { PortRange } from './types';

const PORTS_PATTERN = /^(\d{1,5})(?:-(\d{1,5}))?$/;
export const ALL_PORTS: PortRange = { from: 0, to: 65535 };

/** Parses a rule's ports; an absent or unreadable value means every port (the schema reports bad text). */
export function parsePorts(text: string | undefined): PortRange {
  if (typeof text !== 'string') return ALL_PORTS;
  const match = PORTS_PATTERN.exec(text.trim());
  if (!match) return ALL_PORTS;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return { from, to };
}

export function toRange(port: number | PortRange | undefined): PortRange {
  if (port === undefined) return ALL_PORTS;
  return typeof port === 'number' ? { from: port, to: port } : port;
}

export function protocolMatches(rule: Protocol, flow: Protocol): boolean {
  return rule === 'all' || rule === flow;
}

/** Whether ports matter for this rule and flow: they do for TCP and UDP only. */
export function usesPorts(rule: Protocol, flow: Protocol): boolean {
  return rule !== 'all' && rule !== 'icmp' && flow !== 'icmp' && flow !== 'all';
}

/** The rule's range covers the whole flow range. */
export function covers(rule: PortRange, flow: PortRange): boolean {
  return rule.from <= flow.from && flow.to <= rule.to;
}

/** Printable port text for messages: "443", "1024-65535" or "all". */
export function portText(port: number | PortRange | undefined): string {
  if (port === undefined) return 'all';
  if (typeof port === 'number') return String(port);
  if (port.from === 0 && port.to === 65535) return 'all';
  return port.from === port.to ? String(port.from) : `${port.from}-${port.to}`;
}

/** A NACL rule that applies to the flow's protocol and address, with the ports it covers for it. */
export interface NaclRuleSpan {
  rule: number;
  action: 'allow' | 'deny';
  span: PortRange;
}

/** A NACL's verdict on a flow's port range; `uncovered`: the part a deny or the implicit deny met. */
export interface PortVerdict {
  allowed: boolean;
  rule: number | '*';
  uncovered?: PortRange;
}

/**
 * Walks a NACL's rules in number order (the caller sorts them), keeping the part of the flow's
 * port range not yet decided: a deny that touches it drops the flow; allows chip away at it
 * until nothing is left; whatever is left at the end meets the implicit deny ('*'). IPv4 and
 * IPv6 rules differ only in how `applies` matches an address.
 */
export function decidePorts<R>(
  rules: readonly R[],
  port: number | PortRange | undefined,
  /** The rule as the walk sees it, or null when it does not apply to the flow's protocol or address. */
  applies: (rule: R) => NaclRuleSpan | null,
): PortVerdict {
  let remaining: PortRange[] = [toRange(port)];
  let firstAllow: number | undefined;
  for (const candidate of rules) {
    const applied = applies(candidate);
    if (!applied) continue;
    const { rule, action, span } = applied;
    const hit = remaining.find((r) => r.from <= span.to && span.from <= r.to);
    if (!hit) continue;
    if (action === 'deny') {
      const uncovered = { from: Math.max(hit.from, span.from), to: Math.min(hit.to, span.to) };
      return { allowed: false, rule, uncovered };
    }
    firstAllow ??= rule;
    remaining = remaining.flatMap((r) => subtract(r, span));
    if (remaining.length === 0) return { allowed: true, rule: firstAllow };
  }
  return { allowed: false, rule: '*', uncovered: remaining[0] };
}

/** `range` minus `cut`: zero, one or two ranges. */
function subtract(range: PortRange, cut: PortRange): PortRange[] {
  if (cut.to < range.from || cut.from > range.to) return [range];
  const parts: PortRange[] = [];
  if (range.from < cut.from) parts.push({ from: range.from, to: cut.from - 1 });
  if (cut.to < range.to) parts.push({ from: cut.to + 1, to: range.to });
  return parts;
}

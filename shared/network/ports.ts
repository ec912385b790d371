/**
 * Protocol and port matching shared by security groups and network ACLs. A rule's `ports` is
 * "443" or "1024-65535"; absent means every port. ICMP and "all" rules ignore ports.
 */
import type { Protocol } from '../model/types';
import type { PortRange } from './types';

const PORTS_PATTERN = /^(\d{1,5})(?:-(\d{1,5}))?$/;
const ALL_PORTS: PortRange = { from: 0, to: 65535 };

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

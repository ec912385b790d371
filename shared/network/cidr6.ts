/**
 * IPv6 CIDR math on 128-bit BigInts. Kept apart from the IPv4 math (cidr.ts), which stays on
 * plain 32-bit numbers for speed: IPv6 is traced only for connections that ask for it
 * (`ipVersion: 6`), so these functions run a few times per trace, not thousands.
 */

export interface Cidr6 {
  /** Network address as a 128-bit integer (host bits cleared). */
  network: bigint;
  prefix: number;
  /** "2001:db8:1234:1a00::/64": lower case, longest zero run compressed, host bits cleared. */
  canonical: string;
  /** The text had host bits set; AWS rejects such blocks. */
  hostBitsSet: boolean;
}

const ALL = (1n << 128n) - 1n;
const HEXTET = /^[0-9a-fA-F]{1,4}$/;

function maskOf(prefix: number): bigint {
  return prefix === 0 ? 0n : (ALL << BigInt(128 - prefix)) & ALL;
}

function hextets(text: string): number[] | undefined {
  if (text === '') return [];
  const parts = text.split(':');
  if (!parts.every((part) => HEXTET.test(part))) return undefined;
  return parts.map((part) => parseInt(part, 16));
}

/** Parses "2001:db8::1" (no zone, no embedded IPv4); undefined when it is not an IPv6 address. */
export function parseIp6(text: string): bigint | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  const halves = trimmed.split('::');
  if (halves.length > 2) return undefined;
  const head = hextets(halves[0] ?? '');
  const tail = halves.length === 2 ? hextets(halves[1] ?? '') : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const all = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return all.reduce((value, part) => (value << 16n) | BigInt(part), 0n);
}

/** RFC 5952 text: lower case, the longest run of two or more zero groups as "::". */
export function ip6ToString(value: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

const parsed = new Map<string, Cidr6 | null>();

/** Parses "2001:db8::/56"; undefined for anything else (IPv4 CIDRs included). */
export function parseCidr6(text: string): Cidr6 | undefined {
  if (typeof text !== 'string') return undefined;
  let found = parsed.get(text);
  if (found === undefined) {
    found = parseText(text) ?? null;
    if (parsed.size >= 4096) parsed.clear();
    parsed.set(text, found ? Object.freeze(found) : null);
  }
  return found ?? undefined;
}

function parseText(text: string): Cidr6 | undefined {
  const slash = text.lastIndexOf('/');
  if (slash < 0) return undefined;
  const prefixText = text.slice(slash + 1).trim();
  if (!/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const address = parseIp6(text.slice(0, slash));
  if (address === undefined || prefix > 128) return undefined;
  const network = address & maskOf(prefix);
  return {
    network,
    prefix,
    canonical: `${ip6ToString(network)}/${prefix}`,
    hostBitsSet: network !== address,
  };
}

export function containsIp6(cidr: Cidr6, ip: bigint): boolean {
  return (ip & maskOf(cidr.prefix)) === cidr.network;
}

export function containsCidr6(outer: Cidr6, inner: Cidr6): boolean {
  return inner.prefix >= outer.prefix && containsIp6(outer, inner.network);
}

export function overlaps6(a: Cidr6, b: Cidr6): boolean {
  return containsCidr6(a, b) || containsCidr6(b, a);
}

/** The text looks like an IPv6 CIDR (has a colon): the schema then checks it as one. */
export function looksLikeIpv6(text: unknown): boolean {
  return typeof text === 'string' && text.includes(':');
}

/**
 * IPv4 CIDR math on unsigned 32-bit integers. Written here rather than taken from a library:
 * the engine needs only parse, contain, overlap and size, it runs these thousands of times per
 * validation (longest-prefix match for every hop), and plain numbers keep that cheap.
 */

export interface Cidr {
  /** Network address as an unsigned 32-bit integer (host bits cleared). */
  network: number;
  prefix: number;
  /** "10.0.1.0/24", with host bits cleared. */
  canonical: string;
  /** The text had host bits set ("10.0.1.5/24"); AWS rejects such blocks. */
  hostBitsSet: boolean;
}

const CIDR_PATTERN = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
const IP_PATTERN = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

// Traces print the same few thousand addresses over and over; remember their text.
const ipTexts = new Map<number, string>();

export function ipToString(value: number): string {
  let text = ipTexts.get(value);
  if (text === undefined) {
    text = `${value >>> 24}.${(value >>> 16) & 0xff}.${(value >>> 8) & 0xff}.${value & 0xff}`;
    if (ipTexts.size >= 65536) ipTexts.clear();
    ipTexts.set(value, text);
  }
  return text;
}

function octets(parts: (string | undefined)[]): number | undefined {
  let value = 0;
  for (const part of parts) {
    const octet = Number(part);
    // Leading zeros ("010") are ambiguous (octal in some tools); refuse them.
    if (part === undefined || octet > 255 || (part.length > 1 && part.startsWith('0'))) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

export function parseIp(text: string): number | undefined {
  // Half-edited designs reach the engine before the schema check: a non-string is no address.
  if (typeof text !== 'string') return undefined;
  const match = IP_PATTERN.exec(text.trim());
  return match ? octets(match.slice(1, 5)) : undefined;
}

// Designs repeat the same few CIDR texts (a subnet's block for every resource placed in it,
// 0.0.0.0/0 in most rules and routes), and every new design object re-reads them: parse each
// text once. Cidr values are never mutated, so sharing one object per text is safe.
const parsedCidrs = new Map<string, Cidr | null>();

export function parseCidr(text: string): Cidr | undefined {
  if (typeof text !== 'string') return undefined;
  let parsed = parsedCidrs.get(text);
  if (parsed === undefined) {
    const fresh = parseCidrText(text);
    parsed = fresh ? Object.freeze(fresh) : null;
    if (parsedCidrs.size >= 65536) parsedCidrs.clear();
    parsedCidrs.set(text, parsed);
  }
  return parsed ?? undefined;
}

function parseCidrText(text: string): Cidr | undefined {
  const match = CIDR_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const address = octets(match.slice(1, 5));
  const prefix = Number(match[5]);
  if (address === undefined || prefix > 32) return undefined;
  const network = (address & maskOf(prefix)) >>> 0;
  return {
    network,
    prefix,
    canonical: `${ipToString(network)}/${prefix}`,
    hostBitsSet: network !== address,
  };
}

// 2 ** n is a Math.pow call in V8; the 33 possible sizes are looked up instead.
const SIZES: readonly number[] = Array.from({ length: 33 }, (_, prefix) => 2 ** (32 - prefix));

/** Number of addresses in the block. */
export function sizeOf(cidr: Cidr): number {
  return SIZES[cidr.prefix] ?? 2 ** (32 - cidr.prefix);
}

export function lastAddress(cidr: Cidr): number {
  return (cidr.network + sizeOf(cidr) - 1) >>> 0;
}

export function containsIp(cidr: Cidr, ip: number): boolean {
  return (ip & maskOf(cidr.prefix)) >>> 0 === cidr.network;
}

/** `inner` lies entirely inside `outer`. */
export function containsCidr(outer: Cidr, inner: Cidr): boolean {
  return inner.prefix >= outer.prefix && containsIp(outer, inner.network);
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return containsCidr(a, b) || containsCidr(b, a);
}

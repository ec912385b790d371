import { describe, expect, it } from 'vitest';
import {
  containsCidr,
  containsIp,
  ipToString,
  lastAddress,
  maskOf,
  overlaps,
  parseCidr,
  parseIp,
  sizeOf,
} from '../../../shared/network/cidr';
import { parsePorts, portText } from '../../../shared/network/ports';

function cidr(text: string) {
  const parsed = parseCidr(text);
  if (!parsed) throw new Error(`bad CIDR in test: ${text}`);
  return parsed;
}

describe('IPv4 CIDR math', () => {
  it('parses addresses and blocks, refusing out-of-range octets, prefixes and leading zeros', () => {
    expect(parseIp('10.0.1.5')).toBe(0x0a000105);
    expect(parseIp('255.255.255.255')).toBe(0xffffffff);
    expect(parseIp('256.0.0.1')).toBeUndefined();
    expect(parseIp('10.0.01.5')).toBeUndefined();
    expect(parseIp('10.0.1')).toBeUndefined();
    expect(parseCidr('10.0.0.0/33')).toBeUndefined();
    expect(parseCidr('10.0.0.0')).toBeUndefined();
    expect(cidr('0.0.0.0/0')).toMatchObject({ network: 0, prefix: 0, canonical: '0.0.0.0/0' });
  });

  it('clears host bits and says so', () => {
    expect(cidr('10.0.1.5/24')).toMatchObject({ canonical: '10.0.1.0/24', hostBitsSet: true });
    expect(cidr('10.0.1.0/24').hostBitsSet).toBe(false);
  });

  it('computes masks, sizes and last addresses, including /0 and /32', () => {
    expect(maskOf(0)).toBe(0);
    expect(maskOf(24)).toBe(0xffffff00);
    expect(maskOf(32)).toBe(0xffffffff);
    expect(sizeOf(cidr('10.0.0.0/16'))).toBe(65536);
    expect(sizeOf(cidr('10.0.0.7/32'))).toBe(1);
    expect(ipToString(lastAddress(cidr('10.0.0.0/24')))).toBe('10.0.0.255');
    expect(ipToString(lastAddress(cidr('0.0.0.0/0')))).toBe('255.255.255.255');
  });

  it('tests containment of addresses and blocks', () => {
    expect(containsIp(cidr('10.0.0.0/16'), parseIp('10.0.255.1') ?? -1)).toBe(true);
    expect(containsIp(cidr('10.0.0.0/16'), parseIp('10.1.0.1') ?? -1)).toBe(false);
    expect(containsIp(cidr('0.0.0.0/0'), parseIp('203.0.113.10') ?? -1)).toBe(true);
    expect(containsCidr(cidr('10.0.0.0/16'), cidr('10.0.4.0/22'))).toBe(true);
    expect(containsCidr(cidr('10.0.4.0/22'), cidr('10.0.0.0/16'))).toBe(false);
  });

  it('detects overlap in either direction and none between neighbours', () => {
    expect(overlaps(cidr('10.0.0.0/16'), cidr('10.0.3.0/24'))).toBe(true);
    expect(overlaps(cidr('10.0.3.0/24'), cidr('10.0.0.0/16'))).toBe(true);
    expect(overlaps(cidr('10.0.0.0/24'), cidr('10.0.1.0/24'))).toBe(false);
  });
});

describe('ports', () => {
  it('reads one port, a range, or every port when absent', () => {
    expect(parsePorts('443')).toEqual({ from: 443, to: 443 });
    expect(parsePorts('1024-65535')).toEqual({ from: 1024, to: 65535 });
    expect(parsePorts(undefined)).toEqual({ from: 0, to: 65535 });
    expect(portText({ from: 1024, to: 65535 })).toBe('1024-65535');
    expect(portText(undefined)).toBe('all');
  });
});

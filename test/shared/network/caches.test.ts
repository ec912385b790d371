/**
 * The engine's speed-ups (parsed CIDRs shared by text, longest-prefix answers kept per table,
 * results that walk their hops on first read) must never change an answer.
 */
import { describe, expect, it } from 'vitest';
import { networkOf, parseCidr, parseIp, trace, traceAll } from '../../../shared/network/index';
import { healthyVpc, isolatedPrivA, withProps } from '../../fixtures/designs';

function ip(text: string): number {
  const value = parseIp(text);
  if (value === undefined) throw new Error(`bad address in test: ${text}`);
  return value;
}

describe('engine caches', () => {
  it('parses each CIDR text once and shares a read-only result', () => {
    const first = parseCidr('10.0.1.0/24');
    expect(parseCidr('10.0.1.0/24')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // Text that is not a block stays undefined on every read, cached or not.
    expect(parseCidr('10.0.1.0/33')).toBeUndefined();
    expect(parseCidr('10.0.1.0/33')).toBeUndefined();
  });

  it('answers a repeated longest-prefix question the same, per subnet table', () => {
    const model = networkOf(healthyVpc());
    const inside = model.routeFor('privA', { ip: ip('10.0.21.9') });
    const outside = model.routeFor('privA', { ip: ip('8.8.8.8') });
    expect(inside?.target).toBe('local');
    expect(outside?.target).not.toBe('local');
    expect(model.routeFor('privA', { ip: ip('10.0.21.9') })).toBe(inside);
    expect(model.routeFor('privA', { ip: ip('8.8.8.8') })).toBe(outside);
    // No route at all is remembered as such, not looked up as a new question.
    const isolated = networkOf(isolatedPrivA());
    expect(isolated.routeFor('privA', { ip: ip('8.8.8.8') })).toBeUndefined();
    expect(isolated.routeFor('privA', { ip: ip('8.8.8.8') })).toBeUndefined();
  });

  it('gives traceAll results the hops and JSON of a recorded trace', () => {
    const design = healthyVpc();
    for (const connection of design.connections) {
      const result = traceAll(design).get(connection.id);
      const direct = trace(design, connection.from, connection.to, connection.protocol, connection.port);
      expect(result?.hops).toEqual(direct.hops);
      expect(result?.hops).toBe(result?.hops);
      expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(JSON.stringify(direct)));
      expect(JSON.parse(JSON.stringify(result))).toHaveProperty('hops');
    }
  });

  it('keeps placements per subnet in document order across resources', () => {
    const design = withProps(healthyVpc(), 'privA', { cidr: '10.0.1.0/24' });
    const model = networkOf(design);
    const addresses = design.resources
      .flatMap((r) => model.placementsOf(r.id))
      .filter((p) => p.subnet.id === 'privA')
      .map((p) => p.ip);
    expect(addresses.length).toBeGreaterThan(1);
    expect(addresses).toEqual(addresses.map((_, k) => ip('10.0.1.4') + k));
  });
});

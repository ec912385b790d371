/** NLB capacity units and the IPv6 side of a dual-stack design, against hand-worked figures (730 h). */
import { describe, expect, it } from 'vitest';
import { nlcuDimensions, nlcuProtocolOf } from '../../../shared/cost/functions/nlb';
import type { Resource } from '../../../shared/model/types';
import { amounts, design, lineOf, price, vpcWithSubnets } from './helpers';

const net = vpcWithSubnets(['a', 'b']);

function nlb(props: Record<string, unknown>): Resource {
  return {
    id: 'nlb',
    type: 'nlb',
    parent: 'vpc',
    props: {
      scheme: 'internet-facing',
      subnets: ['subnet-a', 'subnet-b'],
      listeners: [{ port: 443, protocol: 'TCP' }],
      ...props,
    },
  } as Resource;
}

describe('Network Load Balancer', () => {
  it('bills the largest NLCU dimension of the listener protocol', () => {
    // TCP: 1,600 new/s / 800 = 2; 50,000 active / 100,000 = 0.5; 1 GB/h / 1 = 1 -> 2 NLCU.
    expect(
      nlcuDimensions({
        protocol: 'TCP',
        newConnectionsPerSec: 1600,
        activeConnections: 50_000,
        processedGbPerHour: 1,
      }).nlcu,
    ).toBe(2);
    // TLS: 100 new/s / 50 = 2; 6,000 active / 3,000 = 2; 3 GB/h / 1 = 3 -> 3 NLCU.
    expect(
      nlcuDimensions({
        protocol: 'TLS',
        newConnectionsPerSec: 100,
        activeConnections: 6000,
        processedGbPerHour: 3,
      }).nlcu,
    ).toBe(3);
    expect(nlcuProtocolOf([{ port: 53, protocol: 'UDP' }])).toBe('UDP');
    expect(
      nlcuProtocolOf([
        { port: 443, protocol: 'TCP' },
        { port: 8443, protocol: 'TLS' },
      ]),
    ).toBe('TLS');
  });

  it('prices hours, NLCUs and one public IPv4 per AZ when internet-facing (us-east-1)', () => {
    const report = price(
      design([...net, nlb({ newConnectionsPerSec: 800, activeConnections: 1000, processedGbPerHour: 0.5 })]),
    );
    // 730 x 0.0225 = 16.425 -> 16.43; 1 NLCU x 730 x 0.006 = 4.38; 2 AZs x 730 x 0.005 = 7.30.
    expect(amounts(report, 'nlb')).toEqual({ hours: 16.43, nlcu: 4.38, ipv4: 7.3 });
    expect(lineOf(report, 'nlb', 'hours').description.key).toBe('cost.line.nlb.hours');
  });

  it('an internal NLB has no public IPv4 line', () => {
    const report = price(design([...net, nlb({ scheme: 'internal' })]));
    expect(Object.keys(amounts(report, 'nlb'))).toEqual(['hours', 'nlcu']);
  });

  it('is priced in Seoul too', () => {
    const report = price({ ...design([...net, nlb({})]), region: 'ap-northeast-2' });
    expect(amounts(report, 'nlb').hours).toBe(16.43);
  });
});

describe('IPv6', () => {
  it('an egress-only internet gateway is free (IPv6 needs no NAT gateway)', () => {
    const report = price(
      design([...net, { id: 'eigw', type: 'egress-only-internet-gateway', parent: 'vpc', props: {} }]),
    );
    expect(amounts(report, 'eigw')).toEqual({ free: 0 });
    expect(lineOf(report, 'eigw', 'free').description.key).toBe(
      'cost.line.free.egress-only-internet-gateway',
    );
  });
});

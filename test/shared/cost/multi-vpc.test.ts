/**
 * Peering and transit gateway prices in both Regions, against the pricing reference's figures:
 * a TGW attachment is $36.50 a month in us-east-1 and $51.10 in Seoul (730 hours).
 */
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../shared/model/types';
import { amounts, design, lineOf, price, vpcWithSubnets } from './helpers';

const peering = (props: Record<string, unknown>): Resource =>
  ({
    id: 'pcx',
    type: 'vpc-peering',
    props: { requesterVpc: 'vpc1', accepterVpc: 'vpc1', ...props },
  }) as Resource;

const tgw: Resource[] = [
  { id: 'tgw', type: 'transit-gateway', props: {} },
  {
    id: 'att',
    type: 'transit-gateway-attachment',
    parent: 'vpc1',
    props: { transitGateway: 'tgw', subnets: ['subnet-a', 'subnet-b'], dataProcessedGbPerMonth: 100 },
  },
  {
    id: 'tgwRt',
    type: 'transit-gateway-route-table',
    props: { transitGateway: 'tgw', associations: ['att'] },
  },
];

describe('VPC peering cost', () => {
  it.each([
    ['us-east-1', 2, 1],
    ['ap-northeast-2', 2, 4],
  ])(
    '%s: cross-AZ GB billed out and in; inter-Region GB at the sending Region rate',
    (region, crossAz, interRegion) => {
      const report = price(
        design(
          [...vpcWithSubnets(), peering({ crossAzGbPerMonth: 100, interRegionGbPerMonth: 50 })],
          [],
          {},
          region,
        ),
      );
      expect(amounts(report, 'pcx')).toEqual({ connection: 0, crossAz, interRegion });
      expect(lineOf(report, 'pcx', 'crossAz').quantity).toBe(200);
      expect(lineOf(report, 'pcx', 'interRegion').priceKey).toBe('transfer.interRegionGb');
    },
  );

  it('a peering carrying nothing across AZs costs nothing', () => {
    const report = price(design([...vpcWithSubnets(), peering({})]));
    expect(amounts(report, 'pcx')).toEqual({ connection: 0, crossAz: 0 });
  });
});

describe('transit gateway cost', () => {
  it.each([
    ['us-east-1', 36.5],
    ['ap-northeast-2', 51.1],
  ])('%s: attachment hours plus data processed; gateway and route table free', (region, hours) => {
    const report = price(design([...vpcWithSubnets(), ...tgw], [], {}, region));
    expect(amounts(report, 'att')).toEqual({ hours, data: 2 });
    expect(amounts(report, 'tgw')).toEqual({ free: 0 });
    expect(amounts(report, 'tgwRt')).toEqual({ free: 0 });
  });
});

/**
 * The bundled price tables: well formed, sourced, alike in both regions, and complete: every
 * resource type in every variant prices without a missing figure in every supported region.
 */
import { describe, expect, it } from 'vitest';
import apNortheast2 from '../../../shared/cost/prices/ap-northeast-2.json';
import usEast1 from '../../../shared/cost/prices/us-east-1.json';
import { checkPriceTable, computeCost, priceTableFor, SUPPORTED_REGIONS } from '../../../shared/cost/index';
import type { Resource, ResourceType } from '../../../shared/model/types';
import { RESOURCE_TYPES } from '../../../shared/model/types';
import { PricingContext } from '../../../shared/cost/context';
import { priceResource } from '../../../shared/cost/functions/index';
import type { PriceTable } from '../../../shared/cost/index';
import { design, vpcWithSubnets } from './helpers';

const base = vpcWithSubnets(['a', 'b']);

/** Every priced variant of every type: architectures, FIFO, API types, deployments, instance sizes. */
const VARIANTS: Record<ResourceType, Resource[]> = {
  internet: [{ id: 'x', type: 'internet', props: {} }],
  vpc: [],
  subnet: [],
  'route-table': [{ id: 'x', type: 'route-table', parent: 'vpc1', props: { routes: [] } }],
  'internet-gateway': [{ id: 'x', type: 'internet-gateway', parent: 'vpc1', props: {} }],
  'nat-gateway': [{ id: 'x', type: 'nat-gateway', parent: 'subnet-a', props: {} }],
  'elastic-ip': [{ id: 'x', type: 'elastic-ip', props: {} }],
  'vpc-endpoint': [
    { id: 'x', type: 'vpc-endpoint', parent: 'vpc1', props: { service: 's3', endpointType: 'gateway' } },
    {
      id: 'y',
      type: 'vpc-endpoint',
      parent: 'vpc1',
      props: { service: 'sqs', endpointType: 'interface', subnets: ['subnet-a'] },
    },
  ],
  'security-group': [{ id: 'x', type: 'security-group', parent: 'vpc1', props: { inbound: [] } }],
  'network-acl': [{ id: 'x', type: 'network-acl', parent: 'vpc1', props: { inbound: [], outbound: [] } }],
  alb: [
    {
      id: 'x',
      type: 'alb',
      parent: 'vpc1',
      props: {
        scheme: 'internet-facing',
        subnets: ['subnet-a'],
        securityGroups: [],
        listeners: [],
        dataOutGbPerMonth: 500,
      },
    },
  ],
  'ecs-service': (['x86_64', 'arm64'] as const).map((cpuArchitecture, i) => ({
    id: `e${i}`,
    type: 'ecs-service' as const,
    parent: 'subnet-a',
    props: { securityGroups: [], cpuArchitecture, ephemeralStorageGb: 40, assignPublicIp: true },
  })),
  'ec2-instance': ['t3.micro', 't3.small', 't3.medium', 'm5.large', 'c5.large'].map((instanceType, i) => ({
    id: `i${i}`,
    type: 'ec2-instance' as const,
    parent: 'subnet-a',
    props: { instanceType, securityGroups: [], publicIp: true },
  })),
  'lambda-function': (['x86_64', 'arm64'] as const).map((architecture, i) => ({
    id: `f${i}`,
    type: 'lambda-function' as const,
    props: { architecture, ephemeralStorageMb: 1024 },
  })),
  'rds-instance': ['db.t3.micro', 'db.t3.medium'].flatMap((instanceClass, i) =>
    [false, true].map((multiAz) => ({
      id: `d${i}${multiAz ? 'm' : 's'}`,
      type: 'rds-instance' as const,
      parent: 'subnet-a',
      props: { instanceClass, multiAz, securityGroups: [], publiclyAccessible: true },
    })),
  ),
  's3-bucket': [{ id: 'x', type: 's3-bucket', props: {} }],
  'dynamodb-table': [{ id: 'x', type: 'dynamodb-table', props: {} }],
  'sqs-queue': [false, true].map((fifo, i) => ({ id: `q${i}`, type: 'sqs-queue' as const, props: { fifo } })),
  'sns-topic': [false, true].map((fifo, i) => ({ id: `t${i}`, type: 'sns-topic' as const, props: { fifo } })),
  'api-gateway': (['http', 'rest', 'websocket'] as const).map((apiType, i) => ({
    id: `a${i}`,
    type: 'api-gateway' as const,
    props: { apiType },
  })),
  'eventbridge-bus': [{ id: 'x', type: 'eventbridge-bus', props: {} }],
  nlb: [
    {
      id: 'x',
      type: 'nlb',
      parent: 'vpc1',
      props: {
        scheme: 'internet-facing',
        subnets: ['subnet-a', 'subnet-b'],
        listeners: [{ port: 443, protocol: 'TLS' }],
      },
    },
    {
      id: 'y',
      type: 'nlb',
      parent: 'vpc1',
      props: { scheme: 'internal', subnets: ['subnet-a'], listeners: [{ port: 53, protocol: 'UDP' }] },
    },
  ],
  'egress-only-internet-gateway': [
    { id: 'x', type: 'egress-only-internet-gateway', parent: 'vpc1', props: {} },
  ],
  'vpc-peering': [
    {
      id: 'x',
      type: 'vpc-peering',
      props: { requesterVpc: 'vpc1', accepterVpc: 'vpc1', crossAzGbPerMonth: 10 },
    },
    {
      id: 'y',
      type: 'vpc-peering',
      props: { requesterVpc: 'vpc1', accepterVpc: 'vpc1', interRegionGbPerMonth: 5 },
    },
  ],
  'transit-gateway': [{ id: 'x', type: 'transit-gateway', props: {} }],
  'transit-gateway-attachment': [
    {
      id: 'x',
      type: 'transit-gateway-attachment',
      parent: 'vpc1',
      props: { transitGateway: 'x', subnets: ['subnet-a', 'subnet-b'] },
    },
  ],
  'transit-gateway-route-table': [
    { id: 'x', type: 'transit-gateway-route-table', props: { transitGateway: 'x' } },
  ],
};

describe('price tables', () => {
  it.each(SUPPORTED_REGIONS)(
    '%s is well formed: every figure has unit, source URL, date and status',
    (region) => {
      expect(checkPriceTable(priceTableFor(region))).toEqual([]);
    },
  );

  it('both regions price the same figures', () => {
    expect(Object.keys(apNortheast2.prices).sort()).toEqual(Object.keys(usEast1.prices).sort());
    expect(Object.keys(apNortheast2.allowances).sort()).toEqual(Object.keys(usEast1.allowances).sort());
  });

  it('flags the checker catches: a missing source and a tier after an open-ended one', () => {
    const broken = JSON.parse(JSON.stringify(usEast1)) as { prices: Record<string, Record<string, unknown>> };
    delete broken.prices['nat.hour']?.sourceUrl;
    broken.prices['s3.standardGbMonth'] = {
      ...broken.prices['s3.standardGbMonth'],
      tiers: [
        { upTo: null, price: 1 },
        { upTo: 5, price: 2 },
      ],
    };
    const problems = checkPriceTable(broken);
    expect(problems).toContain('prices.nat.hour: sourceUrl missing');
    expect(problems).toContain('prices.s3.standardGbMonth: only the last tier is open-ended');
  });

  it('marks unverified (grade U) figures as estimates, as the reference asks', () => {
    const seoul = priceTableFor('ap-northeast-2');
    expect(seoul.prices['ec2.c5.large.hour']?.status).toBe('estimate');
    expect(seoul.prices['nat.hour']?.status).toBe('verified');
  });

  it.each(RESOURCE_TYPES.filter((type) => type !== 'vpc' && type !== 'subnet'))(
    'every variant of %s has a price in every supported region',
    (type) => {
      for (const region of SUPPORTED_REGIONS) {
        const doc = design([...base, ...VARIANTS[type]], [], {}, region);
        const report = computeCost(doc);
        for (const resource of VARIANTS[type]) {
          if (resource.type === 'internet') continue;
          const item = report.items.find((candidate) => candidate.resource === resource.id);
          expect(item, `${region} ${resource.id}`).toBeDefined();
          expect(
            item?.lines.filter((line) => line.unpriced),
            `${region} ${resource.id}`,
          ).toEqual([]);
        }
      }
    },
  );

  it('a figure missing from a table stops pricing with its key and region (what the test above relies on)', () => {
    const table = JSON.parse(JSON.stringify(priceTableFor('ap-northeast-2'))) as PriceTable;
    delete table.prices['nat.hour'];
    const doc = design([...base, ...VARIANTS['nat-gateway']], [], {}, 'ap-northeast-2');
    const ctx = new PricingContext(doc, table);
    expect(() => priceResource(VARIANTS['nat-gateway'][0]!, ctx)).toThrow(
      'price nat.hour missing in ap-northeast-2',
    );
  });
});

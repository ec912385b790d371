/** Savings hints, each with the amount at stake; routing answers come from shared/network. */
import { describe, expect, it } from 'vitest';
import type { CostHint } from '../../../shared/cost/index';
import type { Connection, Resource } from '../../../shared/model/types';
import { design, price } from './helpers';

/** A VPC with public subnets a/b (IGW) and private subnets a/b, each AZ routed to its own NAT or to natA. */
function network(options: { natPerAz: boolean; s3Endpoint?: boolean }): Resource[] {
  const resources: Resource[] = [
    { id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16' } },
    { id: 'igw', type: 'internet-gateway', parent: 'vpc1', props: {} },
    {
      id: 'rtPub',
      type: 'route-table',
      parent: 'vpc1',
      props: { routes: [{ destination: '0.0.0.0/0', target: 'igw' }] },
    },
    {
      id: 'pubA',
      type: 'subnet',
      parent: 'vpc1',
      props: { cidr: '10.0.0.0/24', az: 'a', routeTable: 'rtPub' },
    },
    {
      id: 'pubB',
      type: 'subnet',
      parent: 'vpc1',
      props: { cidr: '10.0.1.0/24', az: 'b', routeTable: 'rtPub' },
    },
    { id: 'natA', type: 'nat-gateway', parent: 'pubA', props: { dataProcessedGbPerMonth: 300 } },
    {
      id: 'rtA',
      type: 'route-table',
      parent: 'vpc1',
      props: { routes: [{ destination: '0.0.0.0/0', target: 'natA' }] },
    },
    {
      id: 'rtB',
      type: 'route-table',
      parent: 'vpc1',
      props: { routes: [{ destination: '0.0.0.0/0', target: options.natPerAz ? 'natB' : 'natA' }] },
    },
    {
      id: 'privA',
      type: 'subnet',
      parent: 'vpc1',
      props: { cidr: '10.0.10.0/24', az: 'a', routeTable: 'rtA' },
    },
    {
      id: 'privB',
      type: 'subnet',
      parent: 'vpc1',
      props: { cidr: '10.0.11.0/24', az: 'b', routeTable: 'rtB' },
    },
    { id: 'vmA', type: 'ec2-instance', parent: 'privA', props: { securityGroups: [] } },
    { id: 'bucket', type: 's3-bucket', props: {} },
  ];
  if (options.natPerAz) resources.push({ id: 'natB', type: 'nat-gateway', parent: 'pubB', props: {} });
  if (options.s3Endpoint) {
    resources.push({
      id: 's3e',
      type: 'vpc-endpoint',
      parent: 'vpc1',
      props: { service: 's3', endpointType: 'gateway', routeTables: ['rtA', 'rtB'] },
    });
  }
  return resources;
}

const toBucket = (dataGbPerMonth?: number): Connection =>
  ({
    id: 'c1',
    from: 'vmA',
    to: 'bucket',
    protocol: 'tcp',
    port: 443,
    ...(dataGbPerMonth !== undefined ? { dataGbPerMonth } : {}),
  }) as Connection;

function hint(hints: CostHint[], id: string): CostHint | undefined {
  return hints.find((candidate) => candidate.id === id);
}

describe('savings hints', () => {
  it('S3 traffic through a NAT gateway: a free gateway endpoint saves the processing charge', () => {
    const report = price(design(network({ natPerAz: true }), [toBucket(200)]));
    const found = hint(report.hints, 's3-via-nat');
    // 200 GB x $0.045 = $9.00.
    expect(found).toMatchObject({
      monthlySavings: 9,
      resources: expect.arrayContaining(['privA', 'natA', 'vmA', 'bucket']),
    });
    expect(found?.message.params).toMatchObject({
      subnet: 'privA',
      nat: 'natA',
      service: 's3',
      gb: 200,
      savings: '9.00',
    });
  });

  it('without a volume on the connection, uses the NAT processed GB shared by the subnets it serves', () => {
    const report = price(design(network({ natPerAz: false }), [toBucket()]));
    // natA serves privA and privB: 300 GB / 2 = 150 GB x $0.045 = $6.75.
    expect(hint(report.hints, 's3-via-nat')).toMatchObject({ monthlySavings: 6.75 });
  });

  it('no S3 hint once the gateway endpoint is on the route table', () => {
    const report = price(design(network({ natPerAz: true, s3Endpoint: true }), [toBucket(200)]));
    expect(hint(report.hints, 's3-via-nat')).toBeUndefined();
  });

  it('interface endpoint in an AZ where nothing uses the service', () => {
    const resources: Resource[] = [
      ...network({ natPerAz: true }),
      { id: 'queue', type: 'sqs-queue', props: {} },
      {
        id: 'sqsE',
        type: 'vpc-endpoint',
        parent: 'vpc1',
        props: { service: 'sqs', endpointType: 'interface', subnets: ['privA', 'privB'] },
      },
    ];
    const report = price(design(resources, [{ id: 'c2', from: 'vmA', to: 'queue' }]));
    // AZ b has an endpoint interface and no SQS user: 730 h x $0.01 = $7.30.
    expect(hint(report.hints, 'idle-interface-endpoint')).toMatchObject({
      monthlySavings: 7.3,
      resources: ['sqsE'],
    });
    expect(hint(report.hints, 'idle-interface-endpoint')?.message.params).toMatchObject({ azs: 'b' });
  });

  it('Elastic IP attached to nothing', () => {
    const report = price(design([{ id: 'eip', type: 'elastic-ip', props: {} }]));
    expect(report.hints).toEqual([
      expect.objectContaining({ id: 'idle-elastic-ip', resources: ['eip'], monthlySavings: 3.65 }),
    ]);
  });

  it('NAT per AZ versus one shared, said both ways', () => {
    const perAz = price(design(network({ natPerAz: true })));
    // One fewer NAT: 730 h x $0.045 = $32.85 plus its address 730 h x $0.005 = $3.65.
    expect(hint(perAz.hints, 'nat-per-az')).toMatchObject({
      monthlySavings: 36.5,
      resources: ['natA', 'natB'],
    });
    expect(hint(perAz.hints, 'nat-shared')).toBeUndefined();

    const shared = price(design(network({ natPerAz: false })));
    expect(hint(shared.hints, 'nat-per-az')).toBeUndefined();
    expect(hint(shared.hints, 'nat-shared')).toMatchObject({ monthlySavings: 0, resources: ['natA'] });
    expect(hint(shared.hints, 'nat-shared')?.message.params).toMatchObject({
      az: 'a',
      count: 2,
      extra: '36.50',
    });
  });
});

describe('NAT gateway in another AZ (routing from shared/network)', () => {
  it('prices the share of NAT traffic that crosses AZs, billed out and in', () => {
    const report = price(design(network({ natPerAz: false })));
    const nat = report.items.find((item) => item.resource === 'natA')!;
    const line = nat.lines.find((candidate) => candidate.id === 'crossAz');
    // natA (AZ a) serves privA and privB: 300 GB / 2 = 150 GB from AZ b, billed both ways:
    // 300 GB x $0.01 = $3.00.
    expect(line).toMatchObject({ quantity: 300, unitPrice: 0.01, monthly: 3 });
    expect(line?.description.params).toMatchObject({ gb: 150, subnets: 'privB', az: 'a' });
  });

  it('no cross-AZ line when each AZ has its own NAT gateway', () => {
    const report = price(design(network({ natPerAz: true })));
    const lines = report.items.flatMap((item) => item.lines);
    expect(lines.some((candidate) => candidate.id === 'crossAz')).toBe(false);
  });
});

/**
 * Every cost function against figures worked out by hand (us-east-1 unless said, 730 h).
 * The arithmetic is written out in each test so a reader can check it.
 */
import { describe, expect, it } from 'vitest';
import { lcuDimensions } from '../../../shared/cost/index';
import type { Resource } from '../../../shared/model/types';
import { amounts, design, itemOf, lineOf, price, vpcWithSubnets } from './helpers';

const net = vpcWithSubnets(['a', 'b', 'c']);

describe('networking', () => {
  it('NAT gateway: hours, data processed and its (conservatively charged) public IPv4', () => {
    const report = price(
      design([
        ...net,
        { id: 'nat', type: 'nat-gateway', parent: 'subnet-a', props: { dataProcessedGbPerMonth: 120 } },
      ]),
    );
    // 730 x 0.045 = 32.85; 120 x 0.045 = 5.40; 730 x 0.005 = 3.65.
    expect(amounts(report, 'nat')).toEqual({ hours: 32.85, data: 5.4, ipv4: 3.65 });
    expect(lineOf(report, 'nat', 'ipv4').note?.key).toBe('cost.note.natIpv4OpenQuestion');
  });

  it('NAT gateway with a drawn Elastic IP: the address is priced once, on the elastic-ip', () => {
    const report = price(
      design([
        ...net,
        { id: 'nat', type: 'nat-gateway', parent: 'subnet-a', props: { elasticIp: 'eip' } },
        { id: 'eip', type: 'elastic-ip', props: {} },
      ]),
    );
    expect(Object.keys(amounts(report, 'nat'))).toEqual(['hours', 'data']);
    expect(amounts(report, 'eip')).toEqual({ ipv4: 3.65 });
    expect(lineOf(report, 'eip', 'ipv4').description.key).toBe('cost.line.eip.attached');
  });

  it('private NAT gateway has no public address', () => {
    const report = price(
      design([
        ...net,
        { id: 'nat', type: 'nat-gateway', parent: 'subnet-a', props: { connectivity: 'private' } },
      ]),
    );
    // Default 100 GB processed: 100 x 0.045 = 4.50.
    expect(amounts(report, 'nat')).toEqual({ hours: 32.85, data: 4.5 });
  });

  it('idle Elastic IP is billed like an attached one', () => {
    const report = price(design([{ id: 'eip', type: 'elastic-ip', props: {} }]));
    expect(amounts(report, 'eip')).toEqual({ ipv4: 3.65 });
    expect(lineOf(report, 'eip', 'ipv4').description.key).toBe('cost.line.eip.idle');
  });

  it('interface endpoint: per AZ-hour in each AZ of its subnets, plus data; gateway endpoint free', () => {
    const report = price(
      design([
        ...net,
        {
          id: 'sqsE',
          type: 'vpc-endpoint',
          parent: 'vpc1',
          props: {
            service: 'sqs',
            endpointType: 'interface',
            subnets: ['subnet-a', 'subnet-b', 'subnet-c'],
            dataProcessedGbPerMonth: 250,
          },
        },
        {
          id: 's3E',
          type: 'vpc-endpoint',
          parent: 'vpc1',
          props: { service: 's3', endpointType: 'gateway' },
        },
      ]),
    );
    // 3 AZ x 730 h x 0.01 = 21.90; 250 GB x 0.01 = 2.50.
    expect(amounts(report, 'sqsE')).toEqual({ hours: 21.9, data: 2.5 });
    expect(lineOf(report, 'sqsE', 'hours').quantity).toBe(2190);
    expect(amounts(report, 's3E')).toEqual({ free: 0 });
    expect(lineOf(report, 's3E', 'free').description.key).toBe('cost.line.free.gateway-endpoint');
  });

  it('Seoul interface endpoint: 2 AZ x 730 h x 0.013 = 18.98', () => {
    const report = price(
      design(
        [
          ...net,
          {
            id: 'e',
            type: 'vpc-endpoint',
            parent: 'vpc1',
            props: {
              service: 'logs',
              endpointType: 'interface',
              subnets: ['subnet-a', 'subnet-b'],
              dataProcessedGbPerMonth: 0,
            },
          },
        ],
        [],
        {},
        'ap-northeast-2',
      ),
    );
    expect(amounts(report, 'e')).toEqual({ hours: 18.98, data: 0 });
  });

  it.each(['vpc', 'subnet', 'route-table', 'internet-gateway', 'security-group', 'network-acl'])(
    '%s is free, with a line that says so',
    (type) => {
      const report = price(
        design([
          ...net,
          { id: 'rt', type: 'route-table', parent: 'vpc1', props: { routes: [] } },
          { id: 'igw', type: 'internet-gateway', parent: 'vpc1', props: {} },
          { id: 'sg', type: 'security-group', parent: 'vpc1', props: { inbound: [] } },
          { id: 'acl', type: 'network-acl', parent: 'vpc1', props: { inbound: [], outbound: [] } },
        ]),
      );
      const item = report.items.find((candidate) => candidate.type === type);
      expect(item?.monthly).toBe(0);
      expect(item?.lines.map((line) => line.description.key)).toEqual([`cost.line.free.${type}`]);
    },
  );
});

describe('load balancing', () => {
  it('LCU is the largest of the four dimensions, the first ten rules free', () => {
    const dims = lcuDimensions({
      newConnectionsPerSec: 50, // 50 / 25 = 2
      avgConnectionDurationSec: 30, // 50 x 30 = 1,500 active / 3,000 = 0.5
      requestsPerSec: 400, // 400 x (25 - 10) = 6,000 / 1,000 = 6
      processedGbPerHour: 3, // 3 / 1 = 3
      ruleCount: 25,
      lambdaTargets: false,
    });
    expect(dims).toEqual({
      newConnections: 2,
      activeConnections: 0.5,
      processedBytes: 3,
      ruleEvaluations: 6,
      lcu: 6,
    });
    expect(
      lcuDimensions({
        ...dims,
        newConnectionsPerSec: 0,
        avgConnectionDurationSec: 0,
        requestsPerSec: 400,
        processedGbPerHour: 0,
        ruleCount: 10,
        lambdaTargets: false,
      }).ruleEvaluations,
    ).toBe(0);
    // Lambda targets: 1 LCU = 0.4 GB/h, so 1 GB/h = 2.5 LCU.
    expect(
      lcuDimensions({
        newConnectionsPerSec: 0,
        avgConnectionDurationSec: 0,
        requestsPerSec: 0,
        processedGbPerHour: 1,
        ruleCount: 0,
        lambdaTargets: true,
      }).lcu,
    ).toBe(2.5);
  });

  it('internet-facing ALB in 3 AZs: hours, LCU-hours and a public IPv4 per AZ', () => {
    const report = price(
      design([
        ...net,
        {
          id: 'alb',
          type: 'alb',
          parent: 'vpc1',
          props: {
            scheme: 'internet-facing',
            subnets: ['subnet-a', 'subnet-b', 'subnet-c'],
            securityGroups: [],
            listeners: [],
            newConnectionsPerSec: 50,
            avgConnectionDurationSec: 30,
            requestsPerSec: 400,
            processedGbPerHour: 3,
            ruleCount: 25,
          },
        },
      ]),
    );
    // 730 x 0.0225 = 16.425 -> 16.43; 6 LCU x 730 = 4,380 x 0.008 = 35.04; 3 x 730 x 0.005 = 10.95.
    // dataOutGbPerMonth defaults to 0: an egress line of 0 GB shows it (internet-facing).
    expect(amounts(report, 'alb')).toEqual({ hours: 16.43, lcu: 35.04, ipv4: 10.95, 'egress.free': 0 });
  });
});

describe('compute', () => {
  it('Fargate x86 with a public IP per task and 50 GB ephemeral storage', () => {
    const report = price(
      design([
        ...net,
        {
          id: 'svc',
          type: 'ecs-service',
          parent: 'subnet-a',
          props: {
            securityGroups: [],
            desiredCount: 3,
            cpu: 2,
            memoryGb: 4,
            ephemeralStorageGb: 50,
            assignPublicIp: true,
          },
        },
      ]),
    );
    // vCPU: 3 x 2 x 730 = 4,380 x 0.0404784 = 177.295... -> 177.30
    // memory: 3 x 4 x 730 = 8,760 x 0.004446 = 38.947 -> 38.95
    // ephemeral: 3 x 30 x 730 = 65,700 x 0.00011088 = 7.2848 -> 7.28
    // IPv4: 3 x 730 = 2,190 x 0.005 = 10.95
    expect(amounts(report, 'svc')).toEqual({ vcpu: 177.3, memory: 38.95, ephemeral: 7.28, ipv4: 10.95 });
  });

  it('Fargate Arm in Seoul: 1 task x 1 vCPU x 730 h x 0.03725 = 27.19; 2 GB x 730 x 0.00409 = 5.97', () => {
    const report = price(
      design(
        [
          {
            id: 'svc',
            type: 'ecs-service',
            props: { securityGroups: [], desiredCount: 1, cpu: 1, memoryGb: 2, cpuArchitecture: 'arm64' },
          },
        ],
        [],
        {},
        'ap-northeast-2',
      ),
    );
    expect(amounts(report, 'svc')).toEqual({ vcpu: 27.19, memory: 5.97 });
  });

  it('ECS on the EC2 launch type costs nothing itself', () => {
    const report = price(
      design([{ id: 'svc', type: 'ecs-service', props: { securityGroups: [], launchType: 'ec2' } }]),
    );
    expect(amounts(report, 'svc')).toEqual({ ec2: 0 });
  });

  it('EC2: instance hours, an 8 GB gp3 root volume, and a public IP from the subnet', () => {
    const resources: Resource[] = [
      { id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16' } },
      {
        id: 'pub',
        type: 'subnet',
        parent: 'vpc1',
        props: { cidr: '10.0.0.0/24', az: 'a', mapPublicIp: true },
      },
      {
        id: 'vm',
        type: 'ec2-instance',
        parent: 'pub',
        props: { instanceType: 'm5.large', securityGroups: [] },
      },
    ];
    const report = price(design(resources));
    // 730 x 0.096 = 70.08; 8 x 0.08 = 0.64; 730 x 0.005 = 3.65.
    expect(amounts(report, 'vm')).toEqual({ hours: 70.08, ebs: 0.64, ipv4: 3.65 });
    expect(report.assumptions).toContainEqual({
      resource: 'vm',
      prop: 'rootVolumeGb',
      value: 8,
      source: 'default',
    });
  });

  it('EC2 of a type missing from the table: shown as not priced, left out of the total', () => {
    const report = price(
      design([
        ...net,
        {
          id: 'vm',
          type: 'ec2-instance',
          parent: 'subnet-a',
          props: { instanceType: 'x9.huge', securityGroups: [] },
        },
      ]),
    );
    const line = lineOf(report, 'vm', 'hours');
    expect(line.unpriced).toBe(true);
    expect(line.note?.key).toBe('cost.note.noPrice');
    expect(report.unpriced).toBe(true);
    expect(report.monthlyTotal).toBe(0.64);
  });

  it('Lambda Arm without free tier: 10M x 50 ms x 256 MB', () => {
    const report = price(
      design([
        {
          id: 'fn',
          type: 'lambda-function',
          props: { requestsPerMonth: 10_000_000, avgDurationMs: 50, memoryMb: 256, architecture: 'arm64' },
        },
      ]),
    );
    // 10 x 0.20 = 2.00; 10M x 0.05 s x 0.25 GB = 125,000 GB-s x 0.0000133334 = 1.6667 -> 1.67.
    expect(amounts(report, 'fn')).toEqual({ requests: 2, duration: 1.67 });
  });

  it('free tier is shared: two functions split the 1M requests and 400,000 GB-s', () => {
    const fn = (id: string): Resource => ({
      id,
      type: 'lambda-function',
      props: { requestsPerMonth: 800_000, avgDurationMs: 1000, memoryMb: 512 },
    });
    const report = price(design([fn('f1'), fn('f2')], [], { freeTier: true }));
    // f1 uses 800k free requests and 400,000 free GB-s; f2 gets 200k free requests, 0 GB-s.
    expect(amounts(report, 'f1')).toEqual({ 'requests.free': 0, 'duration.free': 0 });
    // f2: 600k x 0.20/M = 0.12; 400,000 GB-s x 0.0000166667 = 6.67.
    expect(amounts(report, 'f2')).toEqual({ 'requests.free': 0, requests: 0.12, duration: 6.67 });
  });

  it('RDS Single-AZ and Multi-AZ with storage; another engine falls back to MySQL as an estimate', () => {
    const report = price(
      design([
        ...net,
        {
          id: 'one',
          type: 'rds-instance',
          parent: 'subnet-a',
          props: { instanceClass: 'db.t3.medium', storageGb: 100, securityGroups: [] },
        },
        {
          id: 'two',
          type: 'rds-instance',
          parent: 'subnet-a',
          props: { multiAz: true, storageGb: 50, securityGroups: [] },
        },
        {
          id: 'pg',
          type: 'rds-instance',
          parent: 'subnet-a',
          props: { engine: 'postgres', securityGroups: [] },
        },
      ]),
    );
    // 730 x 0.068 = 49.64; 100 x 0.115 = 11.50.
    expect(amounts(report, 'one')).toEqual({ hours: 49.64, storage: 11.5 });
    // 730 x 0.034 = 24.82; 50 x 0.23 = 11.50.
    expect(amounts(report, 'two')).toEqual({ hours: 24.82, storage: 11.5 });
    // 730 x 0.017 = 12.41; 20 x 0.115 = 2.30.
    expect(amounts(report, 'pg')).toEqual({ hours: 12.41, storage: 2.3 });
    expect(lineOf(report, 'pg', 'hours').estimate).toBe(true);
  });
});

describe('serverless, messaging and data', () => {
  it('API Gateway by type: HTTP tiers at 300M, REST at 333M, WebSocket messages', () => {
    const report = price(
      design([
        { id: 'http', type: 'api-gateway', props: { apiType: 'http', requestsPerMonth: 400_000_000 } },
        { id: 'rest', type: 'api-gateway', props: { apiType: 'rest', requestsPerMonth: 10_000_000 } },
        { id: 'ws', type: 'api-gateway', props: { apiType: 'websocket', requestsPerMonth: 5_000_000 } },
      ]),
    );
    // 300 x 1.00 = 300.00, then 100 x 0.90 = 90.00.
    expect(amounts(report, 'http')).toEqual({ requests: 300, 'requests.tier2': 90 });
    expect(lineOf(report, 'http', 'requests').note).toEqual({
      key: 'cost.note.tier',
      params: { tier: 1, upTo: 300 },
    });
    expect(lineOf(report, 'http', 'requests.tier2').note).toEqual({
      key: 'cost.note.tierLast',
      params: { tier: 2, from: 300 },
    });
    // 10 x 3.50 = 35.00; 5 x 1.00 = 5.00.
    expect(amounts(report, 'rest')).toEqual({ requests: 35 });
    expect(amounts(report, 'ws')).toEqual({ messages: 5 });
  });

  it('SQS: an idle queue still shows one chunk per call, not zero', () => {
    const report = price(
      design([{ id: 'q', type: 'sqs-queue', props: { requestsPerMonth: 0, avgPayloadKb: 10 } }]),
    );
    expect(lineOf(report, 'q', 'requests').description.params).toMatchObject({ chunks: 1 });
  });

  it('SQS: a 200 KB payload is 4 requests of 64 KB; FIFO priced apart; 1M free with the free tier', () => {
    const report = price(
      design(
        [
          { id: 'std', type: 'sqs-queue', props: { requestsPerMonth: 1_000_000, avgPayloadKb: 200 } },
          {
            id: 'fifo',
            type: 'sqs-queue',
            props: { fifo: true, requestsPerMonth: 2_000_000, avgPayloadKb: 64 },
          },
        ],
        [],
        { freeTier: true },
      ),
    );
    // std: 4M billed; 1M free; 3 x 0.40 = 1.20. fifo: 2M x 1 chunk x 0.50 = 1.00 (free tier used up).
    expect(amounts(report, 'std')).toEqual({ 'requests.free': 0, requests: 1.2 });
    expect(lineOf(report, 'std', 'requests').quantity).toBe(3);
    expect(lineOf(report, 'std', 'requests').description.params).toMatchObject({
      requests: '1,000,000',
      chunks: 4,
    });
    expect(amounts(report, 'fifo')).toEqual({ requests: 1 });
  });

  it('SNS: publishes after the free million; deliveries to SQS and Lambda free', () => {
    const report = price(
      design(
        [
          { id: 't', type: 'sns-topic', props: { publishesPerMonth: 5_000_000 } },
          { id: 'q', type: 'sqs-queue', props: { requestsPerMonth: 0 } },
        ],
        [{ id: 'c1', from: 't', to: 'q', kind: 'subscribe' }],
        { freeTier: true },
      ),
    );
    // 4M x 0.50 = 2.00; 5M deliveries x 0 = 0.
    expect(amounts(report, 't')).toEqual({ 'publishes.free': 0, publishes: 2, deliveries: 0 });
  });

  it('EventBridge: 3M custom events x $1.00/M = 3.00', () => {
    const report = price(
      design([{ id: 'bus', type: 'eventbridge-bus', props: { eventsPerMonth: 3_000_000 } }]),
    );
    expect(amounts(report, 'bus')).toEqual({ events: 3 });
  });

  it('S3: storage and both request classes, in both regions', () => {
    const bucket: Resource = {
      id: 'b',
      type: 's3-bucket',
      props: { storageGb: 1000, putRequestsPerMonth: 2_000_000, getRequestsPerMonth: 30_000_000 },
    };
    // us-east-1: 1000 x 0.023 = 23.00; 2,000 x 0.005 = 10.00; 30,000 x 0.0004 = 12.00.
    expect(amounts(price(design([bucket])), 'b')).toEqual({ storage: 23, put: 10, get: 12 });
    // Seoul: 1000 x 0.025 = 25.00; 2,000 x 0.0045 = 9.00; 30,000 x 0.00035 = 10.50.
    expect(amounts(price(design([bucket], [], {}, 'ap-northeast-2')), 'b')).toEqual({
      storage: 25,
      put: 9,
      get: 10.5,
    });
  });

  it('DynamoDB on demand: writes, reads, storage with 25 GB free under the free tier', () => {
    const table: Resource = {
      id: 't',
      type: 'dynamodb-table',
      props: { writeRequestUnitsPerMonth: 4_000_000, readRequestUnitsPerMonth: 20_000_000, storageGb: 45 },
    };
    // 4 x 0.625 = 2.50; 20 x 0.125 = 2.50; 45 x 0.25 = 11.25, or (45 - 25) x 0.25 = 5.00.
    expect(amounts(price(design([table])), 't')).toEqual({ writes: 2.5, reads: 2.5, storage: 11.25 });
    expect(amounts(price(design([table], [], { freeTier: true })), 't')).toEqual({
      writes: 2.5,
      reads: 2.5,
      'storage.free': 0,
      storage: 5,
    });
  });
});

describe('data transfer', () => {
  it('internet egress: 100 GB free across the design, then $0.09/GB; connections to internet count', () => {
    const report = price(
      design(
        [
          ...net,
          { id: 'internet', type: 'internet', props: {} },
          {
            id: 'vm',
            type: 'ec2-instance',
            parent: 'subnet-a',
            props: { securityGroups: [], dataOutGbPerMonth: 60 },
          },
          { id: 'fn', type: 'lambda-function', props: { dataOutGbPerMonth: 10 } },
        ],
        [{ id: 'c1', from: 'fn', to: 'internet', dataOutGbPerMonth: 70 } as never],
      ),
    );
    // vm uses 60 of the 100 free GB; fn sends 10 + 70 = 80 GB: 40 free, 40 x 0.09 = 3.60.
    expect(lineOf(report, 'vm', 'egress.free').quantity).toBe(60);
    expect(lineOf(report, 'fn', 'egress.free').quantity).toBe(40);
    expect(lineOf(report, 'fn', 'egress').monthly).toBe(3.6);
    expect(report.assumptions).toContainEqual({
      resource: 'c1',
      prop: 'dataOutGbPerMonth',
      value: 70,
      source: 'design',
    });
  });

  it('internet egress crosses the 10 TB tier: 12,000 GB -> 100 free, 10,240 x 0.09, 1,660 x 0.085', () => {
    const report = price(
      design([
        ...net,
        {
          id: 'vm',
          type: 'ec2-instance',
          parent: 'subnet-a',
          props: { securityGroups: [], dataOutGbPerMonth: 12_000 },
        },
      ]),
    );
    // The tiers count billable GB, after the free allowance: 11,900 GB = 10,240 x 0.09 + 1,660 x 0.085.
    expect(amounts(report, 'vm')).toEqual({
      hours: 7.59,
      ebs: 0.64,
      'egress.free': 0,
      egress: 921.6,
      'egress.tier2': 141.1,
    });
  });

  it('inter-AZ: app in AZs a and b talking to a database in a: half crosses, billed both ways', () => {
    const report = price(
      design(
        [
          ...net,
          {
            id: 'app',
            type: 'ecs-service',
            parent: 'vpc1',
            props: { subnets: ['subnet-a', 'subnet-b'], securityGroups: [] },
          },
          {
            id: 'db',
            type: 'rds-instance',
            parent: 'vpc1',
            props: { subnets: ['subnet-a', 'subnet-b'], securityGroups: [] },
          },
        ],
        [{ id: 'c1', from: 'app', to: 'db', protocol: 'tcp', port: 3306, dataGbPerMonth: 400 } as never],
      ),
    );
    // 400 GB x 50% = 200 GB crossing, billed out and in: 400 GB x 0.01 = 4.00.
    const line = lineOf(report, 'app', 'interAz.c1');
    expect(line.quantity).toBe(400);
    expect(line.monthly).toBe(4);
    expect(line.description.params).toMatchObject({ percent: 50 });
  });

  it('inter-AZ: nothing when both sides share one AZ, or for ALB-to-target traffic', () => {
    const report = price(
      design(
        [
          ...net,
          { id: 'a', type: 'ec2-instance', parent: 'subnet-a', props: { securityGroups: [] } },
          { id: 'b', type: 'ec2-instance', parent: 'subnet-a', props: { securityGroups: [] } },
        ],
        [{ id: 'c1', from: 'a', to: 'b', dataGbPerMonth: 100 } as never],
      ),
    );
    expect(itemOf(report, 'a').lines.some((line) => line.id.startsWith('interAz'))).toBe(false);
  });
});

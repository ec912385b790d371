import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../../shared/model/index';
import type { Design } from '../../../shared/model/types';
import { trace, traceAll, traceConnection, traceToJson } from '../../../shared/network/index';
import {
  healthyVpc,
  isolatedPrivA,
  makeDesign,
  natInstanceChain,
  singleNat,
  withAdded,
  withConnections,
  withProps,
  withSqsEndpoint,
} from '../../fixtures/designs';

function example(name: string): Design {
  const result = parseDesign(readFileSync(`assets/examples/${name}`, 'utf8'));
  if (!result.ok) throw new Error(`example ${name} does not load`);
  return result.design;
}

const actions = (result: ReturnType<typeof trace>, direction: 'forward' | 'return') =>
  result.hops.filter((h) => h.direction === direction).map((h) => h.action);

describe('the bundled examples', () => {
  it.each(readdirSync('assets/examples'))('%s: every connection is reachable', (name) => {
    const design = example(name);
    expect(design.connections.length).toBeGreaterThan(0);
    for (const [id, result] of traceAll(design)) {
      expect({ id, blocked: result.blocked }).toEqual({ id, blocked: null });
    }
  });
});

describe('network paths', () => {
  it('lists forward hops, then the return path in reverse order', () => {
    const result = trace(healthyVpc(), 'worker', 'internet', 'tcp', 443);
    expect(actions(result, 'forward')).toEqual([
      'source',
      'sg-egress',
      'nacl-egress',
      'route',
      'nacl-ingress',
      'nat',
      'nacl-egress',
      'route',
      'igw',
      'deliver',
    ]);
    expect(actions(result, 'return')).toEqual(['igw', 'nacl-ingress', 'nat', 'nacl-egress', 'nacl-ingress']);
    expect(result.kind).toBe('network');
  });

  it('names the route and its table, the SG rule and the listener in hop details', () => {
    const result = trace(healthyVpc(), 'internet', 'alb1');
    const sg = result.hops.find((h) => h.action === 'sg-ingress');
    expect(sg?.params).toMatchObject({ group: 'sgAlb', rule: 1, ports: '443', peer: '0.0.0.0/0' });
    const listener = result.hops.find((h) => h.action === 'listener');
    expect(listener?.params).toMatchObject({ listener: 'HTTPS:443', targets: 'app' });
    const back = result.hops.find((h) => h.action === 'route' && h.direction === 'return');
    expect(back?.params).toMatchObject({ table: 'rtPublic', destination: '0.0.0.0/0', target: 'igw1' });
  });

  it('treats ALB -> target as a new flow from the ALB subnets with the ALB groups', () => {
    const result = trace(healthyVpc(), 'alb1', 'app');
    expect(result.reachable).toBe(true);
    expect(result.hops[0]).toMatchObject({ resource: 'alb1', action: 'source' });
    expect(result.hops.find((h) => h.action === 'sg-ingress')?.params).toMatchObject({ peer: 'sgAlb' });
  });

  it('checks every placement pair: one broken AZ blocks a two-AZ service', () => {
    const design = withProps(healthyVpc(), 'rtPrivB', { routes: [] });
    const result = trace(design, 'app', 'internet');
    expect(result.blocked).toMatchObject({ code: 'NO_ROUTE', resource: 'rtPrivB' });
    expect(result.hops[0]?.params).toMatchObject({ subnet: 'privB' });
  });

  it('defaults the port to the destination listener, container or database port', () => {
    expect(trace(healthyVpc(), 'app', 'db').hops.find((h) => h.action === 'deliver')?.params.ports).toBe(
      '3306',
    );
    expect(trace(healthyVpc(), 'alb1', 'app').hops.find((h) => h.action === 'deliver')?.params.ports).toBe(
      '8080',
    );
  });

  it('reaches another VPC only through public addresses', () => {
    const other = withAdded(
      healthyVpc(),
      { id: 'vpc2', type: 'vpc', props: { cidr: '10.1.0.0/16' } },
      { id: 'sub2', type: 'subnet', parent: 'vpc2', props: { cidr: '10.1.0.0/24', az: 'a' } },
      { id: 'box', type: 'ec2-instance', parent: 'sub2', props: { securityGroups: [] } },
    );
    expect(trace(other, 'worker', 'box').blocked).toMatchObject({
      code: 'NO_ROUTE',
      message: 'network.blocked.crossVpc',
    });
  });
});

describe('AWS services', () => {
  it('reaches S3 through the gateway endpoint, not the NAT gateway', () => {
    const result = trace(healthyVpc(), 'worker', 'bucket');
    expect(result.hops.map((h) => h.resource)).toContain('s3Endpoint');
    expect(result.hops.map((h) => h.resource)).not.toContain('natA');
  });

  it('reaches SQS through the interface endpoint, whose group must admit 443', () => {
    const ok = trace(withSqsEndpoint(isolatedPrivA()), 'worker', 'queue');
    expect(ok.reachable).toBe(true);
    expect(ok.hops.find((h) => h.action === 'sg-ingress')?.params).toMatchObject({ group: 'sgEndpoint' });
    const closed = withProps(withSqsEndpoint(isolatedPrivA()), 'sgEndpoint', { inbound: [] });
    expect(trace(closed, 'worker', 'queue').blocked).toMatchObject({
      code: 'SG_INGRESS_DENIED',
      resource: 'sgEndpoint',
    });
  });

  it('uses the interface endpoint in a zone that is up when one AZ fails', () => {
    const design = withSqsEndpoint(isolatedPrivA());
    const result = trace(design, 'worker', 'queue', 'tcp', 443, { failed: { azs: ['b'] } });
    expect(result.hops.find((h) => h.detail === 'network.hop.interfaceEndpoint')?.params.subnet).toBe(
      'privA',
    );
  });

  it('explains a private subnet with no way to S3 with the gateway-endpoint fix', () => {
    const design = withProps(isolatedPrivA(), 's3Endpoint', { routeTables: ['rtPrivB'] });
    const result = trace(design, 'worker', 'bucket');
    expect(result.blocked).toMatchObject({ code: 'SERVICE_UNREACHABLE', fix: 'network.fix.serviceGateway' });
    expect(traceToJson(result).blocked?.fix).toContain('gateway endpoint for s3');
  });

  it('lets a Lambda outside any VPC call services directly', () => {
    const design = withAdded(healthyVpc(), { id: 'fn', type: 'lambda-function', props: {} });
    const result = trace(design, 'fn', 'table');
    expect(result).toMatchObject({ reachable: true, kind: 'service' });
  });

  it('routes a VPC-attached Lambda to DynamoDB through its subnets', () => {
    const attached = withAdded(isolatedPrivA(), {
      id: 'fn',
      type: 'lambda-function',
      parent: 'vpc1',
      props: { subnets: ['privA'], securityGroups: ['sgWorker'] },
    });
    expect(trace(attached, 'fn', 'table').blocked).toMatchObject({
      code: 'SERVICE_UNREACHABLE',
      resource: 'privA',
    });
    const viaNat = withProps(attached, 'fn', { subnets: ['privB'] });
    const result = trace(viaNat, 'fn', 'table');
    expect(result.reachable).toBe(true);
    expect(result.kind).toBe('network');
    expect(result.hops.map((h) => h.resource)).toContain('natB');
  });

  it('says a Lambda in a public subnet never gets a public address', () => {
    const design = withAdded(healthyVpc(), {
      id: 'fn',
      type: 'lambda-function',
      props: { subnets: ['pubA'], securityGroups: ['sgWorker'] },
    });
    expect(trace(design, 'fn', 'internet').blocked).toMatchObject({
      code: 'NO_PUBLIC_IP',
      fix: 'network.fix.noPublicIpLambda',
    });
  });

  it('traces service hand-offs as service hops', () => {
    const design = makeDesign(
      [
        { id: 'api', type: 'api-gateway', props: { apiType: 'http' } },
        { id: 'fn', type: 'lambda-function', props: {} },
        { id: 'topic', type: 'sns-topic', props: {} },
        { id: 'q', type: 'sqs-queue', props: {} },
        { id: 'bus', type: 'eventbridge-bus', props: {} },
      ],
      [
        { id: 'a', from: 'api', to: 'fn', kind: 'invoke' },
        { id: 'b', from: 'topic', to: 'q' },
        { id: 'c', from: 'q', to: 'fn' },
        { id: 'd', from: 'bus', to: 'fn' },
      ],
    );
    const results = traceAll(design);
    for (const result of results.values()) expect(result).toMatchObject({ reachable: true, kind: 'service' });
    expect(results.get('b')?.hops.map((h) => h.action)).toEqual(['deliver', 'deliver']);
    expect(results.get('b')?.hops[0]?.params.kind).toBe('subscribe');
    expect(results.get('a')?.hops[0]).toMatchObject({ action: 'invoke', resource: 'api' });
  });

  it('traces an SQS consumer as traffic from the consumer to SQS', () => {
    const design = withConnections(withSqsEndpoint(isolatedPrivA()), {
      id: 'poll',
      from: 'queue',
      to: 'worker',
    });
    const result = traceConnection(design, { id: 'poll', from: 'queue', to: 'worker' });
    expect(result.reachable).toBe(true);
    expect(result.hops[0]).toMatchObject({ action: 'source', detail: 'network.hop.poll' });
    expect(result.hops.map((h) => h.resource)).toContain('sqsEndpoint');
  });
});

describe('failure mode', () => {
  it('keeps an ALB in two AZs serving when one AZ fails', () => {
    const result = trace(healthyVpc(), 'internet', 'alb1', 'tcp', 443, { failed: { azs: ['a'] } });
    expect(result.reachable).toBe(true);
    expect(result.hops.find((h) => h.action === 'igw')?.params.ip).toMatch(/^10\.0\.1\./);
  });

  it("cuts AZ b's egress when its only NAT gateway sits in the failed AZ a", () => {
    const result = trace(singleNat(), 'app', 'internet', 'tcp', 443, { failed: { azs: ['a'] } });
    expect(result.blocked).toMatchObject({
      code: 'AZ_FAILED',
      resource: 'natA',
      message: 'network.blocked.natAzFailed',
    });
    expect(trace(singleNat(), 'app', 'internet').reachable).toBe(true);
  });

  it('fails everything inside a failed VPC or subnet', () => {
    expect(
      trace(healthyVpc(), 'worker', 'internet', 'tcp', 443, { failed: { resources: ['vpc1'] } }).blocked
        ?.code,
    ).toBe('RESOURCE_FAILED');
    const result = trace(healthyVpc(), 'app', 'db', 'tcp', 3306, { failed: { resources: ['dataA'] } });
    expect(result.reachable).toBe(true);
    expect(result.hops.find((h) => h.action === 'nacl-ingress')?.params.subnet).toBe('dataB');
  });

  it('reports NO_TARGET when every target of a load balancer is down', () => {
    const result = trace(healthyVpc(), 'internet', 'alb1', 'tcp', 443, { failed: { resources: ['app'] } });
    expect(result.blocked).toMatchObject({ code: 'NO_TARGET', message: 'network.blocked.noTargetAlive' });
  });
});

describe('traceAll and JSON', () => {
  it('memoises per design object and failure options', () => {
    const design = healthyVpc();
    expect(traceAll(design)).toBe(traceAll(design));
    expect(traceAll(design, { failed: { azs: ['a'] } })).toBe(traceAll(design, { failed: { azs: ['a'] } }));
    expect(traceAll(design, { failed: { azs: ['a'] } })).not.toBe(traceAll(design));
    expect([...traceAll(design).keys()]).toEqual(design.connections.map((c) => c.id));
  });

  it('prints exactly the simulate JSON of docs/file-format.md, in English or Korean', () => {
    const blocked = traceToJson(trace(isolatedPrivA(), 'worker', 'internet'));
    expect(Object.keys(blocked)).toEqual(['reachable', 'hops', 'blocked']);
    expect(Object.keys(blocked.hops[0] ?? {})).toEqual(['resource', 'direction', 'action', 'detail']);
    expect(blocked.blocked).toEqual({
      code: 'NO_ROUTE',
      raCode: 'NO_ROUTE_TO_DESTINATION',
      resource: 'rtPrivA',
      message: 'subnet privA has no route to 0.0.0.0/0 in its route table (rtPrivA)',
      fix: expect.stringContaining('add a NAT gateway in a public subnet') as string,
    });
    const korean = traceToJson(trace(isolatedPrivA(), 'worker', 'internet'), 'ko');
    expect(korean.blocked?.message).toContain('라우팅 테이블(rtPrivA)');
    expect(traceToJson(trace(healthyVpc(), 'internet', 'alb1')).blocked).toBeNull();
  });

  it('leaves no placeholder unfilled in any hop or blocked message of the fixtures', () => {
    const probes: [Design, string, string][] = [
      [healthyVpc(), 'internet', 'alb1'],
      [healthyVpc(), 'worker', 'internet'],
      [healthyVpc(), 'worker', 'bucket'],
      [withSqsEndpoint(isolatedPrivA()), 'worker', 'queue'],
      [isolatedPrivA(), 'worker', 'queue'],
      [singleNat(), 'app', 'internet'],
    ];
    for (const [design, from, to] of probes) {
      for (const locale of ['en', 'ko'] as const) {
        const json = JSON.stringify(traceToJson(trace(design, from, to), locale));
        expect(json).not.toMatch(/\{[a-zA-Z]+\}/);
      }
    }
  });
});

describe('less common ends', () => {
  it('lets a load balancer invoke a Lambda target without a VPC path', () => {
    const design = withAdded(healthyVpc(), { id: 'fn', type: 'lambda-function', props: {} });
    expect(trace(design, 'alb1', 'fn')).toMatchObject({ reachable: true, kind: 'service' });
  });

  it('reaches a private API from a VPC through an execute-api interface endpoint only', () => {
    const api = withAdded(isolatedPrivA(), {
      id: 'api',
      type: 'api-gateway',
      props: { apiType: 'rest', endpointType: 'private' },
    });
    expect(trace(api, 'worker', 'api').blocked).toMatchObject({ code: 'INTERNAL_ONLY', resource: 'api' });
    const withEndpoint = withAdded(
      api,
      {
        id: 'apiEndpoint',
        type: 'vpc-endpoint',
        parent: 'vpc1',
        props: {
          service: 'execute-api',
          endpointType: 'interface',
          subnets: ['privA'],
          securityGroups: ['sgOpen'],
        },
      },
      {
        id: 'sgOpen',
        type: 'security-group',
        parent: 'vpc1',
        props: { inbound: [{ protocol: 'tcp', ports: '443', peer: '10.0.0.0/16' }] },
      },
    );
    expect(trace(withEndpoint, 'worker', 'api').reachable).toBe(true);
  });

  it('sends an SNS HTTPS subscription to a public load balancer from an AWS address', () => {
    const design = withAdded(healthyVpc(), { id: 'topic', type: 'sns-topic', props: {} });
    const result = trace(design, 'topic', 'alb1');
    expect(result.reachable).toBe(true);
    expect(result.hops[0]).toMatchObject({ resource: 'topic', detail: 'network.hop.sourceService' });
  });

  it('stops at 64 hops, and the recorded hops agree with the quiet check that found it', () => {
    const result = trace(natInstanceChain(20), 'worker', 'internet');
    expect(result.blocked).toMatchObject({ code: 'TOO_MANY_HOPS', params: { max: 64 } });
    expect(result.hops).toHaveLength(64);
    expect(trace(natInstanceChain(5), 'worker', 'internet').reachable).toBe(true);
  });
});

describe('Lambda outside a VPC', () => {
  it('explains that it cannot reach a private database and how to attach it', () => {
    const design = withAdded(healthyVpc(), { id: 'fn', type: 'lambda-function', props: {} });
    const result = trace(design, 'fn', 'db');
    expect(result.blocked).toMatchObject({
      code: 'NO_ROUTE',
      resource: 'fn',
      fix: 'network.fix.lambdaOutsideVpc',
    });
    expect(traceToJson(result).blocked?.fix).toContain('attach fn to private subnets of vpc1');
    const attached = withProps(design, 'fn', { subnets: ['privA'], securityGroups: ['sgApp'] });
    expect(trace(attached, 'fn', 'db').reachable).toBe(true);
  });
});

describe('protocols, ports and zones', () => {
  it('checks ICMP without ports, in both directions', () => {
    const design = withProps(healthyVpc(), 'sgDb', { inbound: [{ protocol: 'icmp', peer: 'sgApp' }] });
    const ping = trace(design, 'app', 'db', 'icmp');
    expect(ping.reachable).toBe(true);
    expect(ping.hops.find((h) => h.action === 'deliver')?.params.ports).toBe('all');
    expect(trace(design, 'app', 'db', 'tcp', 3306).blocked?.code).toBe('SG_INGRESS_DENIED');
  });

  it('defaults to 5432 for a PostgreSQL database without a port', () => {
    const design = withProps(withProps(healthyVpc(), 'db', { engine: 'postgres', port: undefined }), 'sgDb', {
      inbound: [{ protocol: 'tcp', ports: '5432', peer: 'sgApp' }],
    });
    expect(trace(design, 'app', 'db').hops.find((h) => h.action === 'deliver')?.params.ports).toBe('5432');
  });

  it('blocks with AZ_FAILED when every interface endpoint address is in a failed AZ', () => {
    const design = withProps(withSqsEndpoint(isolatedPrivA()), 'sqsEndpoint', { subnets: ['privB'] });
    expect(trace(design, 'worker', 'queue').reachable).toBe(true);
    const failed = trace(design, 'worker', 'queue', 'tcp', 443, { failed: { azs: ['b'] } });
    expect(failed.blocked).toMatchObject({ code: 'AZ_FAILED', resource: 'sqsEndpoint' });
  });
});

describe('hop text', () => {
  it('keeps a listener hop readable when a load balancer has many targets', () => {
    let design = healthyVpc();
    for (let i = 0; i < 8; i++) {
      design = withConnections(
        withAdded(design, {
          id: `task${i}`,
          type: 'ecs-service',
          parent: 'vpc1',
          props: { subnets: ['privA'], securityGroups: ['sgApp'], containerPort: 8080 },
        }),
        { id: `t${i}`, from: 'alb1', to: `task${i}`, protocol: 'tcp', port: 8080 },
      );
    }
    const listener = trace(design, 'internet', 'alb1').hops.find((h) => h.action === 'listener');
    expect(listener?.params.targets).toBe('app, task0, task1, task2, task3 (+4)');
  });
});

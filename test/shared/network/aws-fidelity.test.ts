/**
 * What AWS drops, Skyplan drops (issue 15): each case is a design AWS documentation decides, a
 * broken twin that must be blocked with the given code at the given resource, and a healthy twin
 * one setting apart that must get through. The AWS page behind each verdict is in the name.
 */
import { describe, expect, it } from 'vitest';
import type { Design } from '../../../shared/model/types';
import { networkOf } from '../../../shared/network/index';
import {
  healthyVpc,
  isolatedPrivA,
  natInstance,
  OPEN_NACL_RULE,
  withAdded,
  withNacl,
  withProps,
} from '../../fixtures/designs';
import type { BlockedCase, Probe } from './blocked-case';
import { expectTwins, runProbe } from './blocked-case';

const out = (design: Design, from = 'worker'): Probe => ({ design, from, to: 'internet', port: 443 });

/** An ECS service in the public subnets asking for a public address, with the given launch type. */
function publicService(launchType: 'fargate' | 'ec2'): Design {
  return withAdded(healthyVpc(), {
    id: 'edge',
    type: 'ecs-service',
    parent: 'vpc1',
    props: { subnets: ['pubA'], securityGroups: ['sgApp'], launchType, assignPublicIp: true },
  });
}

/** A private REST API, a Lambda function outside any VPC, and (optionally) an execute-api endpoint. */
function privateApi(endpoint: boolean): Design {
  const design = withAdded(
    isolatedPrivA(),
    { id: 'api', type: 'api-gateway', props: { apiType: 'rest', endpointType: 'private' } },
    { id: 'fnOutside', type: 'lambda-function', props: {} },
    {
      id: 'sgApiEndpoint',
      type: 'security-group',
      parent: 'vpc1',
      props: { inbound: [{ protocol: 'tcp', ports: '443', peer: '10.0.0.0/16' }] },
    },
  );
  if (!endpoint) return design;
  return withAdded(design, {
    id: 'apiEndpoint',
    type: 'vpc-endpoint',
    parent: 'vpc1',
    props: {
      service: 'execute-api',
      endpointType: 'interface',
      subnets: ['privA'],
      securityGroups: ['sgApiEndpoint'],
    },
  });
}

/** The worker may send HTTPS only to `peer` (a prefix list or a CIDR). */
function workerOutTo(peer: string, design: Design = healthyVpc()): Design {
  return withProps(design, 'sgWorker', { outbound: [{ protocol: 'tcp', ports: '443', peer }] });
}

const cases: BlockedCase[] = [
  {
    name: 'a NAT instance whose group does not admit the private subnet (vpc/latest/userguide/work-with-nat-instances.html)',
    code: 'SG_INGRESS_DENIED',
    resource: 'sgNat',
    broken: () => out(withProps(natInstance(), 'sgNat', { inbound: [] })),
    healthy: () => out(natInstance()),
  },
  {
    name: 'a NAT instance whose group does not let the traffic out (vpc/latest/userguide/work-with-nat-instances.html)',
    code: 'SG_EGRESS_DENIED',
    resource: 'sgNat',
    broken: () =>
      out(
        withProps(natInstance(), 'sgNat', {
          outbound: [{ protocol: 'tcp', ports: '80', peer: '0.0.0.0/0' }],
        }),
      ),
    healthy: () =>
      out(
        withProps(natInstance(), 'sgNat', {
          outbound: [{ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0' }],
        }),
      ),
  },
  {
    name: 'ECS tasks on the EC2 launch type never get a public IP (AmazonECS/latest/developerguide/task-networking-awsvpc.html)',
    code: 'NO_PUBLIC_IP',
    resource: 'edge',
    broken: () => out(publicService('ec2'), 'edge'),
    healthy: () => out(publicService('fargate'), 'edge'),
  },
  {
    name: 'an ALB listener on UDP (elasticloadbalancing/latest/application/load-balancer-listeners.html)',
    code: 'NO_LISTENER',
    resource: 'alb1',
    message: 'network.blocked.albListenerProtocol',
    broken: () => ({
      design: withProps(
        withProps(healthyVpc(), 'sgAlb', { inbound: [{ protocol: 'udp', ports: '443', peer: '0.0.0.0/0' }] }),
        'alb1',
        { listeners: [{ port: 443, protocol: 'UDP' }] },
      ),
      from: 'internet',
      to: 'alb1',
      protocol: 'udp',
      port: 443,
    }),
    healthy: () => ({ design: healthyVpc(), from: 'internet', to: 'alb1', port: 443 }),
  },
  {
    name: 'an ALB listener on TCP (elasticloadbalancing/latest/application/load-balancer-listeners.html)',
    code: 'NO_LISTENER',
    resource: 'alb1',
    message: 'network.blocked.albListenerProtocol',
    broken: () => ({
      design: withProps(healthyVpc(), 'alb1', { listeners: [{ port: 443, protocol: 'TCP' }] }),
      from: 'internet',
      to: 'alb1',
      port: 443,
    }),
    healthy: () => ({
      design: withProps(healthyVpc(), 'alb1', { listeners: [{ port: 443, protocol: 'HTTP' }] }),
      from: 'internet',
      to: 'alb1',
      port: 443,
    }),
  },
  {
    name: 'a NAT gateway in a private subnet routing back to itself (vpc/latest/userguide/nat-gateway-scenarios.html)',
    code: 'NAT_NOT_PUBLIC',
    resource: 'natA',
    message: 'network.blocked.natNotPublic',
    broken: () =>
      out({
        ...healthyVpc(),
        resources: healthyVpc().resources.map((r) => (r.id === 'natA' ? { ...r, parent: 'privA' } : r)),
      }),
    healthy: () => out(healthyVpc()),
  },
  {
    name: 'a Lambda function outside any VPC calling a private API (apigateway/latest/developerguide/apigateway-private-apis.html)',
    code: 'INTERNAL_ONLY',
    resource: 'api',
    broken: () => ({ design: privateApi(true), from: 'fnOutside', to: 'api' }),
    healthy: () => ({ design: privateApi(true), from: 'worker', to: 'api' }),
  },
  {
    name: 'a private API from a VPC without an execute-api endpoint (apigateway/latest/developerguide/apigateway-private-apis.html)',
    code: 'INTERNAL_ONLY',
    resource: 'api',
    broken: () => ({ design: privateApi(false), from: 'worker', to: 'api' }),
    healthy: () => ({ design: privateApi(true), from: 'worker', to: 'api' }),
  },
  {
    name: 'an outbound rule naming the S3 prefix list does not open the internet (vpc/latest/userguide/working-with-aws-managed-prefix-lists.html)',
    code: 'SG_EGRESS_DENIED',
    resource: 'sgWorker',
    broken: () => out(workerOutTo('pl-s3')),
    healthy: () => ({ design: workerOutTo('pl-s3'), from: 'worker', to: 'bucket' }),
  },
  {
    name: 'the AWS-managed DynamoDB list by name admits DynamoDB, not S3 (vpc/latest/userguide/working-with-aws-managed-prefix-lists.html)',
    code: 'SG_EGRESS_DENIED',
    resource: 'sgWorker',
    broken: () => ({ design: workerOutTo('com.amazonaws.us-east-1.dynamodb'), from: 'worker', to: 'bucket' }),
    healthy: () => ({ design: workerOutTo('com.amazonaws.us-east-1.dynamodb'), from: 'worker', to: 'table' }),
  },
  {
    name: 'a customer-managed prefix list Skyplan cannot resolve matches nothing',
    code: 'SG_EGRESS_DENIED',
    resource: 'sgWorker',
    broken: () => ({ design: workerOutTo('pl-0123abcd'), from: 'worker', to: 'bucket' }),
    healthy: () => ({ design: workerOutTo('pl-s3'), from: 'worker', to: 'bucket' }),
  },
];

describe('AWS fidelity: what AWS drops, Skyplan drops', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => expectTwins(c));
});

describe('one notion of a public subnet', () => {
  /** pubA and pubB route 0.0.0.0/1 and 128.0.0.0/1 to the internet gateway, and no 0.0.0.0/0. */
  const halves = withProps(healthyVpc(), 'rtPublic', {
    routes: [
      { destination: '0.0.0.0/1', target: 'igw1' },
      { destination: '128.0.0.0/1', target: 'igw1' },
    ],
  });

  it('calls a subnet public when any route goes to an internet gateway (vpc/latest/userguide/configure-subnets.html)', () => {
    const net = networkOf(halves);
    expect(net.isPublicSubnet('pubA')).toBe(true);
    expect(net.internetRouteOf('pubA')?.destination).toMatch(/^(0|128)\.0\.0\.0\/1$/);
    expect(net.isPublicSubnet('privA')).toBe(false);
    expect(net.internetRouteOf('privA')).toBeUndefined();
  });

  it('and the tracer agrees: NAT egress and the internet-facing ALB both work', () => {
    expect(runProbe(out(halves)).reachable).toBe(true);
    expect(runProbe({ design: halves, from: 'internet', to: 'alb1', port: 443 }).reachable).toBe(true);
  });

  it("a route to another VPC's internet gateway does not make a subnet public", () => {
    const foreign = withAdded(
      withProps(healthyVpc(), 'rtPublic', { routes: [{ destination: '0.0.0.0/0', target: 'igwOther' }] }),
      { id: 'vpcOther', type: 'vpc', props: { cidr: '10.9.0.0/16' } },
      { id: 'igwOther', type: 'internet-gateway', parent: 'vpcOther', props: {} },
    );
    expect(networkOf(foreign).isPublicSubnet('pubA')).toBe(false);
  });
});

describe('network ACL replies name the ephemeral range they needed', () => {
  // vpc/latest/userguide/nacl-ephemeral-ports.html: NAT gateways use 1024-65535, Amazon Linux
  // 32768-60999, Windows 49152-65535; Skyplan checks the range every client may use.
  it('says which ports were refused when only the Amazon Linux range is open', () => {
    const linuxOnly = withNacl(healthyVpc(), 'pubA', {
      inbound: [OPEN_NACL_RULE],
      outbound: [
        { rule: 100, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' },
        { rule: 110, protocol: 'tcp', ports: '32768-60999', cidr: '0.0.0.0/0', action: 'allow' },
      ],
    });
    const result = runProbe({ design: linuxOnly, from: 'internet', to: 'alb1', port: 443 });
    expect(result.blocked).toMatchObject({ code: 'NACL_RETURN_DENIED', resource: 'nacl-pubA' });
    expect(result.blocked?.params).toMatchObject({ ports: '1024-65535', missing: '1024-32767' });
    const natRange = withNacl(healthyVpc(), 'pubA', {
      inbound: [OPEN_NACL_RULE],
      outbound: [
        { rule: 100, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' },
        { rule: 110, protocol: 'tcp', ports: '1024-65535', cidr: '0.0.0.0/0', action: 'allow' },
      ],
    });
    expect(runProbe({ design: natRange, from: 'internet', to: 'alb1', port: 443 }).reachable).toBe(true);
  });
});

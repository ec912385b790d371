/**
 * Every blocked code has a small design that produces it and a healthy twin, one setting
 * apart, that does not. The table is the specification of what each code means.
 */
import { describe, expect, it } from 'vitest';
import type { Design } from '../../../shared/model/types';
import { BLOCKED_CODES } from '../../../shared/network/index';
import {
  healthyVpc,
  isolatedPrivA,
  natInstance,
  natInstanceChain,
  OPEN_NACL_RULE,
  singleNat,
  withAdded,
  withConnections,
  withNacl,
  withProps,
  withSqsEndpoint,
  without,
} from '../../fixtures/designs';
import type { BlockedCase, Probe } from './blocked-case';
import { expectTwins } from './blocked-case';
import { NLB_IPV6_CASES } from './blocked-nlb-ipv6.cases';
import { MULTI_VPC_CASES } from './blocked-multi-vpc.cases';

const fromWorkerToInternet = (design: Design): Probe => ({
  design,
  from: 'worker',
  to: 'internet',
  port: 443,
});
const fromInternetToAlb = (design: Design, port = 443): Probe => ({
  design,
  from: 'internet',
  to: 'alb1',
  port,
});

const cases: BlockedCase[] = [
  {
    name: 'a private subnet with no 0.0.0.0/0 route',
    code: 'NO_ROUTE',
    raCode: 'NO_ROUTE_TO_DESTINATION',
    resource: 'rtPrivA',
    broken: () => fromWorkerToInternet(isolatedPrivA()),
    healthy: () => fromWorkerToInternet(healthyVpc()),
  },
  {
    name: 'two VPCs without peering',
    code: 'NO_ROUTE',
    resource: 'rtPrivA',
    broken: () => ({ design: twoVpcs(false), from: 'worker', to: 'other', port: 443 }),
    healthy: () => ({ design: twoVpcs(true), from: 'worker', to: 'other', port: 443 }),
  },
  {
    name: 'a route to a deleted NAT gateway (blackhole)',
    code: 'NO_ROUTE',
    raCode: 'BAD_STATE_ROUTE',
    resource: 'rtPrivA',
    broken: () => fromWorkerToInternet(without(singleNat(), 'natA')),
    healthy: () => fromWorkerToInternet(singleNat()),
  },
  {
    name: 'replies from an internet-facing ALB in private subnets',
    code: 'NO_ROUTE',
    resource: 'rtPrivA',
    broken: () => fromInternetToAlb(withProps(healthyVpc(), 'alb1', { subnets: ['privA', 'privB'] })),
    healthy: () => fromInternetToAlb(healthyVpc()),
  },
  {
    name: 'a VPC without an internet gateway',
    code: 'NO_INTERNET_GATEWAY',
    resource: 'vpc1',
    broken: () => fromInternetToAlb(without(healthyVpc(), 'igw1')),
    healthy: () => fromInternetToAlb(healthyVpc()),
  },
  {
    name: "a route to another VPC's internet gateway",
    code: 'NO_INTERNET_GATEWAY',
    resource: 'igw2',
    broken: () => ({
      design: withProps(withOtherVpc(healthyVpc()), 'rtPublic', {
        routes: [{ destination: '0.0.0.0/0', target: 'igw2' }],
      }),
      from: 'bastion',
      to: 'internet',
    }),
    healthy: () => ({ design: withOtherVpc(healthyVpc()), from: 'bastion', to: 'internet' }),
  },
  {
    name: 'an instance in a public subnet without a public address',
    code: 'NO_PUBLIC_IP',
    raCode: 'IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS',
    resource: 'bastion',
    broken: () => ({
      design: withProps(healthyVpc(), 'bastion', { publicIp: false }),
      from: 'bastion',
      to: 'internet',
    }),
    healthy: () => ({ design: healthyVpc(), from: 'bastion', to: 'internet' }),
  },
  {
    name: 'the internet calling a private instance',
    code: 'NO_PUBLIC_IP',
    raCode: 'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS',
    resource: 'worker',
    broken: () => ({ design: withSshFromInternet(healthyVpc()), from: 'internet', to: 'worker', port: 22 }),
    healthy: () => ({ design: withSshFromInternet(healthyVpc()), from: 'internet', to: 'bastion', port: 22 }),
  },
  {
    name: 'a NAT gateway in a private subnet',
    code: 'NAT_NOT_PUBLIC',
    resource: 'natA',
    broken: () =>
      fromWorkerToInternet(withResourceParent(withProps(healthyVpc(), 'natA', {}), 'natA', 'dataA')),
    healthy: () => fromWorkerToInternet(healthyVpc()),
  },
  {
    name: 'a NAT gateway with private connectivity',
    code: 'NAT_NOT_PUBLIC',
    resource: 'natA',
    broken: () => fromWorkerToInternet(withProps(healthyVpc(), 'natA', { connectivity: 'private' })),
    healthy: () => fromWorkerToInternet(withProps(healthyVpc(), 'natA', { connectivity: 'public' })),
  },
  {
    name: 'a security group with outbound rules that do not cover the port',
    code: 'SG_EGRESS_DENIED',
    raCode: 'ENI_SG_RULES_MISMATCH',
    resource: 'sgWorker',
    broken: () =>
      fromWorkerToInternet(
        withProps(healthyVpc(), 'sgWorker', {
          outbound: [{ protocol: 'tcp', ports: '80', peer: '0.0.0.0/0' }],
        }),
      ),
    healthy: () =>
      fromWorkerToInternet(
        withProps(healthyVpc(), 'sgWorker', {
          outbound: [{ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0' }],
        }),
      ),
  },
  {
    name: 'a database group admitting the wrong group',
    code: 'SG_INGRESS_DENIED',
    raCode: 'ENI_SG_RULES_MISMATCH',
    resource: 'sgDb',
    broken: () => ({
      design: withProps(healthyVpc(), 'sgDb', {
        inbound: [{ protocol: 'tcp', ports: '3306', peer: 'sgAlb' }],
      }),
      from: 'app',
      to: 'db',
    }),
    healthy: () => ({ design: healthyVpc(), from: 'app', to: 'db' }),
  },
  {
    name: 'a network ACL denying HTTPS out',
    code: 'NACL_EGRESS_DENIED',
    raCode: 'SUBNET_ACL_RESTRICTION',
    resource: 'nacl-privA',
    broken: () =>
      fromWorkerToInternet(
        withNacl(healthyVpc(), 'privA', {
          inbound: [OPEN_NACL_RULE],
          outbound: [
            { rule: 90, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'deny' },
            OPEN_NACL_RULE,
          ],
        }),
      ),
    healthy: () =>
      fromWorkerToInternet(
        withNacl(healthyVpc(), 'privA', { inbound: [OPEN_NACL_RULE], outbound: [OPEN_NACL_RULE] }),
      ),
  },
  {
    name: 'a network ACL admitting only HTTP',
    code: 'NACL_INGRESS_DENIED',
    raCode: 'SUBNET_ACL_RESTRICTION',
    resource: 'nacl-pubA',
    broken: () =>
      fromInternetToAlb(
        withNacl(healthyVpc(), 'pubA', {
          inbound: [{ rule: 100, protocol: 'tcp', ports: '80', cidr: '0.0.0.0/0', action: 'allow' }],
          outbound: [OPEN_NACL_RULE],
        }),
      ),
    healthy: () =>
      fromInternetToAlb(
        withNacl(healthyVpc(), 'pubA', {
          inbound: [{ rule: 100, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' }],
          outbound: [OPEN_NACL_RULE],
        }),
      ),
  },
  {
    name: 'a network ACL that forgets the ephemeral ports of replies',
    code: 'NACL_RETURN_DENIED',
    raCode: 'SUBNET_ACL_RESTRICTION',
    resource: 'nacl-pubA',
    broken: () =>
      fromInternetToAlb(
        withNacl(healthyVpc(), 'pubA', {
          inbound: [OPEN_NACL_RULE],
          outbound: [{ rule: 100, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' }],
        }),
      ),
    healthy: () =>
      fromInternetToAlb(
        withNacl(healthyVpc(), 'pubA', {
          inbound: [OPEN_NACL_RULE],
          outbound: [
            { rule: 100, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' },
            { rule: 110, protocol: 'tcp', ports: '1024-65535', cidr: '0.0.0.0/0', action: 'allow' },
          ],
        }),
      ),
  },
  {
    name: 'a request to a port the load balancer does not listen on',
    code: 'NO_LISTENER',
    raCode: 'ELBV2_LISTENER_PORT_RESTRICTION',
    resource: 'alb1',
    broken: () =>
      fromInternetToAlb(
        withProps(healthyVpc(), 'sgAlb', { inbound: [{ protocol: 'tcp', peer: '0.0.0.0/0' }] }),
        80,
      ),
    healthy: () =>
      fromInternetToAlb(
        withProps(healthyVpc(), 'sgAlb', { inbound: [{ protocol: 'tcp', peer: '0.0.0.0/0' }] }),
        443,
      ),
  },
  {
    name: 'the internet calling an internal load balancer',
    code: 'INTERNAL_ONLY',
    resource: 'alb1',
    broken: () => fromInternetToAlb(withProps(healthyVpc(), 'alb1', { scheme: 'internal' })),
    healthy: () => fromInternetToAlb(withProps(healthyVpc(), 'alb1', { scheme: 'internet-facing' })),
  },
  {
    name: 'the internet calling a private API',
    code: 'INTERNAL_ONLY',
    resource: 'api',
    broken: () => ({ design: withApi(healthyVpc(), 'private'), from: 'internet', to: 'api' }),
    healthy: () => ({ design: withApi(healthyVpc(), 'regional'), from: 'internet', to: 'api' }),
  },
  {
    name: 'an isolated subnet calling SQS',
    code: 'SERVICE_UNREACHABLE',
    raCode: 'NO_ROUTE_TO_DESTINATION',
    resource: 'privA',
    broken: () => ({ design: isolatedPrivA(), from: 'worker', to: 'queue' }),
    healthy: () => ({ design: withSqsEndpoint(isolatedPrivA()), from: 'worker', to: 'queue' }),
  },
  {
    name: 'an interface endpoint without private DNS',
    code: 'SERVICE_UNREACHABLE',
    resource: 'privA',
    broken: () => ({ design: withSqsEndpoint(isolatedPrivA(), false), from: 'worker', to: 'queue' }),
    healthy: () => ({ design: withSqsEndpoint(isolatedPrivA(), true), from: 'worker', to: 'queue' }),
  },
  {
    name: 'a failed NAT gateway',
    code: 'RESOURCE_FAILED',
    resource: 'natA',
    broken: () => ({ ...fromWorkerToInternet(healthyVpc()), options: { failed: { resources: ['natA'] } } }),
    healthy: () => ({ ...fromWorkerToInternet(healthyVpc()), options: { failed: { resources: ['natB'] } } }),
  },
  {
    name: "AZ a failing under AZ b's only NAT route",
    code: 'AZ_FAILED',
    resource: 'natA',
    broken: () => ({ design: singleNat(), from: 'app', to: 'internet', options: { failed: { azs: ['a'] } } }),
    healthy: () => ({
      design: healthyVpc(),
      from: 'app',
      to: 'internet',
      options: { failed: { azs: ['a'] } },
    }),
  },
  {
    name: 'a single-AZ workload when its AZ fails',
    code: 'AZ_FAILED',
    resource: 'worker',
    broken: () => ({ ...fromWorkerToInternet(healthyVpc()), options: { failed: { azs: ['a'] } } }),
    healthy: () => ({ ...fromWorkerToInternet(healthyVpc()), options: { failed: { azs: ['b'] } } }),
  },
  {
    name: 'a load balancer with no target',
    code: 'NO_TARGET',
    resource: 'alb1',
    broken: () => fromInternetToAlb({ ...healthyVpc(), connections: [] }),
    healthy: () => fromInternetToAlb(healthyVpc()),
  },
  {
    // The loop follows from the root cause, a NAT gateway outside a public subnet: that is what
    // users must see (issue 15), not CYCLE.
    name: 'a NAT gateway whose own subnet routes back to it',
    code: 'NAT_NOT_PUBLIC',
    resource: 'natA',
    broken: () =>
      fromWorkerToInternet(
        withProps(withSubnetTable(healthyVpc(), 'pubA', 'rtLoop'), 'rtLoop', {
          routes: [{ destination: '0.0.0.0/0', target: 'natA' }],
        }),
      ),
    healthy: () =>
      fromWorkerToInternet(
        withProps(withSubnetTable(healthyVpc(), 'pubA', 'rtLoop'), 'rtLoop', {
          routes: [{ destination: '0.0.0.0/0', target: 'igw1' }],
        }),
      ),
  },
  {
    name: 'two NAT instances whose subnets route to each other',
    code: 'CYCLE',
    resource: 'hop0',
    broken: () =>
      fromWorkerToInternet(
        withProps(natInstanceChain(2), 'rtHop1', { routes: [{ destination: '0.0.0.0/0', target: 'hop0' }] }),
      ),
    healthy: () => fromWorkerToInternet(natInstanceChain(2)),
  },
  {
    // https://docs.aws.amazon.com/vpc/latest/userguide/work-with-nat-instances.html
    name: 'a NAT instance whose source/destination check is on (the AWS default)',
    code: 'SOURCE_DEST_CHECK',
    resource: 'natInst',
    broken: () => fromWorkerToInternet(withProps(natInstance(), 'natInst', { sourceDestCheck: undefined })),
    healthy: () => fromWorkerToInternet(natInstance()),
  },
  {
    name: 'a chain of NAT instances longer than the hop limit',
    code: 'TOO_MANY_HOPS',
    resource: 'chain10',
    broken: () => fromWorkerToInternet(natInstanceChain(20)),
    healthy: () => fromWorkerToInternet(natInstanceChain(3)),
  },
  {
    name: 'a DynamoDB table sending to a queue',
    code: 'UNSUPPORTED_FLOW',
    resource: 'table',
    broken: () => ({ design: healthyVpc(), from: 'table', to: 'queue' }),
    healthy: () => ({ design: withLambda(healthyVpc()), from: 'table', to: 'fn' }),
  },
  {
    name: 'a trace to a route table',
    code: 'UNSUPPORTED_FLOW',
    resource: 'rtPublic',
    broken: () => ({ design: healthyVpc(), from: 'worker', to: 'rtPublic' }),
    healthy: () => ({ design: healthyVpc(), from: 'worker', to: 'bucket' }),
  },
  {
    name: 'an id that is not in the design',
    code: 'UNKNOWN_RESOURCE',
    resource: 'nope',
    broken: () => ({ design: healthyVpc(), from: 'worker', to: 'nope' }),
    healthy: () => ({ design: healthyVpc(), from: 'worker', to: 'internet' }),
  },
  {
    name: 'an ECS service with no subnets',
    code: 'NOT_PLACED',
    resource: 'app',
    broken: () => ({ design: withProps(healthyVpc(), 'app', { subnets: [] }), from: 'app', to: 'db' }),
    healthy: () => ({ design: healthyVpc(), from: 'app', to: 'db' }),
  },
  ...NLB_IPV6_CASES,
  ...MULTI_VPC_CASES,
];

describe('blocked codes', () => {
  it.each(cases)('$code: $name', expectTwins);

  it('covers every blocked code with at least one case', () => {
    const covered = new Set(cases.map((c) => c.code));
    expect(BLOCKED_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });
});

function twoVpcs(publicTarget: boolean): Design {
  return withAdded(
    withOtherVpc(healthyVpc()),
    {
      id: 'sgOther',
      type: 'security-group',
      parent: 'vpc2',
      props: { inbound: [{ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0' }] },
    },
    {
      id: 'other',
      type: 'ec2-instance',
      parent: 'pub2',
      props: { securityGroups: ['sgOther'], publicIp: publicTarget },
    },
  );
}

function withOtherVpc(design: Design): Design {
  return withAdded(
    design,
    { id: 'vpc2', type: 'vpc', props: { cidr: '10.1.0.0/16' } },
    { id: 'igw2', type: 'internet-gateway', parent: 'vpc2', props: {} },
    {
      id: 'rt2',
      type: 'route-table',
      parent: 'vpc2',
      props: { routes: [{ destination: '0.0.0.0/0', target: 'igw2' }] },
    },
    {
      id: 'pub2',
      type: 'subnet',
      parent: 'vpc2',
      props: { cidr: '10.1.0.0/24', az: 'a', routeTable: 'rt2' },
    },
  );
}

function withSshFromInternet(design: Design): Design {
  const ssh = { inbound: [{ protocol: 'tcp', ports: '22', peer: '0.0.0.0/0' }] };
  return withProps(withProps(design, 'sgWorker', ssh), 'sgBastion', ssh);
}

function withResourceParent(design: Design, id: string, parent: string): Design {
  return { ...design, resources: design.resources.map((r) => (r.id === id ? { ...r, parent } : r)) };
}

function withSubnetTable(design: Design, subnet: string, tableId: string): Design {
  return withProps(
    withAdded(design, { id: tableId, type: 'route-table', parent: 'vpc1', props: { routes: [] } }),
    subnet,
    { routeTable: tableId },
  );
}

function withApi(design: Design, endpointType: 'private' | 'regional'): Design {
  return withAdded(design, { id: 'api', type: 'api-gateway', props: { apiType: 'rest', endpointType } });
}

export function withLambda(design: Design): Design {
  return withConnections(withAdded(design, { id: 'fn', type: 'lambda-function', props: {} }));
}

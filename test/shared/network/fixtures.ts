/**
 * Small designs for network tests, reusable by rule tests. `healthyVpc()` is a complete,
 * working two-AZ web stack; the helpers make a broken twin by changing one thing, so each test
 * shows exactly which setting causes which blocked code.
 *
 * Layout of healthyVpc() (VPC vpc1 10.0.0.0/16, AZs a and b):
 *   pubA 10.0.0.0/24, pubB 10.0.1.0/24   -> rtPublic: 0.0.0.0/0 -> igw1
 *   privA 10.0.10.0/24 -> rtPrivA: 0.0.0.0/0 -> natA (in pubA); S3 gateway endpoint s3Endpoint
 *   privB 10.0.11.0/24 -> rtPrivB: 0.0.0.0/0 -> natB (in pubB); S3 gateway endpoint s3Endpoint
 *   dataA 10.0.20.0/24, dataB 10.0.21.0/24 -> main table rtMain (local only)
 *   alb1 (internet-facing, HTTPS:443, pubA+pubB, sgAlb) -> app (ECS 8080, privA+privB, sgApp)
 *   app -> db (RDS 3306, dataA+dataB, sgDb); worker (EC2 in privA, sgWorker) -> internet, bucket
 *   bastion (EC2 in pubA, public IP, sgBastion); queue (SQS), table (DynamoDB), bucket (S3)
 */
import type { Connection, Design, Resource } from '../../../shared/model/types';

export function makeDesign(resources: Resource[], connections: Connection[] = []): Design {
  return { format: 'skyplan', version: 1, name: 'test', region: 'us-east-1', resources, connections };
}

export function healthyVpc(): Design {
  return makeDesign(
    [
      { id: 'internet', type: 'internet', props: {} },
      { id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16' } },
      { id: 'igw1', type: 'internet-gateway', parent: 'vpc1', props: {} },
      {
        id: 'rtPublic',
        type: 'route-table',
        parent: 'vpc1',
        props: { routes: [{ destination: '0.0.0.0/0', target: 'igw1' }] },
      },
      {
        id: 'rtPrivA',
        type: 'route-table',
        parent: 'vpc1',
        props: { routes: [{ destination: '0.0.0.0/0', target: 'natA' }] },
      },
      {
        id: 'rtPrivB',
        type: 'route-table',
        parent: 'vpc1',
        props: { routes: [{ destination: '0.0.0.0/0', target: 'natB' }] },
      },
      { id: 'rtMain', type: 'route-table', parent: 'vpc1', props: { main: true, routes: [] } },
      {
        id: 'pubA',
        type: 'subnet',
        parent: 'vpc1',
        props: { cidr: '10.0.0.0/24', az: 'a', routeTable: 'rtPublic' },
      },
      {
        id: 'pubB',
        type: 'subnet',
        parent: 'vpc1',
        props: { cidr: '10.0.1.0/24', az: 'b', routeTable: 'rtPublic' },
      },
      {
        id: 'privA',
        type: 'subnet',
        parent: 'vpc1',
        props: { cidr: '10.0.10.0/24', az: 'a', routeTable: 'rtPrivA' },
      },
      {
        id: 'privB',
        type: 'subnet',
        parent: 'vpc1',
        props: { cidr: '10.0.11.0/24', az: 'b', routeTable: 'rtPrivB' },
      },
      { id: 'dataA', type: 'subnet', parent: 'vpc1', props: { cidr: '10.0.20.0/24', az: 'a' } },
      { id: 'dataB', type: 'subnet', parent: 'vpc1', props: { cidr: '10.0.21.0/24', az: 'b' } },
      { id: 'natA', type: 'nat-gateway', parent: 'pubA', props: {} },
      { id: 'natB', type: 'nat-gateway', parent: 'pubB', props: {} },
      {
        id: 's3Endpoint',
        type: 'vpc-endpoint',
        parent: 'vpc1',
        props: { service: 's3', endpointType: 'gateway', routeTables: ['rtPrivA', 'rtPrivB'] },
      },
      {
        id: 'sgAlb',
        type: 'security-group',
        parent: 'vpc1',
        props: { inbound: [{ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0' }] },
      },
      {
        id: 'sgApp',
        type: 'security-group',
        parent: 'vpc1',
        props: { inbound: [{ protocol: 'tcp', ports: '8080', peer: 'sgAlb' }] },
      },
      {
        id: 'sgDb',
        type: 'security-group',
        parent: 'vpc1',
        props: { inbound: [{ protocol: 'tcp', ports: '3306', peer: 'sgApp' }] },
      },
      { id: 'sgWorker', type: 'security-group', parent: 'vpc1', props: { inbound: [] } },
      {
        id: 'sgBastion',
        type: 'security-group',
        parent: 'vpc1',
        props: { inbound: [{ protocol: 'tcp', ports: '22', peer: '198.51.100.0/24' }] },
      },
      {
        id: 'alb1',
        type: 'alb',
        parent: 'vpc1',
        props: {
          scheme: 'internet-facing',
          subnets: ['pubA', 'pubB'],
          securityGroups: ['sgAlb'],
          listeners: [{ port: 443, protocol: 'HTTPS' }],
        },
      },
      {
        id: 'app',
        type: 'ecs-service',
        parent: 'vpc1',
        props: { subnets: ['privA', 'privB'], securityGroups: ['sgApp'], containerPort: 8080 },
      },
      {
        id: 'db',
        type: 'rds-instance',
        parent: 'vpc1',
        props: { subnets: ['dataA', 'dataB'], securityGroups: ['sgDb'], port: 3306, multiAz: true },
      },
      { id: 'worker', type: 'ec2-instance', parent: 'privA', props: { securityGroups: ['sgWorker'] } },
      {
        id: 'bastion',
        type: 'ec2-instance',
        parent: 'pubA',
        props: { securityGroups: ['sgBastion'], publicIp: true },
      },
      { id: 'bucket', type: 's3-bucket', props: {} },
      { id: 'queue', type: 'sqs-queue', props: {} },
      { id: 'table', type: 'dynamodb-table', props: {} },
    ],
    [
      { id: 'cWeb', from: 'internet', to: 'alb1', protocol: 'tcp', port: 443 },
      { id: 'cApp', from: 'alb1', to: 'app', protocol: 'tcp', port: 8080 },
      { id: 'cDb', from: 'app', to: 'db', protocol: 'tcp', port: 3306 },
      { id: 'cOut', from: 'worker', to: 'internet', protocol: 'tcp', port: 443 },
      { id: 'cS3', from: 'worker', to: 'bucket', protocol: 'tcp', port: 443 },
    ],
  );
}

/** A copy of the design with one resource's props merged with `props` (the original is untouched). */
export function withProps(design: Design, id: string, props: Record<string, unknown>): Design {
  // Tests build deliberately odd props (that is the point of a broken twin), so the merge is untyped.
  return withResource(
    design,
    id,
    (resource) => ({ ...resource, props: { ...resource.props, ...props } }) as Resource,
  );
}

/** A copy of the design with one resource replaced by `change(resource)`. */
export function withResource(design: Design, id: string, change: (resource: Resource) => Resource): Design {
  if (!design.resources.some((r) => r.id === id)) throw new Error(`fixture has no resource ${id}`);
  return {
    ...design,
    resources: design.resources.map((r) => (r.id === id ? change(structuredClone(r)) : r)),
  };
}

export function withAdded(design: Design, ...resources: Resource[]): Design {
  return { ...design, resources: [...design.resources, ...resources] };
}

export function without(design: Design, ...ids: string[]): Design {
  return {
    ...design,
    resources: design.resources.filter((r) => !ids.includes(r.id)),
    connections: design.connections.filter((c) => !ids.includes(c.from) && !ids.includes(c.to)),
  };
}

export function withConnections(design: Design, ...connections: Connection[]): Design {
  return { ...design, connections: [...design.connections, ...connections] };
}

/** A network ACL on one subnet: the design gains the ACL and the subnet points at it. */
export function withNacl(
  design: Design,
  subnetId: string,
  rules: Pick<Extract<Resource, { type: 'network-acl' }>['props'], 'inbound' | 'outbound'>,
  naclId = `nacl-${subnetId}`,
): Design {
  const nacl: Resource = { id: naclId, type: 'network-acl', parent: 'vpc1', props: rules };
  return withProps(withAdded(design, nacl), subnetId, { networkAcl: naclId });
}

/** A NACL allowing everything both ways: the starting point for "one rule missing" twins. */
export const OPEN_NACL_RULE = { rule: 100, protocol: 'all', cidr: '0.0.0.0/0', action: 'allow' } as const;

/** An SQS interface endpoint in privA and privB with a group admitting HTTPS from the VPC. */
export function withSqsEndpoint(design: Design, privateDns = true): Design {
  return withAdded(
    design,
    {
      id: 'sgEndpoint',
      type: 'security-group',
      parent: 'vpc1',
      props: { inbound: [{ protocol: 'tcp', ports: '443', peer: '10.0.0.0/16' }] },
    },
    {
      id: 'sqsEndpoint',
      type: 'vpc-endpoint',
      parent: 'vpc1',
      props: {
        service: 'sqs',
        endpointType: 'interface',
        subnets: ['privA', 'privB'],
        securityGroups: ['sgEndpoint'],
        privateDns,
      },
    },
  );
}

/** privA without any way out: its table keeps only the local route and the S3 endpoint. */
export function isolatedPrivA(design: Design = healthyVpc()): Design {
  return withProps(design, 'rtPrivA', { routes: [] });
}

/** One NAT gateway for both AZs: privB routes through natA (a single point of failure). */
export function singleNat(design: Design = healthyVpc()): Design {
  return without(
    withProps(design, 'rtPrivB', { routes: [{ destination: '0.0.0.0/0', target: 'natA' }] }),
    'natB',
  );
}

/**
 * A chain of `count` NAT instances, each in its own subnet routing to the next; the last one is
 * public. Long enough chains exceed the hop limit without ever looping.
 */
export function natInstanceChain(count: number): Design {
  let design = withAdded(
    withProps(healthyVpc(), 'rtPrivA', { routes: [{ destination: '0.0.0.0/0', target: 'hop0' }] }),
    NAT_INSTANCE_GROUP,
  );
  for (let i = 0; i < count; i++) {
    const next = i + 1 < count ? `hop${i + 1}` : 'igw1';
    design = withAdded(
      design,
      {
        id: `rtHop${i}`,
        type: 'route-table',
        parent: 'vpc1',
        props: { routes: [{ destination: '0.0.0.0/0', target: next }] },
      },
      {
        id: `chain${i}`,
        type: 'subnet',
        parent: 'vpc1',
        props: { cidr: `10.0.${100 + i}.0/24`, az: 'a', routeTable: `rtHop${i}` },
      },
      {
        id: `hop${i}`,
        type: 'ec2-instance',
        parent: `chain${i}`,
        props: { securityGroups: ['sgNat'], publicIp: true, sourceDestCheck: false },
      },
    );
  }
  return design;
}

/** A NAT instance's group: admits everything from the VPC, lets everything out (no outbound list). */
export const NAT_INSTANCE_GROUP: Resource = {
  id: 'sgNat',
  type: 'security-group',
  parent: 'vpc1',
  props: { inbound: [{ protocol: 'all', peer: '10.0.0.0/16' }] },
};

/**
 * privA's internet traffic through NAT instance natInst in pubA (public IP, group sgNat, source/
 * destination check off) instead of natA: the healthy NAT-instance design.
 */
export function natInstance(design: Design = healthyVpc()): Design {
  return withAdded(
    withProps(design, 'rtPrivA', { routes: [{ destination: '0.0.0.0/0', target: 'natInst' }] }),
    NAT_INSTANCE_GROUP,
    {
      id: 'natInst',
      type: 'ec2-instance',
      parent: 'pubA',
      props: { securityGroups: ['sgNat'], publicIp: true, sourceDestCheck: false },
    },
  );
}

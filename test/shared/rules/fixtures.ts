/**
 * Small designs for rule tests. `network()` is a sound two-AZ VPC (public subnets behind an
 * internet gateway, a NAT gateway per AZ, private subnets routed through their own AZ's NAT,
 * an S3 gateway endpoint); tests add or change a few resources and wrap them with `design()`.
 */
import type { Connection, Design, Resource } from '../../../shared/model/types';

export function design(resources: Resource[], connections: Connection[] = []): Design {
  return { format: 'skyplan', version: 1, name: 'Rule test', region: 'us-east-1', resources, connections };
}

export function network(): Resource[] {
  return [
    { id: 'internet', type: 'internet', props: {} },
    { id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16' } },
    { id: 'igw1', type: 'internet-gateway', parent: 'vpc1', props: {} },
    {
      id: 'rtPub',
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
    { id: 'natA', type: 'nat-gateway', parent: 'pubA', props: {} },
    { id: 'natB', type: 'nat-gateway', parent: 'pubB', props: {} },
    {
      id: 's3e',
      type: 'vpc-endpoint',
      parent: 'vpc1',
      props: { service: 's3', endpointType: 'gateway', routeTables: ['rtPrivA', 'rtPrivB'] },
    },
    {
      id: 'sgWeb',
      type: 'security-group',
      parent: 'vpc1',
      props: { inbound: [{ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0' }] },
    },
    {
      id: 'sgApp',
      type: 'security-group',
      parent: 'vpc1',
      props: { inbound: [{ protocol: 'tcp', ports: '8080', peer: 'sgWeb' }] },
    },
  ];
}

/** The resources with one of them replaced by a copy whose props are merged with `props`. */
export function withProps(resources: Resource[], id: string, props: Record<string, unknown>): Resource[] {
  return resources.map((r) => (r.id === id ? ({ ...r, props: { ...r.props, ...props } } as Resource) : r));
}

/** The resources with one of them given other top-level fields (parent, name). */
export function withFields(resources: Resource[], id: string, fields: Partial<Resource>): Resource[] {
  return resources.map((r) => (r.id === id ? ({ ...r, ...fields } as Resource) : r));
}

export function without(resources: Resource[], ...ids: string[]): Resource[] {
  return resources.filter((r) => !ids.includes(r.id));
}

/** An ALB in both public subnets with the web security group. */
export function alb(props: Record<string, unknown> = {}): Resource {
  return {
    id: 'alb1',
    type: 'alb',
    parent: 'vpc1',
    name: 'Web ALB',
    props: {
      scheme: 'internet-facing',
      subnets: ['pubA', 'pubB'],
      securityGroups: ['sgWeb'],
      listeners: [{ port: 443, protocol: 'HTTPS' }],
      ...props,
    },
  } as Resource;
}

/** A Fargate service in both private subnets. */
export function service(props: Record<string, unknown> = {}): Resource {
  return {
    id: 'web',
    type: 'ecs-service',
    parent: 'vpc1',
    props: { subnets: ['privA', 'privB'], securityGroups: ['sgApp'], containerPort: 8080, ...props },
  } as Resource;
}

export function fn(id: string, props: Record<string, unknown> = {}): Resource {
  return { id, type: 'lambda-function', props } as Resource;
}

export function queue(id: string, props: Record<string, unknown> = {}): Resource {
  return { id, type: 'sqs-queue', props } as Resource;
}

export function topic(id: string, props: Record<string, unknown> = {}): Resource {
  return { id, type: 'sns-topic', props } as Resource;
}

export function link(id: string, from: string, to: string, extra: Partial<Connection> = {}): Connection {
  return { id, from, to, ...extra };
}

/**
 * Generates realistic designs of any size, for the benchmarks (test/bench/), the bench pages of
 * the app (renderer/bench/) and tests that need scale: N resources spread over VPCs of
 * ~100 resources each (public and private subnets in two AZs, NAT per AZ, S3 endpoint, security
 * groups, instances, ECS services, Lambdas, queues) and about as many connections as resources.
 * Deterministic: the same size always gives the same design.
 */
import type { Connection, Design, Resource } from './types';

export function generateDesign(resourceCount: number): Design {
  const resources: Resource[] = [{ id: 'internet', type: 'internet', props: {} }];
  const connections: Connection[] = [];
  const layout: NonNullable<Design['layout']> = {};
  let v = 0;
  while (resources.length < resourceCount) {
    const p = `v${v}`;
    const second = v % 250;
    const first = 10 + Math.floor(v / 250);
    const cidr = `${first}.${second}.0.0/16`;
    const base = `${first}.${second}`;
    resources.push(
      { id: `${p}vpc`, type: 'vpc', name: `VPC ${v}`, props: { cidr } },
      { id: `${p}igw`, type: 'internet-gateway', parent: `${p}vpc`, props: {} },
      {
        id: `${p}rtPub`,
        type: 'route-table',
        parent: `${p}vpc`,
        props: { routes: [{ destination: '0.0.0.0/0', target: `${p}igw` }] },
      },
      {
        id: `${p}sgWeb`,
        type: 'security-group',
        parent: `${p}vpc`,
        props: { inbound: [{ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0' }] },
      },
      {
        id: `${p}sgApp`,
        type: 'security-group',
        parent: `${p}vpc`,
        props: { inbound: [{ protocol: 'tcp', ports: '8080', peer: `${p}sgWeb` }] },
      },
      {
        id: `${p}s3`,
        type: 'vpc-endpoint',
        parent: `${p}vpc`,
        props: { service: 's3', endpointType: 'gateway', routeTables: [`${p}rtA`, `${p}rtB`] },
      },
    );
    layout[`${p}vpc`] = { x: (v % 5) * 2200, y: Math.floor(v / 5) * 1400, w: 2100, h: 1300 };
    for (const [i, az] of ['a', 'b'].entries()) {
      resources.push(
        {
          id: `${p}pub${az}`,
          type: 'subnet',
          parent: `${p}vpc`,
          props: { cidr: `${base}.${i}.0/24`, az, routeTable: `${p}rtPub` },
        },
        {
          id: `${p}priv${az}`,
          type: 'subnet',
          parent: `${p}vpc`,
          props: { cidr: `${base}.${16 + i * 16}.0/20`, az, routeTable: `${p}rt${az.toUpperCase()}` },
        },
        { id: `${p}nat${az}`, type: 'nat-gateway', parent: `${p}pub${az}`, props: {} },
        {
          id: `${p}rt${az.toUpperCase()}`,
          type: 'route-table',
          parent: `${p}vpc`,
          props: { routes: [{ destination: '0.0.0.0/0', target: `${p}nat${az}` }] },
        },
      );
    }
    resources.push({
      id: `${p}alb`,
      type: 'alb',
      parent: `${p}vpc`,
      props: {
        scheme: 'internet-facing',
        subnets: [`${p}puba`, `${p}pubb`],
        securityGroups: [`${p}sgWeb`],
        listeners: [{ port: 443, protocol: 'HTTPS' }],
      },
    });
    connections.push({ id: `${p}cIn`, from: 'internet', to: `${p}alb`, protocol: 'tcp', port: 443 });
    // Fill the VPC with workloads, alternating AZs and kinds, each wired to the ALB or outwards.
    for (let n = 0; n < 82 && resources.length < resourceCount; n++) {
      const az = n % 2 === 0 ? 'a' : 'b';
      const id = `${p}w${n}`;
      if (n % 3 === 0) {
        resources.push({
          id,
          type: 'ecs-service',
          parent: `${p}priv${az}`,
          props: { securityGroups: [`${p}sgApp`], containerPort: 8080 },
        });
        connections.push({ id: `${p}c${n}`, from: `${p}alb`, to: id, protocol: 'tcp', port: 8080 });
      } else if (n % 3 === 1) {
        resources.push({
          id,
          type: 'ec2-instance',
          parent: `${p}priv${az}`,
          props: { securityGroups: [`${p}sgApp`] },
        });
        connections.push({ id: `${p}c${n}`, from: id, to: 'internet', protocol: 'tcp', port: 443 });
      } else {
        resources.push({
          id,
          type: 'lambda-function',
          parent: `${p}vpc`,
          props: { subnets: [`${p}priv${az}`], securityGroups: [`${p}sgApp`] },
        });
        connections.push({ id: `${p}c${n}`, from: id, to: `${p}alb`, protocol: 'tcp', port: 443 });
      }
    }
    v++;
  }
  resources.length = Math.min(resources.length, resourceCount);
  const ids = new Set(resources.map((r) => r.id));
  return {
    format: 'skyplan',
    version: 1,
    name: `Generated ${resourceCount}`,
    region: 'us-east-1',
    resources,
    connections: connections.filter((c) => ids.has(c.from) && ids.has(c.to)),
    layout,
  };
}

import { describe, expect, it } from 'vitest';
import { traceAll } from '../../../shared/network/index';
import { byId, importFixture } from './helpers';

describe('CloudFormation import: a 2-AZ VPC with a NAT gateway per AZ', () => {
  it('maps every resource, folds routes and associations, and keeps the logical ids', async () => {
    const result = await importFixture('vpc-two-az-nat.yaml');
    expect(result.report).toMatchObject({ total: 21, imported: 21, unmapped: [] });
    expect(byId(result, 'Vpc')).toMatchObject({
      type: 'vpc',
      name: 'Main VPC',
      props: { cidr: '10.20.0.0/16' },
    });
    expect(byId(result, 'Igw')).toMatchObject({ type: 'internet-gateway', parent: 'Vpc' });
    expect(byId(result, 'PublicB').props).toEqual({
      cidr: '10.20.1.0/24',
      az: 'b',
      mapPublicIp: true,
      routeTable: 'PublicRoutes',
    });
    expect(byId(result, 'PrivateA').props).toEqual({
      cidr: '10.20.2.0/24',
      az: 'a',
      routeTable: 'PrivateRoutesA',
    });
    expect(byId(result, 'NatB')).toMatchObject({
      type: 'nat-gateway',
      parent: 'PublicB',
      props: { elasticIp: 'NatEipB' },
    });
    expect(byId(result, 'NatEipA')).toMatchObject({ parent: 'Vpc', props: { attachedTo: 'NatA' } });
    expect(byId(result, 'PrivateRoutesB').props).toEqual({
      routes: [{ destination: '0.0.0.0/0', target: 'NatB' }],
    });
    expect(byId(result, 'PublicRoutes').props).toEqual({
      routes: [{ destination: '0.0.0.0/0', target: 'Igw' }],
    });
  });

  it('lays the design out with the auto-layout (every resource gets a box)', async () => {
    const result = await importFixture('vpc-two-az-nat.yaml');
    for (const resource of result.design.resources) expect(result.design.layout?.[resource.id]).toBeDefined();
  });
});

describe('CloudFormation import: ALB + ECS + RDS', () => {
  it('folds listener, target group, task definition and subnet group into the services', async () => {
    const result = await importFixture('alb-ecs.yaml');
    expect(result.report.unmapped).toEqual([]);
    expect(byId(result, 'Alb')).toMatchObject({
      type: 'alb',
      name: 'Web ALB',
      // Drawn in its first subnet, with a replica in the other (the canvas' placement form).
      parent: 'PubA',
      props: {
        scheme: 'internet-facing',
        subnets: ['PubA', 'PubB'],
        securityGroups: ['AlbSg'],
        listeners: [{ port: 443, protocol: 'HTTPS' }],
      },
    });
    expect(byId(result, 'Service').props).toEqual({
      subnets: ['AppA', 'AppB'],
      securityGroups: ['AppSg'],
      launchType: 'fargate',
      desiredCount: 3,
      cpu: 1,
      memoryGb: 2,
      containerPort: 8080,
    });
    expect(byId(result, 'Db').props).toMatchObject({
      engine: 'postgres',
      instanceClass: 'db.t3.medium',
      multiAz: true,
      storageGb: 50,
      subnets: ['AppA', 'AppB'],
      securityGroups: ['DbSg'],
    });
    expect(byId(result, 'AppSg').props).toEqual({
      inbound: [{ protocol: 'tcp', ports: '8080', peer: 'AlbSg' }],
    });
  });

  it('infers internet → ALB → service from the listener and SG-to-SG ingress for service → database', async () => {
    const result = await importFixture('alb-ecs.yaml');
    const links = result.design.connections.map((c) => `${c.from}>${c.to}:${c.port ?? c.kind}`);
    expect(links).toEqual(
      expect.arrayContaining(['Alb>Service:8080', 'Service>Db:5432', 'internet>Alb:443']),
    );
    // The ALB → service link comes from the listener, and is not repeated from the SG rule.
    expect(links.filter((l) => l.startsWith('Alb>Service'))).toHaveLength(1);
    const traces = traceAll(result.design);
    const albToService = result.design.connections.find((c) => c.from === 'Alb' && c.to === 'Service');
    expect(traces.get(albToService?.id ?? '')?.reachable).toBe(true);
  });
});

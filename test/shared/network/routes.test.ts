import { describe, expect, it } from 'vitest';
import { networkOf, parseCidr, parseIp } from '../../../shared/network/index';
import {
  healthyVpc,
  isolatedPrivA,
  withAdded,
  withProps,
  withSqsEndpoint,
  without,
} from '../../fixtures/designs';

const ip = (text: string) => ({ ip: parseIp(text) ?? -1 });
const cidr = (text: string) => ({
  cidr: parseCidr(text) ?? { network: 0, prefix: 0, canonical: '', hostBitsSet: false },
});

describe('route table selection', () => {
  it('uses the explicitly associated table, then the main table, then only the local route', () => {
    const design = healthyVpc();
    const model = networkOf(design);
    expect(model.routeTableOf('privA')).toMatchObject({ tableId: 'rtPrivA', how: 'explicit' });
    expect(model.routeTableOf('dataA')).toMatchObject({ tableId: 'rtMain', how: 'main' });
    const noMain = networkOf(without(design, 'rtMain'));
    const implicit = noMain.routeTableOf('dataA');
    expect(implicit).toMatchObject({ tableId: null, how: 'implicit' });
    expect(implicit.routes.map((r) => `${r.destination}->${r.target}`)).toEqual(['10.0.0.0/16->local']);
  });

  it('falls back to the main table when the named table does not exist', () => {
    const model = networkOf(withProps(healthyVpc(), 'privA', { routeTable: 'missing' }));
    expect(model.routeTableOf('privA')).toMatchObject({ tableId: 'rtMain', how: 'main' });
  });

  it('adds the implicit local route for the VPC CIDR to every table', () => {
    const route = networkOf(healthyVpc()).routeFor('privA', ip('10.0.21.9'));
    expect(route).toMatchObject({
      destination: '10.0.0.0/16',
      target: 'local',
      origin: 'local',
      tableId: 'rtPrivA',
    });
  });
});

describe('longest prefix match', () => {
  const design = withProps(healthyVpc(), 'rtPrivA', {
    routes: [
      { destination: '0.0.0.0/0', target: 'natA' },
      { destination: '192.168.0.0/16', target: 'natB' },
      { destination: '192.168.7.0/24', target: 'igw1' },
    ],
  });
  const model = networkOf(design);

  it('prefers the most specific matching route', () => {
    expect(model.routeFor('privA', ip('192.168.7.1'))?.target).toBe('igw1');
    expect(model.routeFor('privA', ip('192.168.8.1'))?.target).toBe('natB');
    expect(model.routeFor('privA', ip('8.8.8.8'))?.target).toBe('natA');
  });

  it('matches a CIDR destination only by a route that contains all of it', () => {
    expect(model.routeFor('privA', cidr('192.168.0.0/20'))?.target).toBe('natB');
    expect(model.routeFor('privA', cidr('0.0.0.0/0'))?.target).toBe('natA');
  });

  it('finds no route in an isolated subnet for public addresses', () => {
    expect(networkOf(isolatedPrivA()).routeFor('privA', ip('8.8.8.8'))).toBeUndefined();
  });
});

describe('gateway endpoint prefix-list routes', () => {
  it('adds a prefix-list route to associated tables only, and it beats 0.0.0.0/0', () => {
    const model = networkOf(healthyVpc());
    expect(model.routeFor('privA', { service: 's3' })).toMatchObject({
      destination: 'pl-s3',
      prefixList: 's3',
      target: 's3Endpoint',
      origin: 'endpoint',
    });
    expect(model.routeFor('pubA', { service: 's3' })?.target).toBe('igw1');
    expect(model.routeFor('privA', { service: 'dynamodb' })?.target).toBe('natA');
  });

  it('ignores gateway endpoints for services that have none (only S3 and DynamoDB)', () => {
    const design = withAdded(healthyVpc(), {
      id: 'sqsGateway',
      type: 'vpc-endpoint',
      parent: 'vpc1',
      props: { service: 'sqs', endpointType: 'gateway', routeTables: ['rtPrivA'] },
    });
    expect(networkOf(design).routeFor('privA', { service: 'sqs' })?.target).toBe('natA');
  });
});

describe('public subnets and addresses', () => {
  const model = networkOf(healthyVpc());

  it('calls a subnet public when 0.0.0.0/0 goes to its own VPC internet gateway', () => {
    expect(model.isPublicSubnet('pubA')).toBe(true);
    expect(model.isPublicSubnet('privA')).toBe(false);
    expect(model.isPublicSubnet('dataA')).toBe(false);
  });

  it('knows which resources have a public address', () => {
    expect(model.hasPublicAddress('bastion')).toBe(true);
    expect(model.hasPublicAddress('worker')).toBe(false);
    expect(model.hasPublicAddress('alb1')).toBe(true);
    expect(model.hasPublicAddress('natA')).toBe(true);
    expect(model.hasPublicAddress('app')).toBe(false);
  });

  it('uses the subnet auto-assign setting unless the instance says otherwise, and Elastic IPs', () => {
    const mapped = withProps(withProps(healthyVpc(), 'pubA', { mapPublicIp: true }), 'bastion', {
      publicIp: undefined,
    });
    expect(networkOf(mapped).hasPublicAddress('bastion')).toBe(true);
    const refused = withProps(mapped, 'bastion', { publicIp: false });
    expect(networkOf(refused).hasPublicAddress('bastion')).toBe(false);
    const eip = withAdded(refused, { id: 'eip1', type: 'elastic-ip', props: { attachedTo: 'bastion' } });
    expect(networkOf(eip).hasPublicAddress('bastion')).toBe(true);
  });

  it('places resources in their subnets with distinct addresses after the reserved ones', () => {
    const placements = model.placementsOf('app');
    expect(placements.map((p) => p.subnet.id)).toEqual(['privA', 'privB']);
    expect(model.azsOf('alb1')).toEqual(['a', 'b']);
    const [natA] = model.placementsOf('natA');
    const [alb] = model.placementsOf('alb1');
    expect(natA?.ip).toBe(parseIp('10.0.0.4'));
    expect(alb?.ip).toBe(parseIp('10.0.0.5'));
  });
});

describe('service access', () => {
  it('prefers a gateway endpoint, then an interface endpoint, then NAT, then the internet gateway', () => {
    const design = withSqsEndpoint(healthyVpc());
    const model = networkOf(design);
    expect(model.serviceAccess('privA', 's3')).toMatchObject({
      via: 'gateway-endpoint',
      resource: 's3Endpoint',
    });
    expect(model.serviceAccess('privA', 'sqs')).toMatchObject({
      via: 'interface-endpoint',
      resource: 'sqsEndpoint',
    });
    expect(model.serviceAccess('privA', 'sns')).toMatchObject({ via: 'nat', resource: 'natA' });
    expect(model.serviceAccess('pubA', 'sns')).toMatchObject({ via: 'internet-gateway', resource: 'igw1' });
    expect(networkOf(isolatedPrivA()).serviceAccess('privA', 'sns')).toEqual({ via: 'none' });
  });

  it('does not use an interface endpoint whose private DNS is off', () => {
    expect(networkOf(withSqsEndpoint(isolatedPrivA(), false)).serviceAccess('privA', 'sqs').via).toBe('none');
  });
});

describe('memoisation', () => {
  it('builds one model per design object and a new one for an edited copy', () => {
    const design = healthyVpc();
    expect(networkOf(design)).toBe(networkOf(design));
    expect(networkOf(withProps(design, 'pubA', {}))).not.toBe(networkOf(design));
  });
});

import { describe, expect, it } from 'vitest';
import { byId, importFixture, noteKeys } from './helpers';

describe('CloudFormation import: ACLs, endpoints, instances, rules', () => {
  it('folds ACL entries and the ACL association into the ACL and the subnet', async () => {
    const result = await importFixture('network-extras.yaml');
    expect(byId(result, 'Acl').props).toEqual({
      inbound: [{ rule: 100, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' }],
      outbound: [{ rule: 100, protocol: 'all', cidr: '0.0.0.0/0', action: 'allow' }],
    });
    expect(byId(result, 'Web').props).toMatchObject({ networkAcl: 'Acl' });
  });

  it('reads security group egress and standalone ICMP ingress', async () => {
    const result = await importFixture('network-extras.yaml');
    expect(byId(result, 'Sg').props).toEqual({
      inbound: [{ protocol: 'icmp', peer: '10.0.0.0/8' }],
      outbound: [{ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0' }],
    });
  });

  it('maps gateway and interface endpoints', async () => {
    const result = await importFixture('network-extras.yaml');
    expect(byId(result, 'S3Endpoint').props).toEqual({
      service: 's3',
      endpointType: 'gateway',
      routeTables: ['Routes'],
    });
    expect(byId(result, 'LogsEndpoint').props).toEqual({
      service: 'logs',
      endpointType: 'interface',
      subnets: ['Web'],
      securityGroups: ['Sg'],
      privateDns: false,
    });
  });

  it('maps an instance with a public address and its Elastic IP association', async () => {
    const result = await importFixture('network-extras.yaml');
    expect(byId(result, 'Box')).toMatchObject({
      parent: 'Web',
      props: { instanceType: 't3.large', publicIp: true, securityGroups: ['Sg'], elasticIp: 'BoxIp' },
    });
    expect(byId(result, 'BoxIp').props).toEqual({ attachedTo: 'Box' });
  });

  it('turns an EventBridge rule into a bus with a trigger connection', async () => {
    const result = await importFixture('network-extras.yaml');
    expect(byId(result, 'Nightly').type).toBe('eventbridge-bus');
    expect(result.design.connections).toContainEqual(
      expect.objectContaining({ from: 'Nightly', to: 'Jobs', kind: 'trigger' }),
    );
  });

  it('names a network load balancer as not modelled, and lists it', async () => {
    const result = await importFixture('network-extras.yaml');
    expect(noteKeys(result)).toContain('interop.warn.notApplicationLb');
    expect(result.report.unmapped).toEqual([
      { id: 'Nlb', type: 'AWS::ElasticLoadBalancingV2::LoadBalancer' },
    ]);
  });
});

/** Small designs for the deploy engine: an ALB in two public subnets in front of one ECS service. */
import type { Design, Resource } from '../../../shared/model/types';

export interface ServiceOptions {
  appCidrs?: string[];
  service?: Record<string, unknown>;
  /** Interface endpoints placed in every app subnet. */
  endpoints?: number;
  withAlb?: boolean;
}

export function designWith(options: ServiceOptions = {}): Design {
  const appCidrs = options.appCidrs ?? ['10.0.10.0/24', '10.0.11.0/24'];
  const azs = ['a', 'b', 'c'];
  const appSubnets: Resource[] = appCidrs.map((cidr, i) => ({
    id: `app${i}`,
    type: 'subnet',
    parent: 'vpc1',
    props: { cidr, az: azs[i % azs.length]! },
  }));
  const appIds = appSubnets.map((s) => s.id);
  const endpoints: Resource[] = Array.from({ length: options.endpoints ?? 0 }, (_, i) => ({
    id: `vpce${i}`,
    type: 'vpc-endpoint',
    parent: 'vpc1',
    props: {
      service: ['ecr.api', 'ecr.dkr', 'logs', 'sqs'][i % 4]!,
      endpointType: 'interface',
      subnets: appIds,
    },
  }));
  const withAlb = options.withAlb ?? true;
  const resources: Resource[] = [
    { id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16' } },
    { id: 'pubA', type: 'subnet', parent: 'vpc1', props: { cidr: '10.0.0.0/24', az: 'a' } },
    { id: 'pubB', type: 'subnet', parent: 'vpc1', props: { cidr: '10.0.1.0/24', az: 'b' } },
    ...appSubnets,
    { id: 'sg1', type: 'security-group', parent: 'vpc1', props: { inbound: [] } },
    ...endpoints,
    ...(withAlb
      ? [
          {
            id: 'alb1',
            type: 'alb',
            parent: 'vpc1',
            props: {
              scheme: 'internet-facing',
              subnets: ['pubA', 'pubB'],
              securityGroups: ['sg1'],
              listeners: [{ port: 80, protocol: 'HTTP' }],
            },
          } as Resource,
        ]
      : []),
    {
      id: 'svc',
      type: 'ecs-service',
      parent: 'vpc1',
      props: { securityGroups: ['sg1'], subnets: appIds, desiredCount: 2, ...options.service },
    } as Resource,
  ];
  return {
    format: 'skyplan',
    version: 1,
    name: 'deploy test',
    region: 'us-east-1',
    resources,
    connections: withAlb ? [{ id: 'c1', from: 'alb1', to: 'svc', protocol: 'tcp', port: 80 }] : [],
  };
}

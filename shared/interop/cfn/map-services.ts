/**
 * CloudFormation services → Skyplan: load balancers (listeners and target groups fold into
 * them), ECS services (with their task definition), RDS (with its subnet group), DynamoDB and
 * S3. Lambda, queues, topics, APIs and EventBridge are in map-messaging.ts.
 */
import type { Listener } from '../../model/types';
import type { Handler } from './handlers';
import { common } from './handlers';
import type { MappedResource, Mapper } from './mapper';
import { bool, num, str } from './mapper';
import { isRecord, ResourceRef } from './values';

const LISTENER_PROTOCOLS: readonly Listener['protocol'][] = ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP'];

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** The VPC holding the first of these subnets. */
export function vpcOfSubnets(m: Mapper, subnets: readonly string[]): string | undefined {
  for (const id of subnets) {
    const parent = m.get(id, 'subnet')?.parent;
    if (parent) return parent;
  }
  return undefined;
}

function forwardGroups(actions: unknown): ResourceRef[] {
  const out: ResourceRef[] = [];
  for (const action of records(actions)) {
    if (action.TargetGroupArn instanceof ResourceRef) out.push(action.TargetGroupArn);
    const forward = isRecord(action.ForwardConfig) ? action.ForwardConfig : {};
    for (const group of records(forward.TargetGroups)) {
      if (group.TargetGroupArn instanceof ResourceRef) out.push(group.TargetGroupArn);
    }
  }
  return out;
}

export const SERVICE_HANDLERS: Record<string, Handler> = {
  'AWS::ElasticLoadBalancingV2::LoadBalancer': {
    phase: 3,
    map(m, r) {
      const type = (str(r.props.Type) ?? 'application').toLowerCase();
      if (type !== 'application') {
        m.warn('interop.warn.notApplicationLb', { id: r.id, type }, r.line);
        return false;
      }
      const mappings = records(r.props.SubnetMappings).map((mapping) => mapping.SubnetId);
      const subnets = m.refs(r.props.Subnets ?? mappings, 'subnet');
      const parent = vpcOfSubnets(m, subnets);
      if (!parent) return false;
      const scheme = str(r.props.Scheme) === 'internal' ? 'internal' : 'internet-facing';
      m.add({
        ...common(r),
        type: 'alb',
        parent,
        props: {
          scheme,
          subnets,
          securityGroups: m.refs(r.props.SecurityGroups, 'security-group'),
          listeners: [],
        },
      });
    },
  },
  'AWS::ElasticLoadBalancingV2::TargetGroup': {
    phase: 1,
    map(m, r) {
      const targets = records(r.props.Targets)
        .map((target) => target.Id)
        .filter((id): id is ResourceRef => id instanceof ResourceRef)
        .map((id) => id.id);
      m.facts.targetGroups.set(r.logicalId, {
        ...(num(r.props.Port) !== undefined ? { port: num(r.props.Port) } : {}),
        targets,
      });
      m.facts.folded.add(r.logicalId);
    },
  },
  'AWS::ElasticLoadBalancingV2::Listener': {
    phase: 4,
    map(m, r) {
      const alb = m.get(m.ref(r.props.LoadBalancerArn), 'alb');
      const port = num(r.props.Port);
      if (!alb || port === undefined) return false;
      const written = (str(r.props.Protocol) ?? 'HTTP').toUpperCase() as Listener['protocol'];
      const protocol = LISTENER_PROTOCOLS.includes(written) ? written : 'HTTP';
      alb.props.listeners.push({ port, protocol });
      m.facts.listeners.set(r.logicalId, { alb: alb.id, port });
      for (const group of forwardGroups(r.props.DefaultActions)) {
        m.facts.listenerGroups.push({ alb: alb.id, targetGroup: group.id, port });
      }
    },
  },
  'AWS::ElasticLoadBalancingV2::ListenerRule': {
    phase: 5,
    map(m, r) {
      const listener =
        r.props.ListenerArn instanceof ResourceRef
          ? m.facts.listeners.get(r.props.ListenerArn.id)
          : undefined;
      if (!listener) return false;
      for (const group of forwardGroups(r.props.Actions)) {
        m.facts.listenerGroups.push({ alb: listener.alb, targetGroup: group.id, port: listener.port });
      }
    },
  },
  'AWS::ECS::Cluster': {
    phase: 1,
    map(m, r) {
      m.facts.folded.add(r.logicalId);
    },
  },
  'AWS::ECS::TaskDefinition': {
    phase: 1,
    map(m, r) {
      m.facts.taskDefinitions.set(r.logicalId, r.props);
      m.facts.folded.add(r.logicalId);
    },
  },
  'AWS::ECS::Service': { phase: 4, map: mapEcsService },
  'AWS::RDS::DBSubnetGroup': {
    phase: 3,
    map(m, r) {
      m.facts.dbSubnetGroups.set(r.logicalId, m.refs(r.props.SubnetIds, 'subnet'));
      m.facts.folded.add(r.logicalId);
    },
  },
  'AWS::RDS::DBInstance': {
    phase: 4,
    map(m, r) {
      const group =
        r.props.DBSubnetGroupName instanceof ResourceRef ? r.props.DBSubnetGroupName.id : undefined;
      const subnets = (group && m.facts.dbSubnetGroups.get(group)) || [];
      const parent = vpcOfSubnets(m, subnets);
      if (!parent) {
        m.warn('interop.warn.noSubnetGroup', { id: r.id }, r.line);
        return false;
      }
      const engine = str(r.props.Engine)?.toLowerCase();
      const instanceClass = str(r.props.DBInstanceClass);
      const multiAz = bool(r.props.MultiAZ);
      const storageGb = num(r.props.AllocatedStorage);
      const port = num(r.props.Port);
      const publiclyAccessible = bool(r.props.PubliclyAccessible);
      m.add({
        ...common(r),
        type: 'rds-instance',
        parent,
        props: {
          ...(engine ? { engine } : {}),
          ...(instanceClass ? { instanceClass } : {}),
          ...(multiAz !== undefined ? { multiAz } : {}),
          ...(storageGb !== undefined ? { storageGb } : {}),
          subnets,
          securityGroups: m.refs(r.props.VPCSecurityGroups, 'security-group'),
          ...(port !== undefined ? { port } : {}),
          ...(publiclyAccessible ? { publiclyAccessible } : {}),
        },
      });
    },
  },
  'AWS::DynamoDB::Table': {
    phase: 1,
    map(m, r) {
      m.add({ ...common(r), type: 'dynamodb-table', props: {} });
    },
  },
  'AWS::S3::Bucket': {
    phase: 1,
    map(m, r) {
      m.add({ ...common(r), type: 's3-bucket', props: {} });
    },
  },
};

function mapEcsService(m: Mapper, r: MappedResource): boolean {
  const network = isRecord(r.props.NetworkConfiguration) ? r.props.NetworkConfiguration : {};
  const awsvpc = isRecord(network.AwsvpcConfiguration) ? network.AwsvpcConfiguration : {};
  const subnets = m.refs(awsvpc.Subnets, 'subnet');
  const parent = vpcOfSubnets(m, subnets);
  if (!parent) return false;
  const task =
    r.props.TaskDefinition instanceof ResourceRef
      ? m.facts.taskDefinitions.get(r.props.TaskDefinition.id)
      : undefined;
  const container = records(task?.ContainerDefinitions)[0] ?? {};
  const containerPort = num(records(container.PortMappings)[0]?.ContainerPort);
  const image = str(container.Image);
  const cpuUnits = num(task?.Cpu);
  const memoryMib = num(task?.Memory);
  const platform = isRecord(task?.RuntimePlatform) ? str(task.RuntimePlatform.CpuArchitecture) : undefined;
  const storage = isRecord(task?.EphemeralStorage) ? num(task.EphemeralStorage.SizeInGiB) : undefined;
  const launch = str(r.props.LaunchType)?.toLowerCase();
  const desiredCount = num(r.props.DesiredCount);
  m.add({
    ...common(r),
    type: 'ecs-service',
    parent,
    props: {
      subnets,
      securityGroups: m.refs(awsvpc.SecurityGroups, 'security-group'),
      ...(launch === 'ec2' || launch === 'fargate' ? { launchType: launch } : {}),
      ...(desiredCount !== undefined ? { desiredCount } : {}),
      ...(cpuUnits !== undefined ? { cpu: cpuUnits / 1024 } : {}),
      ...(memoryMib !== undefined ? { memoryGb: memoryMib / 1024 } : {}),
      ...(str(awsvpc.AssignPublicIp) === 'ENABLED' ? { assignPublicIp: true } : {}),
      ...(image && !image.includes('.dkr.ecr.') && !image.includes('<')
        ? { imageSource: 'public' as const }
        : {}),
      ...(platform === 'ARM64' ? { cpuArchitecture: 'arm64' as const } : {}),
      ...(storage !== undefined ? { ephemeralStorageGb: storage } : {}),
      ...(containerPort !== undefined ? { containerPort } : {}),
    },
  });
  for (const balancer of records(r.props.LoadBalancers)) {
    if (balancer.TargetGroupArn instanceof ResourceRef) {
      m.facts.serviceGroups.push({
        service: r.id,
        targetGroup: balancer.TargetGroupArn.id,
        port: num(balancer.ContainerPort) ?? containerPort,
      });
    }
  }
  return true;
}

/**
 * CloudFormation for services: load balancers (listener + target group per service behind
 * them), ECS services with their task definition, Lambda, RDS (password kept in a secret that
 * RDS manages), storage, queues, topics, APIs and event buses. What connections imply
 * (subscriptions, event source mappings, integrations, rules, permissions) is in cfn-links.ts.
 */
import type { Connection, Resource } from '../../model/types';
import type { CfnTemplate, Json } from './cfn-context';
import { arn, asciiText, getAtt, ref } from './cfn-context';

const groupIds = (t: CfnTemplate, ids: readonly string[] | undefined): Json[] =>
  (ids ?? []).map((id) => getAtt(t.id(id), 'GroupId'));
const subnetRefs = (t: CfnTemplate, ids: readonly string[]): Json[] => ids.map((id) => ref(t.id(id)));

function lambdaCode(t: CfnTemplate, name: string): Json {
  return {
    S3Bucket: t.parameter('LambdaCodeBucket', {
      Type: 'String',
      Default: 'my-deployment-bucket',
      Description: "S3 bucket holding the functions' code",
    }),
    S3Key: t.parameter(`${name}CodeKey`, {
      Type: 'String',
      Default: `${name}.zip`,
      Description: `S3 key of ${name}'s code package`,
    }),
  };
}

function writeAlb(t: CfnTemplate, r: Extract<Resource, { type: 'alb' }>): void {
  const name = t.add(r, 'AWS::ElasticLoadBalancingV2::LoadBalancer', {
    Type: 'application',
    Scheme: r.props.scheme,
    Subnets: subnetRefs(t, t.index.placed(r)),
    SecurityGroups: groupIds(t, r.props.securityGroups),
  });
  const behind = t.index.design.connections.filter((c) => c.from === r.id && t.get(c.to, 'ecs-service'));
  const groups = behind.map((c) => targetGroup(t, r, c));
  r.props.listeners.forEach((listener, i) => {
    const https = listener.protocol === 'HTTPS';
    const certificate = https
      ? t.parameter('CertificateArn', {
          Type: 'String',
          Description: 'ACM certificate for the HTTPS listeners',
        })
      : undefined;
    const [first, ...others] = groups;
    const listenerName = t.addExtra(`${name}Listener${i + 1}`, 'AWS::ElasticLoadBalancingV2::Listener', {
      LoadBalancerArn: ref(name),
      Port: listener.port,
      Protocol: https ? 'HTTPS' : 'HTTP',
      ...(certificate ? { Certificates: [{ CertificateArn: certificate }] } : {}),
      DefaultActions: first
        ? [{ Type: 'forward', TargetGroupArn: ref(first) }]
        : [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
    });
    if (first) t.groupListeners.set(first, [...(t.groupListeners.get(first) ?? []), listenerName]);
    // Further services behind the same load balancer answer under /<service>/.
    others.forEach((group, n) => {
      const rule = t.addExtra(`${listenerName}Rule${n + 1}`, 'AWS::ElasticLoadBalancingV2::ListenerRule', {
        ListenerArn: ref(listenerName),
        Priority: n + 1,
        Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: [`/${group.toLowerCase()}/*`] } }],
        Actions: [{ Type: 'forward', TargetGroupArn: ref(group) }],
      });
      t.groupListeners.set(group, [...(t.groupListeners.get(group) ?? []), rule]);
    });
  });
}

function targetGroup(t: CfnTemplate, alb: Resource, connection: Connection): string {
  const service = t.get(connection.to, 'ecs-service');
  const port = service?.props.containerPort ?? connection.port ?? 80;
  const name = t.addExtra(
    `${t.id(alb.id)}To${t.id(connection.to)}`,
    'AWS::ElasticLoadBalancingV2::TargetGroup',
    {
      VpcId: ref(t.id(t.index.vpcOf(alb) ?? '')),
      Port: port,
      Protocol: 'HTTP',
      TargetType: 'ip',
    },
  );
  t.serviceGroups.set(connection.to, [...(t.serviceGroups.get(connection.to) ?? []), name]);
  return name;
}

function writeEcs(t: CfnTemplate, r: Extract<Resource, { type: 'ecs-service' }>): void {
  const cluster = t.resources.EcsCluster
    ? 'EcsCluster'
    : t.addExtra('EcsCluster', 'AWS::ECS::Cluster', {}, { implicit: true });
  const id = t.id(r.id);
  const fargate = (r.props.launchType ?? 'fargate') === 'fargate';
  const port = r.props.containerPort ?? 80;
  const image = t.parameter(`${id}Image`, {
    Type: 'String',
    Default:
      r.props.imageSource === 'public'
        ? 'public.ecr.aws/nginx/nginx:latest'
        : `123456789012.dkr.ecr.${t.index.design.region}.amazonaws.com/${id.toLowerCase()}:latest`,
    Description: `Container image of ${id}`,
  });
  const storage = r.props.ephemeralStorageGb;
  const task = t.addExtra(`${id}Task`, 'AWS::ECS::TaskDefinition', {
    Cpu: String(Math.round((r.props.cpu ?? 0.5) * 1024)),
    Memory: String(Math.round((r.props.memoryGb ?? 1) * 1024)),
    NetworkMode: 'awsvpc',
    RequiresCompatibilities: [fargate ? 'FARGATE' : 'EC2'],
    // Pulls the image and writes logs; the role belongs to the account, so it is a parameter.
    ExecutionRoleArn: t.parameter('EcsExecutionRoleArn', {
      Type: 'String',
      Description: 'Task execution role of the ECS services',
    }),
    RuntimePlatform: {
      OperatingSystemFamily: 'LINUX',
      CpuArchitecture: r.props.cpuArchitecture === 'arm64' ? 'ARM64' : 'X86_64',
    },
    ...(storage !== undefined && storage > 20 ? { EphemeralStorage: { SizeInGiB: storage } } : {}),
    ContainerDefinitions: [
      {
        Name: 'app',
        Image: image,
        Essential: true,
        PortMappings: [{ ContainerPort: port, Protocol: 'tcp' }],
      },
    ],
  });
  const groups = t.serviceGroups.get(r.id) ?? [];
  const listeners = groups.flatMap((group) => t.groupListeners.get(group) ?? []);
  t.add(
    r,
    'AWS::ECS::Service',
    {
      Cluster: ref(cluster),
      TaskDefinition: ref(task),
      LaunchType: fargate ? 'FARGATE' : 'EC2',
      DesiredCount: r.props.desiredCount ?? 2,
      NetworkConfiguration: {
        AwsvpcConfiguration: {
          Subnets: subnetRefs(t, t.index.placed(r)),
          SecurityGroups: groupIds(t, r.props.securityGroups),
          AssignPublicIp: r.props.assignPublicIp ? 'ENABLED' : 'DISABLED',
        },
      },
      ...(groups.length
        ? {
            LoadBalancers: groups.map((group) => ({
              ContainerName: 'app',
              ContainerPort: port,
              TargetGroupArn: ref(group),
            })),
          }
        : {}),
    },
    listeners.length ? { attributes: { DependsOn: listeners } } : {},
  );
}

function writeLambda(t: CfnTemplate, r: Extract<Resource, { type: 'lambda-function' }>): void {
  const id = t.id(r.id);
  const subnets = t.index.placed(r);
  const dlq = r.props.deadLetterTarget ? t.index.byId.get(r.props.deadLetterTarget) : undefined;
  t.add(r, 'AWS::Lambda::Function', {
    Runtime: 'nodejs24.x',
    Handler: 'index.handler',
    Role: t.parameter('LambdaRoleArn', { Type: 'String', Description: 'Execution role of the functions' }),
    Code: lambdaCode(t, id),
    MemorySize: r.props.memoryMb ?? 128,
    Timeout: r.props.timeoutSec ?? 3,
    Architectures: [r.props.architecture ?? 'x86_64'],
    ...(r.props.ephemeralStorageMb !== undefined && r.props.ephemeralStorageMb !== 512
      ? { EphemeralStorage: { Size: r.props.ephemeralStorageMb } }
      : {}),
    ...(subnets.length
      ? {
          VpcConfig: {
            SubnetIds: subnetRefs(t, subnets),
            SecurityGroupIds: groupIds(t, r.props.securityGroups),
          },
        }
      : {}),
    ...(dlq
      ? { DeadLetterConfig: { TargetArn: dlq.type === 'sns-topic' ? ref(t.id(dlq.id)) : arn(t.id(dlq.id)) } }
      : {}),
  });
}

function writeRds(t: CfnTemplate, r: Extract<Resource, { type: 'rds-instance' }>): void {
  const id = t.id(r.id);
  const group = t.addExtra(`${id}SubnetGroup`, 'AWS::RDS::DBSubnetGroup', {
    DBSubnetGroupDescription: `Subnets of ${id}`,
    SubnetIds: subnetRefs(t, t.index.placed(r)),
  });
  t.add(
    r,
    'AWS::RDS::DBInstance',
    {
      Engine: r.props.engine ?? 'mysql',
      DBInstanceClass: r.props.instanceClass ?? 'db.t3.micro',
      AllocatedStorage: String(r.props.storageGb ?? 20),
      MultiAZ: r.props.multiAz ?? false,
      DBSubnetGroupName: ref(group),
      VPCSecurityGroups: groupIds(t, r.props.securityGroups),
      ...(r.props.port !== undefined ? { Port: String(r.props.port) } : {}),
      PubliclyAccessible: r.props.publiclyAccessible ?? false,
      MasterUsername: t.parameter('DbMasterUsername', {
        Type: 'String',
        Default: 'dbadmin',
        Description: 'Master user of the databases',
      }),
      // RDS keeps the password in Secrets Manager: it is never written here.
      ManageMasterUserPassword: true,
      StorageEncrypted: true,
    },
    { attributes: { DeletionPolicy: 'Snapshot', UpdateReplacePolicy: 'Snapshot' } },
  );
}

export function writeService(t: CfnTemplate, r: Resource): boolean {
  switch (r.type) {
    case 'alb':
      writeAlb(t, r);
      return true;
    case 'ecs-service':
      writeEcs(t, r);
      return true;
    case 'lambda-function':
      writeLambda(t, r);
      return true;
    case 'rds-instance':
      writeRds(t, r);
      return true;
    case 's3-bucket':
      t.add(
        r,
        'AWS::S3::Bucket',
        {},
        { attributes: { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' } },
      );
      return true;
    case 'dynamodb-table':
      t.add(
        r,
        'AWS::DynamoDB::Table',
        {
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        },
        { attributes: { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' } },
      );
      return true;
    case 'sqs-queue': {
      const dlq = t.get(r.props.deadLetterTarget, 'sqs-queue');
      t.add(r, 'AWS::SQS::Queue', {
        ...(r.props.fifo ? { FifoQueue: true } : {}),
        ...(r.props.visibilityTimeoutSec !== undefined
          ? { VisibilityTimeout: r.props.visibilityTimeoutSec }
          : {}),
        ...(dlq ? { RedrivePolicy: { deadLetterTargetArn: arn(t.id(dlq.id)), maxReceiveCount: 5 } } : {}),
      });
      return true;
    }
    case 'sns-topic':
      t.add(r, 'AWS::SNS::Topic', r.props.fifo ? { FifoTopic: true } : {});
      return true;
    case 'api-gateway':
      if (r.props.apiType === 'rest') {
        const type = (r.props.endpointType ?? 'regional').toUpperCase();
        t.add(r, 'AWS::ApiGateway::RestApi', {
          Name: asciiText(r.name, r.id),
          EndpointConfiguration: { Types: [type] },
        });
      } else {
        t.add(
          r,
          'AWS::ApiGatewayV2::Api',
          {
            Name: asciiText(r.name, r.id),
            ProtocolType: r.props.apiType === 'websocket' ? 'WEBSOCKET' : 'HTTP',
            ...(r.props.apiType === 'websocket' ? { RouteSelectionExpression: '$request.body.action' } : {}),
            ...(r.name ? { Tags: { Name: r.name } } : {}),
          },
          { tags: false },
        );
      }
      return true;
    case 'eventbridge-bus':
      t.add(r, 'AWS::Events::EventBus', { Name: t.id(r.id) });
      return true;
    default:
      return false;
  }
}

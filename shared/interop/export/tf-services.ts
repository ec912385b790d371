/** Terraform for services (see cfn-services.ts); links between them are in tf-links.ts. */
import type { Resource } from '../../model/types';
import { block, expr } from './hcl';
import type { TfConfig } from './tf-context';

const str = expr('string');

function writeAlb(tf: TfConfig, r: Extract<Resource, { type: 'alb' }>): void {
  const name = tf.add(r, 'aws_lb', {
    load_balancer_type: 'application',
    internal: r.props.scheme === 'internal',
    subnets: tf.index.placed(r).map((id) => tf.attr(id)),
    security_groups: r.props.securityGroups.map((id) => tf.attr(id)),
  });
  const groups = tf.index.design.connections
    .filter((c) => c.from === r.id && tf.get(c.to, 'ecs-service'))
    .map((c) => {
      const service = tf.get(c.to, 'ecs-service');
      const group = tf.addExtra(`${name}_to_${tf.name(c.to)}`, 'aws_lb_target_group', {
        vpc_id: tf.attr(tf.index.vpcOf(r) ?? ''),
        port: service?.props.containerPort ?? c.port ?? 80,
        protocol: 'HTTP',
        target_type: 'ip',
      });
      tf.serviceGroups.set(c.to, [...(tf.serviceGroups.get(c.to) ?? []), group]);
      return group;
    });
  r.props.listeners.forEach((listener, i) => {
    const https = listener.protocol === 'HTTPS';
    const [first, ...others] = groups;
    const listenerName = tf.addExtra(`${name}_listener_${i + 1}`, 'aws_lb_listener', {
      load_balancer_arn: tf.attr(r.id, 'arn'),
      port: listener.port,
      protocol: https ? 'HTTPS' : 'HTTP',
      ...(https
        ? {
            certificate_arn: tf.variable('certificate_arn', {
              type: str,
              description: 'ACM certificate for the HTTPS listeners',
            }),
          }
        : {}),
      default_action: first
        ? block({ type: 'forward', target_group_arn: expr(`aws_lb_target_group.${first}.arn`) })
        : block({
            type: 'fixed-response',
            fixed_response: block({ content_type: 'text/plain', status_code: '404' }),
          }),
    });
    if (first)
      tf.groupListeners.set(first, [
        ...(tf.groupListeners.get(first) ?? []),
        `aws_lb_listener.${listenerName}`,
      ]);
    others.forEach((group, n) => {
      const rule = tf.addExtra(`${listenerName}_rule_${n + 1}`, 'aws_lb_listener_rule', {
        listener_arn: expr(`aws_lb_listener.${listenerName}.arn`),
        priority: n + 1,
        action: block({ type: 'forward', target_group_arn: expr(`aws_lb_target_group.${group}.arn`) }),
        condition: block({ path_pattern: block({ values: [`/${group.toLowerCase()}/*`] }) }),
      });
      tf.groupListeners.set(group, [...(tf.groupListeners.get(group) ?? []), `aws_lb_listener_rule.${rule}`]);
    });
  });
}

function writeEcs(tf: TfConfig, r: Extract<Resource, { type: 'ecs-service' }>): void {
  const id = tf.name(r.id);
  tf.cluster ??= tf.addExtra('cluster', 'aws_ecs_cluster', { name: 'skyplan' });
  const fargate = (r.props.launchType ?? 'fargate') === 'fargate';
  const port = r.props.containerPort ?? 80;
  const image = tf.variable(`${id}_image`, {
    type: str,
    default:
      r.props.imageSource === 'public'
        ? 'public.ecr.aws/nginx/nginx:latest'
        : `123456789012.dkr.ecr.${tf.index.design.region}.amazonaws.com/${id.toLowerCase()}:latest`,
    description: `Container image of ${id}`,
  });
  const storage = r.props.ephemeralStorageGb;
  const task = tf.addExtra(`${id}_task`, 'aws_ecs_task_definition', {
    family: id,
    cpu: String(Math.round((r.props.cpu ?? 0.5) * 1024)),
    memory: String(Math.round((r.props.memoryGb ?? 1) * 1024)),
    network_mode: 'awsvpc',
    requires_compatibilities: [fargate ? 'FARGATE' : 'EC2'],
    execution_role_arn: tf.variable('ecs_execution_role_arn', {
      type: str,
      description: 'Task execution role of the ECS services',
    }),
    runtime_platform: block({
      operating_system_family: 'LINUX',
      cpu_architecture: r.props.cpuArchitecture === 'arm64' ? 'ARM64' : 'X86_64',
    }),
    ...(storage !== undefined && storage > 20 ? { ephemeral_storage: block({ size_in_gib: storage }) } : {}),
    container_definitions: expr(
      `jsonencode([{ name = "app", image = ${image.text}, essential = true, portMappings = [{ containerPort = ${port}, protocol = "tcp" }] }])`,
    ),
  });
  const groups = tf.serviceGroups.get(r.id) ?? [];
  const listeners = groups.flatMap((group) => tf.groupListeners.get(group) ?? []);
  tf.add(r, 'aws_ecs_service', {
    name: id,
    cluster: expr(`aws_ecs_cluster.${tf.cluster}.id`),
    task_definition: expr(`aws_ecs_task_definition.${task}.arn`),
    launch_type: fargate ? 'FARGATE' : 'EC2',
    desired_count: r.props.desiredCount ?? 2,
    network_configuration: block({
      subnets: tf.index.placed(r).map((s) => tf.attr(s)),
      security_groups: r.props.securityGroups.map((g) => tf.attr(g)),
      assign_public_ip: r.props.assignPublicIp ?? false,
    }),
    ...(groups.length
      ? {
          load_balancer: groups.map((group) =>
            block({
              target_group_arn: expr(`aws_lb_target_group.${group}.arn`),
              container_name: 'app',
              container_port: port,
            }),
          ),
        }
      : {}),
    ...(listeners.length ? { depends_on: listeners.map((l) => expr(l)) } : {}),
  });
}

function writeLambda(tf: TfConfig, r: Extract<Resource, { type: 'lambda-function' }>): void {
  const id = tf.name(r.id);
  const subnets = tf.index.placed(r);
  const dlq = r.props.deadLetterTarget ? tf.index.byId.get(r.props.deadLetterTarget) : undefined;
  tf.add(r, 'aws_lambda_function', {
    function_name: id,
    role: tf.variable('lambda_role_arn', { type: str, description: 'Execution role of the functions' }),
    runtime: 'nodejs24.x',
    handler: 'index.handler',
    s3_bucket: tf.variable('lambda_code_bucket', {
      type: str,
      default: 'my-deployment-bucket',
      description: "S3 bucket holding the functions' code",
    }),
    s3_key: tf.variable(`${id}_code_key`, {
      type: str,
      default: `${id}.zip`,
      description: `S3 key of ${id}'s code package`,
    }),
    memory_size: r.props.memoryMb ?? 128,
    timeout: r.props.timeoutSec ?? 3,
    architectures: [r.props.architecture ?? 'x86_64'],
    ...(r.props.ephemeralStorageMb !== undefined && r.props.ephemeralStorageMb !== 512
      ? { ephemeral_storage: block({ size: r.props.ephemeralStorageMb }) }
      : {}),
    ...(subnets.length
      ? {
          vpc_config: block({
            subnet_ids: subnets.map((s) => tf.attr(s)),
            security_group_ids: (r.props.securityGroups ?? []).map((g) => tf.attr(g)),
          }),
        }
      : {}),
    ...(dlq ? { dead_letter_config: block({ target_arn: tf.attr(dlq.id, 'arn') }) } : {}),
  });
}

function writeRds(tf: TfConfig, r: Extract<Resource, { type: 'rds-instance' }>): void {
  const id = tf.name(r.id);
  const group = tf.addExtra(`${id}_subnets`, 'aws_db_subnet_group', {
    subnet_ids: tf.index.placed(r).map((s) => tf.attr(s)),
  });
  tf.add(r, 'aws_db_instance', {
    engine: r.props.engine ?? 'mysql',
    instance_class: r.props.instanceClass ?? 'db.t3.micro',
    allocated_storage: r.props.storageGb ?? 20,
    multi_az: r.props.multiAz ?? false,
    db_subnet_group_name: expr(`aws_db_subnet_group.${group}.name`),
    vpc_security_group_ids: r.props.securityGroups.map((g) => tf.attr(g)),
    ...(r.props.port !== undefined ? { port: r.props.port } : {}),
    publicly_accessible: r.props.publiclyAccessible ?? false,
    username: tf.variable('db_master_username', {
      type: str,
      default: 'dbadmin',
      description: 'Master user of the databases',
    }),
    // RDS keeps the password in Secrets Manager: it is never written here.
    manage_master_user_password: true,
    storage_encrypted: true,
    final_snapshot_identifier: `${id.toLowerCase().replace(/[^a-z0-9-]/g, '-')}-final`,
  });
}

export function writeTfService(tf: TfConfig, r: Resource): boolean {
  switch (r.type) {
    case 'alb':
      writeAlb(tf, r);
      return true;
    case 'ecs-service':
      writeEcs(tf, r);
      return true;
    case 'lambda-function':
      writeLambda(tf, r);
      return true;
    case 'rds-instance':
      writeRds(tf, r);
      return true;
    case 's3-bucket':
      tf.add(r, 'aws_s3_bucket', {});
      return true;
    case 'dynamodb-table':
      tf.add(r, 'aws_dynamodb_table', {
        name: tf.name(r.id),
        billing_mode: 'PAY_PER_REQUEST',
        hash_key: 'pk',
        attribute: block({ name: 'pk', type: 'S' }),
      });
      return true;
    case 'sqs-queue': {
      const dlq = tf.get(r.props.deadLetterTarget, 'sqs-queue');
      tf.add(r, 'aws_sqs_queue', {
        ...(r.props.fifo ? { fifo_queue: true } : {}),
        ...(r.props.visibilityTimeoutSec !== undefined
          ? { visibility_timeout_seconds: r.props.visibilityTimeoutSec }
          : {}),
        ...(dlq
          ? {
              redrive_policy: expr(
                `jsonencode({ deadLetterTargetArn = aws_sqs_queue.${tf.name(dlq.id)}.arn, maxReceiveCount = 5 })`,
              ),
            }
          : {}),
      });
      return true;
    }
    case 'sns-topic':
      tf.add(r, 'aws_sns_topic', r.props.fifo ? { fifo_topic: true } : {});
      return true;
    case 'api-gateway':
      if (r.props.apiType === 'rest') {
        tf.add(r, 'aws_api_gateway_rest_api', {
          name: r.name ?? r.id,
          endpoint_configuration: block({ types: [(r.props.endpointType ?? 'regional').toUpperCase()] }),
        });
      } else {
        tf.add(r, 'aws_apigatewayv2_api', {
          name: r.name ?? r.id,
          protocol_type: r.props.apiType === 'websocket' ? 'WEBSOCKET' : 'HTTP',
          ...(r.props.apiType === 'websocket' ? { route_selection_expression: '$request.body.action' } : {}),
        });
      }
      return true;
    case 'eventbridge-bus':
      tf.add(r, 'aws_cloudwatch_event_bus', { name: tf.name(r.id) });
      return true;
    default:
      return false;
  }
}

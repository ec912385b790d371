/**
 * What a new connection drawn between two resources means. Service pairs imply a flow kind
 * (API Gateway -> Lambda is an invocation, SNS -> SQS a subscription); everything else is
 * network traffic, by default HTTPS (tcp/443), or the database port for a database.
 */
import type { Connection, ConnectionKind, Design, Resource, ResourceType } from '../../shared/model/types';

const IMPLIED_KIND: Partial<Record<ResourceType, Partial<Record<ResourceType, ConnectionKind>>>> = {
  'api-gateway': { 'lambda-function': 'invoke', 'sqs-queue': 'invoke', 'sns-topic': 'invoke' },
  'sns-topic': { 'sqs-queue': 'subscribe', 'lambda-function': 'subscribe' },
  'sqs-queue': { 'lambda-function': 'trigger' },
  's3-bucket': { 'lambda-function': 'trigger', 'sqs-queue': 'trigger', 'sns-topic': 'trigger' },
  'dynamodb-table': { 'lambda-function': 'trigger' },
  'eventbridge-bus': { 'lambda-function': 'trigger', 'sqs-queue': 'trigger', 'sns-topic': 'trigger' },
  'lambda-function': {
    'sns-topic': 'publish',
    'sqs-queue': 'publish',
    'eventbridge-bus': 'publish',
    'lambda-function': 'invoke',
  },
};

const ENGINE_PORT: Record<string, number> = {
  mysql: 3306,
  mariadb: 3306,
  'aurora-mysql': 3306,
  postgres: 5432,
  'aurora-postgresql': 5432,
  'sqlserver-ex': 1433,
  'sqlserver-se': 1433,
  'oracle-se2': 1521,
};

function targetPort(target: Resource): number {
  if (target.type === 'rds-instance')
    return target.props.port ?? ENGINE_PORT[target.props.engine ?? 'mysql'] ?? 3306;
  if (target.type === 'ecs-service' && target.props.containerPort) return target.props.containerPort;
  return 443;
}

export function defaultConnection(from: Resource, to: Resource): Omit<Connection, 'id'> {
  const kind = IMPLIED_KIND[from.type]?.[to.type];
  if (kind) return { from: from.id, to: to.id, kind };
  return { from: from.id, to: to.id, protocol: 'tcp', port: targetPort(to) };
}

/** An existing connection between the same two resources with the same meaning. */
export function duplicateOf(design: Design, candidate: Omit<Connection, 'id'>): Connection | undefined {
  return design.connections.find(
    (c) =>
      c.from === candidate.from &&
      c.to === candidate.to &&
      (c.kind ?? 'network') === (candidate.kind ?? 'network') &&
      c.protocol === candidate.protocol &&
      c.port === candidate.port,
  );
}

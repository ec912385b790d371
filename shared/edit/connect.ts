/**
 * What a line drawn from one resource to another means. Plumbing pairs become the edit they
 * stand for (route table → gateway: a route; subnet ↔ route table or network ACL: an
 * association; security group → resource: an attachment; gateway endpoint ↔ route table: the
 * endpoint's route), service pairs imply a flow kind (API Gateway → Lambda is an invocation,
 * SNS → SQS a subscription), other placed pairs are network traffic on the target's port, and
 * pairs that mean nothing are refused with a reason. `connectionMeaning` answers during a drag
 * (for a preview) and the `connect` operation performs it.
 */
import { fieldOf } from '../catalog/index';
import type { Connection, ConnectionKind, Design, Resource, ResourceType } from '../model/types';
import { findResource, vpcOf } from './ids';
import { gatewayRoutePlan, ROUTE_TARGET_TYPES } from './gateway-routes';
import type { RoutePlan } from './gateway-routes';
import type { EditResult, Message } from './types';
import { ok, refuse, typeName } from './types';
import { displayName } from './where';

/** Re-exported: callers have always found it here. */
export { vpcOf } from './ids';

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

/** Types that are plumbing, never the end of a traffic connection. */
export const PLUMBING: ReadonlySet<ResourceType> = new Set<ResourceType>([
  'vpc',
  'subnet',
  'route-table',
  'security-group',
  'network-acl',
  'internet-gateway',
  'elastic-ip',
]);

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

/** The port traffic to `target` uses by default: what the target listens on. */
export function targetPort(target: Resource): number {
  switch (target.type) {
    case 'rds-instance':
      return target.props.port ?? ENGINE_PORT[target.props.engine ?? 'mysql'] ?? 3306;
    case 'ecs-service':
      return target.props.containerPort ?? 443;
    case 'alb':
      return target.props.listeners[0]?.port ?? 443;
    default:
      return 443;
  }
}

/** A traffic connection between two resources, with the implied kind or the target's port. */
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

export type ConnectMeaning =
  | { kind: 'traffic'; connection: Omit<Connection, 'id'> }
  | ({ kind: 'route'; routeTable: string } & RoutePlan)
  | { kind: 'endpointRoute'; endpoint: string; routeTable: string }
  | { kind: 'associate'; subnet: string; table: string; field: 'routeTable' | 'networkAcl' }
  | { kind: 'attach'; group: string; resource: string };

function pair(
  a: Resource,
  b: Resource,
  first: ResourceType,
  second: ResourceType,
): [Resource, Resource] | null {
  if (a.type === first && b.type === second) return [a, b];
  if (b.type === first && a.type === second) return [b, a];
  return null;
}

const name = (r: Resource): string => displayName(r);

function sameVpc(design: Design, a: Resource, b: Resource): EditResult<void> {
  const va = vpcOf(design, a);
  const vb = vpcOf(design, b);
  if (va && vb && va !== vb) return refuse('edit.connect.otherVpc', { from: name(a), to: name(b) });
  return ok();
}

function routeMeaning(
  design: Design,
  table: Resource & { type: 'route-table' },
  target: Resource,
): EditResult<ConnectMeaning> {
  if (target.type === 'vpc-endpoint') {
    if (target.props.endpointType === 'interface') return refuse('edit.connect.interfaceEndpoint');
    if (target.props.routeTables?.includes(table.id)) {
      return refuse('edit.connect.alreadyAssociated', { subnet: name(target), table: name(table) });
    }
    return ok<ConnectMeaning>({ kind: 'endpointRoute', endpoint: target.id, routeTable: table.id });
  }
  const plan = gatewayRoutePlan(design, table, target);
  if (!plan.ok) return plan;
  return ok<ConnectMeaning>({ kind: 'route', routeTable: table.id, ...plan.value });
}

/** What connecting `fromId` to `toId` would do, or why it cannot be done. */
export function connectionMeaning(design: Design, fromId: string, toId: string): EditResult<ConnectMeaning> {
  const from = findResource(design, fromId);
  const to = findResource(design, toId);
  if (!from) return refuse('edit.refused.unknown', { id: fromId });
  if (!to) return refuse('edit.refused.unknown', { id: toId });
  if (from.id === to.id) return refuse('ui.connect.self');

  const plumbing = PLUMBING.has(from.type) || PLUMBING.has(to.type) || from.type === 'vpc-endpoint';
  if (plumbing) {
    const vpc = sameVpc(design, from, to);
    if (!vpc.ok) return vpc;
  }
  const withTable = pair(from, to, 'subnet', 'route-table') ?? pair(from, to, 'subnet', 'network-acl');
  if (withTable) {
    const [subnet, table] = withTable as [Resource & { type: 'subnet' }, Resource];
    const field = table.type === 'route-table' ? 'routeTable' : 'networkAcl';
    if (subnet.props[field] === table.id) {
      return refuse('edit.connect.alreadyAssociated', { subnet: name(subnet), table: name(table) });
    }
    return ok<ConnectMeaning>({ kind: 'associate', subnet: subnet.id, table: table.id, field });
  }
  if (from.type === 'route-table') return routeMeaning(design, from, to);
  if (to.type === 'route-table' && ROUTE_TARGET_TYPES.has(from.type)) return routeMeaning(design, to, from);
  if (from.type === 'security-group' || to.type === 'security-group') {
    const [group, resource] = from.type === 'security-group' ? [from, to] : [to, from];
    if (resource.type === 'security-group' || fieldOf(resource.type, 'securityGroups') === undefined) {
      return refuse('edit.connect.noSecurityGroups', { type: typeName(resource.type) });
    }
    const groups = (resource.props as { securityGroups?: string[] }).securityGroups ?? [];
    if (groups.includes(group.id)) {
      return refuse('edit.connect.alreadyAttached', { group: name(group), resource: name(resource) });
    }
    return ok<ConnectMeaning>({ kind: 'attach', group: group.id, resource: resource.id });
  }
  if (PLUMBING.has(from.type) || PLUMBING.has(to.type)) {
    return refuse('edit.connect.meaningless', { from: typeName(from.type), to: typeName(to.type) });
  }
  const connection = defaultConnection(from, to);
  if (duplicateOf(design, connection)) return refuse('ui.connect.duplicate');
  return ok<ConnectMeaning>({ kind: 'traffic', connection });
}

/** The undo label for a meaning ("Add route 0.0.0.0/0 → igw1"). */
export function meaningLabel(design: Design, meaning: ConnectMeaning): Message {
  const label = (id: string): string => {
    const resource = findResource(design, id);
    return resource ? name(resource) : id;
  };
  switch (meaning.kind) {
    case 'traffic':
      return { key: 'ui.action.connect' };
    case 'route': {
      const destination = meaning.routes.map((r) => r.destination);
      if (meaning.replaced.length === 0) {
        return { key: 'edit.action.addRoute', params: { destination, target: label(meaning.target) } };
      }
      return {
        key: 'edit.action.replaceRoute',
        params: {
          destination,
          target: label(meaning.target),
          previous: [...new Set(meaning.replaced.map((r) => label(r.target)))],
        },
      };
    }
    case 'endpointRoute':
      return {
        key: 'edit.action.associate',
        params: { subnet: label(meaning.endpoint), table: label(meaning.routeTable) },
      };
    case 'associate':
      return {
        key: 'edit.action.associate',
        params: { subnet: label(meaning.subnet), table: label(meaning.table) },
      };
    case 'attach':
      return {
        key: 'edit.action.attach',
        params: { group: label(meaning.group), resource: label(meaning.resource) },
      };
  }
}

/**
 * Walking one pair of placements: who is talking to whom (network interfaces, the internet, AWS
 * services) decides which legs the path is made of, and how the request is received at the end
 * (a load balancer listener, an endpoint, a workload, a service).
 */
import type { ConnectionKind, Design, Listener, Protocol, Resource, ResourceType } from '../model/types';
import { ipToString } from './cidr';
import { entriesOf } from './read';
import type { End, Failure, Path } from './tracer';
import {
  egressToPublic,
  ingressFromPublic,
  intraVpc,
  PUBLIC_SOURCE,
  publicEnd,
  SERVICE_SOURCE,
} from './segments';
import { toService } from './service-leg';
import { interVpc } from './inter-vpc';
import { arriveAtNlb, nlbToTarget } from './nlb';
import { walk6 } from './walk6';
import { INTERNET_IP, MANAGED_TYPES, serviceOf } from './services';
import type { NetworkModel, Placement } from './types';

export type Role = 'internet' | 'eni' | 'service' | 'none';
/**
 * An Application Load Balancer listens on HTTP and HTTPS only; TCP, TLS, UDP and TCP_UDP are
 * Network Load Balancer protocols, which AWS refuses on an ALB listener
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html).
 */
export const ALB_LISTENER_PROTOCOLS: readonly string[] = ['HTTP', 'HTTPS'];

/** Which AWS services hand work on to which (event sources, subscriptions, integrations). */
const HANDS_ON_TO: Partial<Record<ResourceType, readonly ResourceType[]>> = {
  'api-gateway': [
    'lambda-function',
    'sqs-queue',
    'sns-topic',
    'eventbridge-bus',
    'dynamodb-table',
    's3-bucket',
  ],
  'sns-topic': ['sqs-queue', 'lambda-function', 'internet'],
  'sqs-queue': ['lambda-function'],
  'eventbridge-bus': [
    'lambda-function',
    'sqs-queue',
    'sns-topic',
    'eventbridge-bus',
    'api-gateway',
    'internet',
  ],
  's3-bucket': ['lambda-function', 'sqs-queue', 'sns-topic', 'eventbridge-bus'],
  'dynamodb-table': ['lambda-function'],
  'lambda-function': [...MANAGED_TYPES, 'lambda-function', 'internet'],
  internet: [...MANAGED_TYPES, 'lambda-function'],
};

/** Services that call HTTP endpoints from AWS public addresses (integrations, subscriptions). */
const CALLS_PUBLIC: ReadonlySet<ResourceType> = new Set([
  'api-gateway',
  'sns-topic',
  'eventbridge-bus',
  'lambda-function',
]);

export interface Flow {
  design: Design;
  model: NetworkModel;
  failure: Failure;
  src: Resource;
  dst: Resource;
  srcRole: Role;
  dstRole: Role;
  protocol: Protocol;
  port: number | undefined;
  kind: ConnectionKind | undefined;
  /** 6: the IPv6 legs of walk6.ts carry the traffic between interfaces and the internet. */
  ipVersion?: 4 | 6;
}

export function endOf(model: NetworkModel, id: string, placement: Placement): End {
  const groups = model.securityGroupsOf(id);
  return {
    id,
    ip: placement.ip,
    subnet: placement.subnet,
    groups,
    suggest: groups[0] ?? placement.subnet.props.cidr,
  };
}

/** The targets a load balancer forwards to: the resources its connections point at. */
const targetCache = new WeakMap<Design, Map<string, string[]>>();
function targetsOf(design: Design, albId: string): string[] {
  let byAlb = targetCache.get(design);
  if (!byAlb) {
    byAlb = new Map();
    for (const connection of design.connections) {
      const list = byAlb.get(connection.from) ?? [];
      list.push(connection.to);
      byAlb.set(connection.from, list);
    }
    targetCache.set(design, byAlb);
  }
  return byAlb.get(albId) ?? [];
}

/** The request reaches a network interface: a listener check for load balancers, else delivery. */
export function arrive(path: Path, flow: Flow, dst: End): void {
  const resource = flow.dst;
  if (resource.type === 'nlb') {
    const targets = targetsOf(flow.design, resource.id);
    return arriveAtNlb(path, flow, resource.id, dst, targets, (id) => isUp(flow, id));
  }
  if (resource.type === 'alb') {
    const listeners = entriesOf<Listener>(resource.props.listeners);
    const listener = listeners.find(
      (l) => l.port === flow.port && ALB_LISTENER_PROTOCOLS.includes(l.protocol),
    );
    // A listener on the port with an NLB protocol is the precise root cause.
    const refused = listeners.find(
      (l) => l.port === flow.port && !ALB_LISTENER_PROTOCOLS.includes(l.protocol),
    );
    if ((!listener || flow.protocol !== 'tcp') && refused) {
      path.block(
        'NO_LISTENER',
        resource.id,
        'network.blocked.albListenerProtocol',
        { resource: resource.id, protocol: refused.protocol, port: refused.port },
        'network.fix.albListenerProtocol',
        { resource: resource.id, port: refused.port },
      );
    }
    if (!listener || flow.protocol !== 'tcp') {
      path.block(
        'NO_LISTENER',
        resource.id,
        'network.blocked.noListener',
        {
          resource: resource.id,
          protocol: flow.protocol,
          port: flow.port ?? 'all',
          listeners: listeners.map((l) => `${l.protocol}:${l.port}`).join(', ') || '-',
        },
        'network.fix.noListener',
        { resource: resource.id, port: flow.port ?? 'all' },
      );
    }
    const targets = targetsOf(flow.design, resource.id);
    if (targets.length === 0) {
      path.block(
        'NO_TARGET',
        resource.id,
        'network.blocked.noTarget',
        { resource: resource.id },
        'network.fix.noTarget',
        {
          resource: resource.id,
        },
      );
    }
    const alive = flow.failure.active ? targets.filter((id) => isUp(flow, id)) : targets;
    if (alive.length === 0) {
      path.block(
        'NO_TARGET',
        resource.id,
        'network.blocked.noTargetAlive',
        { resource: resource.id },
        'network.fix.noTargetAlive',
        { resource: resource.id },
      );
    }
    if (path.skip()) return;
    path.hop(resource.id, 'listener', 'network.hop.listener', {
      listener: `${listener.protocol}:${listener.port}`,
      port: listener.port,
      resource: resource.id,
      targets: listShort(alive),
    });
    return;
  }
  if (resource.type === 'vpc-endpoint') {
    path.hop(resource.id, 'endpoint', 'network.hop.endpointHandsOver', {
      endpoint: resource.id,
      service: resource.props.service,
    });
    return;
  }
  path.hop(dst.id, 'deliver', 'network.hop.deliver', {
    resource: dst.id,
    protocol: flow.protocol,
    ports: path.ports,
  });
}

/** "a, b, c, d, e (+23)": a load balancer with many targets keeps its hop line readable. */
function listShort(ids: readonly string[], max = 5): string {
  const shown = ids.slice(0, max).join(', ');
  return ids.length > max ? `${shown} (+${ids.length - max})` : shown;
}

function isUp(flow: Flow, id: string): boolean {
  if (!flow.failure.active) return true;
  if (flow.failure.isDown(id)) return false;
  const placements = flow.model.placementsOf(id);
  return placements.length === 0 || placements.some((p) => !flow.failure.subnetDown(p.subnet));
}

function sourceHop(path: Path, src: End): void {
  if (!src.subnet || path.skip()) return;
  path.hop(src.id, 'source', 'network.hop.sourceEni', {
    resource: src.id,
    ip: ipToString(src.ip),
    subnet: src.subnet.id,
    az: src.subnet.props.az,
  });
}

function unsupported(path: Path, flow: Flow): never {
  return path.block(
    'UNSUPPORTED_FLOW',
    flow.src.id,
    'network.blocked.unsupported',
    { resource: flow.src.id, type: flow.src.type, target: flow.dst.id, targetType: flow.dst.type },
    'network.fix.unsupported',
    { resource: flow.src.id },
  );
}

/** One pair of placements (null where that end has none: internet or a service). */
export function walk(path: Path, flow: Flow, from: Placement | null, to: Placement | null): void {
  const { model, src, dst } = flow;
  const srcEnd = from ? endOf(model, src.id, from) : null;
  const dstEnd = to ? endOf(model, dst.id, to) : null;
  // Internal load balancers (ALB or NLB) have no public address and no way in from outside.
  const internalAlb = (dst.type === 'alb' || dst.type === 'nlb') && dst.props.scheme === 'internal';
  if (
    flow.ipVersion === 6 &&
    walk6(path, flow, from, to, internalAlb, (placement) =>
      arrive(path, flow, endOf(model, dst.id, placement)),
    )
  )
    return;
  if (srcEnd) sourceHop(path, srcEnd);

  if (flow.srcRole === 'internet') {
    path.hop(src.id, 'source', 'network.hop.sourceInternet', { ip: ipToString(INTERNET_IP) });
    if (dstEnd) {
      ingressFromPublic(path, publicEnd(src.id, PUBLIC_SOURCE), dstEnd, internalAlb);
      return arrive(path, flow, dstEnd);
    }
    if (flow.dstRole === 'service') return serviceToService(path, flow);
    return unsupported(path, flow);
  }

  if (srcEnd) {
    if (flow.dstRole === 'internet') {
      egressToPublic(path, srcEnd, INTERNET_IP, dst.id);
      path.hop(dst.id, 'deliver', 'network.hop.deliver', {
        resource: dst.id,
        protocol: flow.protocol,
        ports: path.ports,
      });
      return;
    }
    if (flow.dstRole === 'service') {
      if (src.type === 'alb' && dst.type === 'lambda-function') return serviceToService(path, flow);
      return toService(path, srcEnd, dst, serviceOf(dst) ?? dst.type);
    }
    if (dstEnd) return eniToEni(path, flow, srcEnd, dstEnd, internalAlb);
    return unsupported(path, flow);
  }

  // The source is an AWS service or a Lambda function outside any VPC.
  if (dstEnd) {
    if (src.type === 'sqs-queue') {
      // Consumers poll a queue: the traffic goes from the consumer to SQS.
      path.hop(src.id, 'source', 'network.hop.poll', { resource: src.id, target: dst.id });
      sourceHop(path, dstEnd);
      return toService(path, dstEnd, src, 'sqs');
    }
    if (!CALLS_PUBLIC.has(src.type)) return unsupported(path, flow);
    if (src.type === 'lambda-function' && (internalAlb || !model.hasPublicAddress(dst.id))) {
      // The classic mistake: a function outside the VPC calling a private database.
      const vpc = dstEnd.subnet ? (model.vpcOf(dstEnd.subnet.id)?.id ?? '') : '';
      path.block(
        'NO_ROUTE',
        src.id,
        'network.blocked.lambdaOutsideVpc',
        { resource: src.id, target: dst.id },
        'network.fix.lambdaOutsideVpc',
        { resource: src.id, target: dst.id, vpc },
      );
    }
    path.hop(src.id, 'source', 'network.hop.sourceService', {
      resource: src.id,
      ip: ipToString(SERVICE_SOURCE.ip),
    });
    ingressFromPublic(path, publicEnd(src.id, SERVICE_SOURCE), dstEnd, internalAlb);
    return arrive(path, flow, dstEnd);
  }
  return serviceToService(path, flow);
}

function eniToEni(path: Path, flow: Flow, src: End, dst: End, internalAlb: boolean): void {
  const srcVpc = src.subnet ? flow.model.vpcOf(src.subnet.id) : undefined;
  const dstVpc = dst.subnet ? flow.model.vpcOf(dst.subnet.id) : undefined;
  if (srcVpc && srcVpc === dstVpc) {
    // An NLB forwards with the client's address preserved (nlb.ts).
    if (flow.src.type === 'nlb') nlbToTarget(path, flow, src, dst);
    else intraVpc(path, src, dst);
    return arrive(path, flow, dst);
  }
  // A peering or a transit gateway when the source's route says so; else over the internet.
  if (srcVpc && dstVpc && interVpc(path, flow.design, src, dst, srcVpc, dstVpc)) {
    return arrive(path, flow, dst);
  }
  if (!flow.model.hasPublicAddress(dst.id) || internalAlb) {
    path.block(
      'NO_ROUTE',
      src.subnet ? path.tableName(src.subnet) : src.id,
      'network.blocked.crossVpc',
      { resource: src.id, vpc: srcVpc?.id ?? '', target: dst.id, otherVpc: dstVpc?.id ?? '' },
      'network.fix.crossVpc',
      { target: dst.id },
    );
  }
  egressToPublic(path, src, INTERNET_IP, dst.id);
  ingressFromPublic(path, publicEnd(src.id, PUBLIC_SOURCE), dst, false);
  arrive(path, flow, dst);
}

function serviceToService(path: Path, flow: Flow): void {
  const { src, dst } = flow;
  const allowed = HANDS_ON_TO[src.type] ?? [];
  if (!allowed.includes(dst.type) && !(src.type === 'alb' && dst.type === 'lambda-function'))
    unsupported(path, flow);
  // A private API answers only through an execute-api interface endpoint, which no caller
  // outside a VPC (the internet, a service, a Lambda function outside any VPC) goes through.
  if (dst.type === 'api-gateway' && dst.props.endpointType === 'private') {
    path.block(
      'INTERNAL_ONLY',
      dst.id,
      'network.blocked.privateApi',
      { resource: dst.id },
      'network.fix.privateApi',
    );
  }
  if (src.type === 'internet') {
    path.hop(dst.id, 'deliver', 'network.hop.publicEndpoint', { resource: dst.id });
    return;
  }
  const kind = flow.kind && flow.kind !== 'network' ? flow.kind : impliedKind(src.type, dst.type);
  const invoke = dst.type === 'lambda-function';
  if (src.type === 'lambda-function' && !invoke) {
    path.hop(src.id, 'service', 'network.hop.sourceServiceDirect', { resource: src.id, target: dst.id });
  } else {
    path.hop(src.id, invoke ? 'invoke' : 'deliver', invoke ? 'network.hop.invoke' : 'network.hop.handOn', {
      resource: src.id,
      target: dst.id,
      kind,
    });
  }
  if (dst.type === 'internet') return;
  const service = serviceOf(dst) ?? dst.type;
  path.hop(dst.id, 'deliver', 'network.hop.serviceDeliver', { service, resource: dst.id });
}

function impliedKind(from: ResourceType, to: ResourceType): ConnectionKind {
  if (from === 'sns-topic') return 'subscribe';
  if (
    from === 'sqs-queue' ||
    from === 's3-bucket' ||
    from === 'eventbridge-bus' ||
    from === 'dynamodb-table'
  ) {
    return 'trigger';
  }
  if (to === 'sns-topic' || to === 'sqs-queue' || to === 'eventbridge-bus') return 'publish';
  return 'invoke';
}

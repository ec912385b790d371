/**
 * Network Load Balancer: layer 4. What sets it apart from an ALB in a trace:
 * - listeners are TCP, TLS, UDP or TCP_UDP (an HTTP/HTTPS listener is an ALB's);
 * - security groups are optional: without one, every client reaches the listener;
 * - the client's address is preserved: the target sees the client's IP, not the NLB's, so the
 *   target's security group and network ACL must admit the clients (or the NLB's group, when it
 *   has one: a group reference matches the NLB's interfaces);
 * - cross-zone load balancing is off by default: each zone's node forwards only to targets in
 *   its own zone, so a zone without a healthy target drops what reaches its node.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/network/introduction.html
 */
import type { Design, Listener, Protocol } from '../model/types';
import { ipToString } from './cidr';
import { entriesOf } from './read';
import { INTERNET_IP } from './services';
import type { End, Path } from './tracer';
import type { NetworkModel } from './types';

/** Listener protocols an NLB accepts for each traced protocol. */
const NLB_PROTOCOLS: Partial<Record<Protocol, readonly string[]>> = {
  tcp: ['TCP', 'TLS', 'TCP_UDP'],
  udp: ['UDP', 'TCP_UDP'],
};
export const NLB_LISTENER_PROTOCOLS: readonly string[] = ['TCP', 'TLS', 'UDP', 'TCP_UDP'];

interface NlbFlow {
  design: Design;
  model: NetworkModel;
  protocol: Protocol;
  port: number | undefined;
}

/** The request reaches an NLB node: listener, targets, then the node's own zone when cross-zone is off. */
export function arriveAtNlb(
  path: Path,
  flow: NlbFlow,
  nlbId: string,
  node: End,
  targets: readonly string[],
  isUp: (id: string) => boolean,
): void {
  const nlb = flow.model.resource(nlbId);
  if (nlb?.type !== 'nlb') return;
  const listeners = entriesOf<Listener>(nlb.props.listeners);
  const accepted = NLB_PROTOCOLS[flow.protocol] ?? [];
  const listener = listeners.find((l) => l.port === flow.port && accepted.includes(l.protocol));
  if (!listener) {
    const http = listeners.find((l) => l.port === flow.port && !NLB_LISTENER_PROTOCOLS.includes(l.protocol));
    if (http) {
      path.block(
        'NO_LISTENER',
        nlb.id,
        'network.blocked.nlbListenerProtocol',
        { resource: nlb.id, protocol: http.protocol, port: http.port },
        'network.fix.nlbListenerProtocol',
        { resource: nlb.id, port: http.port },
      );
    }
    path.block(
      'NO_LISTENER',
      nlb.id,
      'network.blocked.noListener',
      {
        resource: nlb.id,
        protocol: flow.protocol,
        port: flow.port ?? 'all',
        listeners: listeners.map((l) => `${l.protocol}:${l.port}`).join(', ') || '-',
      },
      'network.fix.noListener',
      { resource: nlb.id, port: flow.port ?? 'all' },
    );
  }
  if (targets.length === 0) {
    path.block(
      'NO_TARGET',
      nlb.id,
      'network.blocked.noTarget',
      { resource: nlb.id },
      'network.fix.noTarget',
      {
        resource: nlb.id,
      },
    );
  }
  const alive = targets.filter(isUp);
  if (alive.length === 0) {
    path.block(
      'NO_TARGET',
      nlb.id,
      'network.blocked.noTargetAlive',
      { resource: nlb.id },
      'network.fix.noTargetAlive',
      { resource: nlb.id },
    );
  }
  const zone = node.subnet?.props.az;
  if (nlb.props.crossZone !== true && zone !== undefined) {
    const inZone = alive.filter((id) => {
      const placements = flow.model.placementsOf(id);
      return (
        placements.length === 0 ||
        placements.some((p) => p.subnet.props.az === zone && !path.failure.subnetDown(p.subnet))
      );
    });
    if (inZone.length === 0) {
      path.block(
        'NLB_ZONE_NO_TARGET',
        nlb.id,
        'network.blocked.nlbZoneNoTarget',
        { resource: nlb.id, az: zone, subnet: node.subnet?.id ?? '' },
        'network.fix.nlbZoneNoTarget',
        { resource: nlb.id, az: zone },
      );
    }
  }
  path.hop(nlb.id, 'listener', 'network.hop.listener', {
    listener: `${listener.protocol}:${listener.port}`,
    port: listener.port,
    resource: nlb.id,
    targets: alive.slice(0, 5).join(', ') + (alive.length > 5 ? ` (+${alive.length - 5})` : ''),
  });
}

/** Whose address the targets see: the internet for an internet-facing NLB, else its first VPC client. */
function clientOf(flow: NlbFlow, nlbId: string): { ip: number; label: string; suggest: string } {
  const nlb = flow.model.resource(nlbId);
  if (nlb?.type === 'nlb' && nlb.props.scheme === 'internet-facing') {
    return { ip: INTERNET_IP, label: 'internet', suggest: '0.0.0.0/0' };
  }
  for (const connection of flow.design.connections) {
    if (connection.to !== nlbId) continue;
    const placement = flow.model.placementsOf(connection.from)[0];
    if (placement) return { ip: placement.ip, label: connection.from, suggest: placement.subnet.props.cidr };
  }
  const own = flow.model.placementsOf(nlbId)[0];
  return { ip: own?.ip ?? 0, label: nlbId, suggest: own?.subnet.props.cidr ?? '0.0.0.0/0' };
}

/**
 * From an NLB node to a target in the same VPC. The forward packet still carries the client's
 * address, so the target subnet's inbound ACL and the target's group check the client; the reply
 * goes back through the NLB whatever the target's route table says (AWS handles it).
 */
export function nlbToTarget(path: Path, flow: NlbFlow, nlb: End, target: End): void {
  const from = nlb.subnet;
  const to = target.subnet;
  if (!from || !to) return;
  const client = clientOf(flow, nlb.id);
  path.sgEgress(nlb, target);
  if (from.id !== to.id) path.nacl(from, 'outbound', target.ip, 'forward');
  const route = flow.model.routeFor(from.id, { ip: target.ip });
  if (!route || route.target !== 'local') {
    const table = path.tableName(from);
    path.block(
      'NO_ROUTE',
      table,
      'network.blocked.noRoute',
      { table, subnet: from.id, destination: ipToString(target.ip) },
      'network.fix.noRoute',
      { table, destination: to.props.cidr },
    );
  }
  path.routeHop(from, route, 'forward');
  path.hop(nlb.id, 'listener', 'network.hop.nlbPreserve', {
    resource: nlb.id,
    client: ipToString(client.ip),
    target: target.id,
  });
  if (from.id !== to.id) {
    path.nacl(to, 'inbound', client.ip, 'forward');
    path.onReturn(() => {
      path.nacl(to, 'outbound', client.ip, 'return');
      path.nacl(from, 'inbound', target.ip, 'return');
    });
  }
  // The target's group sees the client's address, and the NLB's groups for group references.
  const seen: End = {
    id: nlb.id,
    ip: client.ip,
    subnet: from,
    groups: nlb.groups,
    suggest: nlb.groups[0] ?? client.suggest,
  };
  path.sgIngress(seen, target, `${client.label} via ${nlb.id}`);
}

/**
 * trace(): does a request from one resource reach another, and if not, which component drops it
 * and why. A connection's ends can be network interfaces (instances, tasks, databases, load
 * balancers, VPC-attached Lambdas), the internet, or AWS services; each pair of kinds has its own
 * path. A resource in several subnets must work from (and to) every one of them that is up, so
 * every pair of placements is checked and the first blocked pair is reported.
 */
import type { Connection, ConnectionKind, Design, Listener, Protocol, Resource } from '../model/types';
import { networkOf } from './model';
import { idsOf, entriesOf } from './read';
import { Failure, Path, Stop } from './tracer';
import { failed } from './leg-blocks';
import { MANAGED_TYPES } from './services';
import type { Blocked, Hop, NetworkModel, Placement, TraceOptions, TraceResult } from './types';
import type { Flow, Role } from './walk';
import { walk } from './walk';

function isVpcLambda(model: NetworkModel, resource: Resource): boolean {
  if (resource.type !== 'lambda-function') return false;
  if (idsOf(resource.props.subnets).length > 0) return true;
  return resource.parent !== undefined && model.resource(resource.parent)?.type === 'subnet';
}

function roleOf(model: NetworkModel, resource: Resource, side: 'from' | 'to'): Role {
  switch (resource.type) {
    case 'internet':
      return 'internet';
    case 'ec2-instance':
    case 'ecs-service':
    case 'rds-instance':
    case 'alb':
    case 'nlb':
      return 'eni';
    case 'lambda-function':
      // A Lambda is always invoked through the Lambda service; only its own calls use its ENIs.
      return side === 'from' && isVpcLambda(model, resource) ? 'eni' : 'service';
    case 'vpc-endpoint':
      return side === 'to' && resource.props.endpointType === 'interface' ? 'eni' : 'none';
    default:
      return MANAGED_TYPES.has(resource.type) ? 'service' : 'none';
  }
}

/** The port a request uses when none is given: the listener, container or database port, else 443. */
export function defaultPort(resource: Resource, protocol: Protocol): number | undefined {
  if (protocol === 'icmp' || protocol === 'all') return undefined;
  switch (resource.type) {
    case 'alb':
    case 'nlb':
      return (
        entriesOf<Listener>(resource.props.listeners).find((l) => typeof l.port === 'number')?.port ?? 443
      );
    case 'ecs-service':
      return resource.props.containerPort ?? 80;
    case 'rds-instance':
      return resource.props.port ?? (resource.props.engine === 'postgres' ? 5432 : 3306);
    default:
      return 443;
  }
}

function blockedResult(blocked: Blocked, kind: TraceResult['kind'] = 'network'): TraceResult {
  return { reachable: false, kind, hops: [], blocked };
}

function stopOf(
  code: Blocked['code'],
  resource: string,
  message: Blocked['message'],
  params: Blocked['params'],
  fix: Blocked['fix'],
  fixParams?: Blocked['params'],
): Blocked {
  const blocked: Blocked = { code, resource, message, params, fix };
  if (fixParams) blocked.fixParams = fixParams;
  return blocked;
}

/** Placements that are up; blocks with AZ_FAILED / RESOURCE_FAILED / NOT_PLACED when none is. */
function alivePlacements(flow: Flow, resource: Resource): Placement[] | Blocked {
  const all = flow.model.placementsOf(resource.id);
  if (all.length === 0) {
    return stopOf(
      'NOT_PLACED',
      resource.id,
      'network.blocked.notPlaced',
      { resource: resource.id },
      'network.fix.notPlaced',
    );
  }
  // Nothing is down unless failures were asked for: the common case allocates nothing.
  if (!flow.failure.active) return all;
  const alive = all.filter((p) => !flow.failure.subnetDown(p.subnet));
  if (alive.length > 0) return alive;
  if (all.every((p) => flow.failure.azDown(p.subnet.props.az))) {
    const azs = [...new Set(all.map((p) => p.subnet.props.az))].join(', ');
    return stopOf(
      'AZ_FAILED',
      resource.id,
      'network.blocked.azFailed',
      { resource: resource.id, azs },
      'network.fix.azFailed',
      {
        resource: resource.id,
      },
    );
  }
  return stopOf(
    'RESOURCE_FAILED',
    resource.id,
    'network.blocked.resourceFailed',
    { resource: resource.id },
    'network.fix.resourceFailed',
    {
      type: resource.type,
    },
  );
}

/** Walks one pair; the path comes back with `blocked` set when a step stopped it. */
function runPair(flow: Flow, from: Placement | null, to: Placement | null, record: boolean): Path {
  const path = new Path(flow.model, flow.failure, flow.protocol, flow.port, record);
  try {
    walk(path, flow, from, to);
    path.runReturn();
  } catch (error) {
    if (error instanceof Stop) path.blocked = error.blocked;
    else throw error;
  }
  return path;
}

/** The representative pair's destination: the first placement in the source's AZ, else the first. */
function sameAzOf(first: Placement | null, to: (Placement | null)[]): Placement | null {
  if (first) {
    for (const p of to) if (p && p.subnet.props.az === first.subnet.props.az) return p;
  }
  return to[0] ?? null;
}

function runFlow(flow: Flow): TraceResult {
  const { src, dst } = flow;
  const probe = new Path(flow.model, flow.failure, flow.protocol, flow.port, true);
  try {
    if (flow.srcRole === 'none' || flow.dstRole === 'none') {
      const bad = flow.srcRole === 'none' ? src : dst;
      probe.block(
        'UNSUPPORTED_FLOW',
        bad.id,
        'network.blocked.notEndpoint',
        { resource: bad.id, type: bad.type },
        'network.fix.notEndpoint',
      );
    }
    if (flow.failure.isDown(src.id)) failed(probe, src.id);
    if (flow.failure.isDown(dst.id)) failed(probe, dst.id);
  } catch (error) {
    if (error instanceof Stop)
      return blockedResult(
        error.blocked,
        flow.srcRole === 'eni' || flow.dstRole === 'eni' ? 'network' : 'service',
      );
    throw error;
  }
  // Ends outside any VPC (the internet, a service) have one "placement": null.
  const from = flow.srcRole === 'eni' ? alivePlacements(flow, src) : [null];
  if (!Array.isArray(from)) return blockedResult(from);
  const to = flow.dstRole === 'eni' ? alivePlacements(flow, dst) : [null];
  if (!Array.isArray(to)) return blockedResult(to);
  // Every pair of placements, the representative pair (same AZ where possible) first; the first
  // blocked pair is reported, else the representative one (loops, not pair lists: no garbage).
  const first = from[0] ?? null;
  const sameAz = sameAzOf(first, to);
  const shown = runPair(flow, first, sameAz, false);
  if (shown.blocked) return withLazyHops(flow, first, sameAz, shown);
  for (const a of from) {
    for (const b of to) {
      if (a === first && b === sameAz) continue;
      const quiet = runPair(flow, a, b, false);
      if (quiet.blocked) return withLazyHops(flow, a, b, quiet);
    }
  }
  return withLazyHops(flow, first, sameAz, shown);
}

/**
 * Checking a path builds no messages; the hops are recorded by a second walk of the reported
 * pair the first time someone reads them. traceAll() over a whole design (what rules and the
 * canvas ask for after every edit) thus pays only for the checks; the panel that shows one
 * path pays for its hops.
 *
 * A class rather than an object literal with a getter: V8 builds such literals in its runtime
 * (about 1 µs each, a tenth of a cold traceAll at 1,000 connections); a class instance costs
 * what a plain object does. The walk's inputs are private fields, so the instance's own
 * enumerable properties are reachable, kind and blocked, and toJSON() gives the same JSON as a
 * plain result (hops included).
 */
class LazyResult implements TraceResult {
  readonly reachable: boolean;
  readonly kind: TraceResult['kind'];
  readonly blocked: Blocked | null;
  readonly #flow: Flow;
  readonly #from: Placement | null;
  readonly #to: Placement | null;
  #hops: Hop[] | undefined;

  constructor(flow: Flow, from: Placement | null, to: Placement | null, quiet: Path) {
    this.reachable = quiet.blocked === null;
    this.kind = quiet.network ? 'network' : 'service';
    this.blocked = quiet.blocked;
    this.#flow = flow;
    this.#from = from;
    this.#to = to;
  }

  get hops(): Hop[] {
    this.#hops ??= runPair(this.#flow, this.#from, this.#to, true).hops;
    return this.#hops;
  }

  toJSON(): TraceResult {
    return { reachable: this.reachable, kind: this.kind, hops: this.hops, blocked: this.blocked };
  }
}

function withLazyHops(flow: Flow, from: Placement | null, to: Placement | null, quiet: Path): TraceResult {
  return new LazyResult(flow, from, to, quiet);
}

function unknown(id: string): TraceResult {
  return blockedResult(
    stopOf('UNKNOWN_RESOURCE', id, 'network.blocked.unknown', { resource: id }, 'network.fix.unknown'),
  );
}

function traceWith(
  design: Design,
  from: string,
  to: string,
  protocol: Protocol,
  port: number | undefined,
  kind: ConnectionKind | undefined,
  options: TraceOptions | undefined,
  shared?: Failure,
  connectionIpVersion?: 4 | 6,
): TraceResult {
  const model = networkOf(design);
  const src = model.resource(from);
  const dst = model.resource(to);
  if (!src) return unknown(from);
  if (!dst) return unknown(to);
  const srcRole = roleOf(model, src, 'from');
  const dstRole = roleOf(model, dst, 'to');
  // A queue's consumer sends to the queue (on 443), whatever port the drawn arrow carries.
  const polled = src.type === 'sqs-queue' && dstRole === 'eni';
  const chosenPort = polled ? 443 : (port ?? defaultPort(dst, protocol));
  const failure = shared ?? new Failure(model, options);
  const ipVersion = options?.ipVersion ?? connectionIpVersion ?? 4;
  return runFlow({
    design,
    model,
    failure,
    src,
    dst,
    srcRole,
    dstRole,
    protocol,
    port: chosenPort,
    kind,
    ipVersion,
  });
}

/** Traces a request from one resource to another. Port defaults to the destination's natural port. */
export function trace(
  design: Design,
  from: string,
  to: string,
  protocol: Protocol = 'tcp',
  port?: number,
  options?: TraceOptions,
): TraceResult {
  return traceWith(design, from, to, protocol, port, undefined, options);
}

export function traceConnection(design: Design, connection: Connection, options?: TraceOptions): TraceResult {
  return traceOne(design, connection, options);
}

function traceOne(
  design: Design,
  connection: Connection,
  options?: TraceOptions,
  failure?: Failure,
): TraceResult {
  const { from, to, protocol, port, kind, ipVersion } = connection;
  return traceWith(design, from, to, protocol ?? 'tcp', port, kind, options, failure, ipVersion);
}

const allCache = new WeakMap<Design, Map<string, ReadonlyMap<string, TraceResult>>>();

function optionsKey(options: TraceOptions | undefined): string {
  const azs = [...(options?.failed?.azs ?? [])].sort().join(',');
  const resources = [...(options?.failed?.resources ?? [])].sort().join(',');
  return `${azs}|${resources}`;
}

/**
 * A result known from an earlier design for this connection, or undefined to trace it. The caller
 * vouches that nothing the trace reads has changed (shared/rules/utils/incremental.ts).
 */
export type ReuseTrace = (connection: Connection) => TraceResult | undefined;

/**
 * Every connection of the design, traced; memoised per design object and failure options.
 * `reuse` lets an incremental caller skip connections whose result it already knows; the
 * results are memoised the same way, so later traceAll(design) calls (the rules) get them.
 */
export function traceAll(
  design: Design,
  options?: TraceOptions,
  reuse?: ReuseTrace,
): ReadonlyMap<string, TraceResult> {
  let byOptions = allCache.get(design);
  if (!byOptions) {
    byOptions = new Map();
    allCache.set(design, byOptions);
  }
  const key = optionsKey(options);
  const cached = byOptions.get(key);
  if (cached) return cached;
  const results = new Map<string, TraceResult>();
  let failure: Failure | undefined;
  for (const connection of design.connections) {
    const known = reuse?.(connection);
    if (known) {
      results.set(connection.id, known);
      continue;
    }
    failure ??= new Failure(networkOf(design), options);
    results.set(connection.id, traceOne(design, connection, options, failure));
  }
  byOptions.set(key, results);
  return results;
}

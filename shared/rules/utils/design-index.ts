/**
 * Lookups every rule needs (by id, by type, children, connections in and out, who references
 * a security group or route table), built once per design object and kept in a WeakMap. The
 * canvas replaces the design object on every edit (immer), so a stale index is never served,
 * and 38 rules share one pass over the resources instead of each scanning them again.
 */
import { withDefaults } from '../../catalog/index';
import type {
  Connection,
  ConnectionKind,
  Design,
  PropsByType,
  Resource,
  ResourceOf,
  ResourceType,
} from '../../model/types';

export interface DesignIndex {
  design: Design;
  get(id: string): Resource | undefined;
  /** The resource when it exists and has this type. */
  getOf<T extends ResourceType>(id: string | undefined, type: T): ResourceOf<T> | undefined;
  ofType<T extends ResourceType>(type: T): readonly ResourceOf<T>[];
  children(id: string): readonly Resource[];
  outgoing(id: string): readonly Connection[];
  incoming(id: string): readonly Connection[];
  /** What people call the resource in messages: its name, or its id when it has none. */
  label(id: string): string;
  /**
   * One prop, or the catalog's default when the document leaves it out. Read per prop rather
   * than as a merged copy: thousands of resources, and no object built for each.
   */
  prop<T extends ResourceType, K extends keyof PropsByType[T] & string>(
    resource: ResourceOf<T>,
    key: K,
  ): PropsByType[T][K];
  connection(id: string): Connection | undefined;
  /**
   * The subnets a resource is placed in: its `subnets` list when it has one, else its parent
   * when that is a subnet. Empty for resources outside any subnet.
   */
  subnetsOf(resource: Resource): readonly ResourceOf<'subnet'>[];
  /** The VPC that holds a resource (itself for a VPC), through its parents or its subnets. */
  vpcOf(resource: Resource): ResourceOf<'vpc'> | undefined;
  /** Ids referenced from any `securityGroups` list or security-group rule peer. */
  referencedSecurityGroups: ReadonlySet<string>;
  /** Route tables some subnet names as its `routeTable`. */
  associatedRouteTables: ReadonlySet<string>;
  /** Elastic IP ids named by a NAT gateway or instance (`elasticIp`). */
  claimedElasticIps: ReadonlySet<string>;
}

const EMPTY: readonly never[] = [];

/** The catalog's defaults of each type, computed once (every design shares them). */
const typeDefaults = new Map<ResourceType, Readonly<Record<string, unknown>>>();
function defaultsOf(type: ResourceType): Readonly<Record<string, unknown>> {
  let defaults = typeDefaults.get(type);
  if (!defaults) {
    defaults = withDefaults({ id: '', type, props: {} } as Resource) as Record<string, unknown>;
    typeDefaults.set(type, defaults);
  }
  return defaults;
}

export function kindOf(connection: Connection): ConnectionKind {
  return connection.kind ?? 'network';
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(design: Design): DesignIndex {
  const byId = new Map<string, Resource>();
  const byType = new Map<ResourceType, Resource[]>();
  const children = new Map<string, Resource[]>();
  const outgoing = new Map<string, Connection[]>();
  const incoming = new Map<string, Connection[]>();
  const referencedSecurityGroups = new Set<string>();
  const associatedRouteTables = new Set<string>();
  const claimedElasticIps = new Set<string>();

  for (const resource of design.resources) {
    if (!byId.has(resource.id)) byId.set(resource.id, resource);
    push(byType, resource.type, resource);
    if (resource.parent !== undefined) push(children, resource.parent, resource);
    const props = resource.props as Record<string, unknown>;
    const groups = props.securityGroups;
    if (Array.isArray(groups)) for (const id of groups) referencedSecurityGroups.add(String(id));
    if (typeof props.elasticIp === 'string') claimedElasticIps.add(props.elasticIp);
    if (resource.type === 'subnet' && resource.props.routeTable !== undefined) {
      associatedRouteTables.add(resource.props.routeTable);
    }
    if (resource.type === 'security-group') {
      for (const rule of [...resource.props.inbound, ...(resource.props.outbound ?? [])]) {
        referencedSecurityGroups.add(rule.peer);
      }
    }
  }
  const connections = new Map<string, Connection>();
  for (const connection of design.connections) {
    connections.set(connection.id, connection);
    push(outgoing, connection.from, connection);
    push(incoming, connection.to, connection);
  }

  const placed = new Map<string, readonly ResourceOf<'subnet'>[]>();
  const singles = new Map<string, readonly ResourceOf<'subnet'>[]>();
  const vpcs = new Map<string, ResourceOf<'vpc'> | undefined>();
  const subnetById = (id: unknown): ResourceOf<'subnet'> | undefined => {
    const found = typeof id === 'string' ? byId.get(id) : undefined;
    return found?.type === 'subnet' ? found : undefined;
  };
  const placementOf = (resource: Resource): readonly ResourceOf<'subnet'>[] => {
    const listed = (resource.props as { subnets?: unknown }).subnets;
    if (Array.isArray(listed) && listed.length > 0) {
      const subnets: ResourceOf<'subnet'>[] = [];
      for (const id of listed) {
        const subnet = subnetById(id);
        if (subnet) subnets.push(subnet);
      }
      return subnets;
    }
    const parent = subnetById(resource.parent);
    if (!parent) return EMPTY;
    // Everything placed in one subnet shares one frozen list instead of a new array each.
    let single = singles.get(parent.id);
    if (!single) {
      single = Object.freeze([parent]);
      singles.set(parent.id, single);
    }
    return single;
  };
  const findVpc = (resource: Resource): ResourceOf<'vpc'> | undefined => {
    // Containment is a few levels deep; the bound only guards against a cycle in a design
    // edited in memory (the loader refuses cycles).
    let at: Resource | undefined = index.subnetsOf(resource)[0] ?? resource;
    for (let depth = 0; at && depth < 16; depth++) {
      if (at.type === 'vpc') return at;
      at = at.parent === undefined ? undefined : byId.get(at.parent);
    }
    return undefined;
  };

  const index: DesignIndex = {
    design,
    get: (id) => byId.get(id),
    getOf<T extends ResourceType>(id: string | undefined, type: T) {
      const found = id === undefined ? undefined : byId.get(id);
      return found?.type === type ? (found as ResourceOf<T>) : undefined;
    },
    ofType: <T extends ResourceType>(type: T) => (byType.get(type) ?? EMPTY) as readonly ResourceOf<T>[],
    children: (id) => children.get(id) ?? EMPTY,
    outgoing: (id) => outgoing.get(id) ?? EMPTY,
    incoming: (id) => incoming.get(id) ?? EMPTY,
    label: (id) => byId.get(id)?.name ?? connections.get(id)?.name ?? id,
    prop<T extends ResourceType, K extends keyof PropsByType[T] & string>(resource: ResourceOf<T>, key: K) {
      const value = (resource.props as Record<string, unknown>)[key];
      return (value === undefined ? defaultsOf(resource.type)[key] : value) as PropsByType[T][K];
    },
    connection: (id) => connections.get(id),
    subnetsOf(resource) {
      let found = placed.get(resource.id);
      if (!found) {
        found = placementOf(resource);
        placed.set(resource.id, found);
      }
      return found;
    },
    vpcOf(resource) {
      if (!vpcs.has(resource.id)) vpcs.set(resource.id, findVpc(resource));
      return vpcs.get(resource.id);
    },
    referencedSecurityGroups,
    associatedRouteTables,
    claimedElasticIps,
  };
  return index;
}

const cache = new WeakMap<Design, DesignIndex>();

export function designIndex(design: Design): DesignIndex {
  let index = cache.get(design);
  if (!index) {
    index = build(design);
    cache.set(design, index);
  }
  return index;
}

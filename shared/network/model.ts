/**
 * The network model: one index per design, built on first use and then answering questions in
 * constant or near-constant time (subnet -> route table, routes sorted for longest-prefix match,
 * compiled security-group and NACL rules, one address per network interface). Rules, traces and
 * the canvas all ask these questions, so nothing here re-reads the whole design per question.
 */
import type {
  Design,
  NetworkAclRule,
  Protocol,
  Resource,
  ResourceOf,
  Route,
  SecurityGroupRule,
} from '../model/types';
import type { Cidr } from './cidr';
import { containsCidr, containsIp, overlaps, parseCidr, sizeOf } from './cidr';
import { ALL_PORTS, decidePorts, parsePorts, protocolMatches, usesPorts } from './ports';
import { placedSubnetIds } from '../model/placement';
import { entriesOf, idsOf } from './read';
import { prefixListService } from './prefix-lists';
import { GATEWAY_SERVICES, SERVICE_IP } from './services';
import type {
  Destination,
  EffectiveRoute,
  NaclMatch,
  NetworkModel,
  Peer,
  Placement,
  PortRange,
  RouteTableChoice,
  ServiceAccess,
  SgMatch,
} from './types';

interface CompiledSgRule {
  rule: SecurityGroupRule;
  index: number;
  ports: PortRange;
  cidr: Cidr | null;
  group: string | null;
  /** For a prefix-list peer: the AWS service it stands for ("s3"); null for others and unknown lists. */
  prefixList: string | null;
  /** The answer sgAllows gives when this rule matches, built once (frozen: callers share it). */
  match: SgMatch;
}

interface CompiledNaclRule {
  rule: NetworkAclRule;
  ports: PortRange;
  cidr: Cidr | null;
}

interface TableIndex {
  choice: RouteTableChoice;
  /** CIDR routes, longest prefix first (the local route included). */
  byPrefix: EffectiveRoute[];
  /** Prefix-list routes added by gateway endpoints, by service. */
  prefixLists: Map<string, EffectiveRoute>;
  /**
   * Longest-prefix answers already found, by destination address: every trace asks the same
   * table about the same few addresses (the internet, a service, the peers in its VPC).
   */
  byIp: Map<number, EffectiveRoute | null>;
  /** The internet gateway some route of the table sends traffic to, per VPC; filled on first ask. */
  igwRoute?: EffectiveRoute | null;
}

/** The VPC default network ACL: rule 100 allows everything (AWS). Shared, so frozen. */
const DEFAULT_NACL: NaclMatch = Object.freeze({ allowed: true, rule: 100, naclId: null });

function isSubnet(resource: Resource | undefined): resource is ResourceOf<'subnet'> {
  return resource?.type === 'subnet';
}

/** The subnet ids a resource declares, before checking that they exist. */

class Model implements NetworkModel {
  private readonly byId = new Map<string, Resource>();
  private readonly placements = new Map<string, Placement[]>();
  private readonly vpcs = new Map<string, ResourceOf<'vpc'> | undefined>();
  private readonly tables = new Map<string, TableIndex>();
  private readonly subnetTable = new Map<string, TableIndex>();
  private readonly sgRules = new Map<
    string,
    { inbound: CompiledSgRule[]; outbound: CompiledSgRule[] | null; allowAllOut: SgMatch }
  >();
  private readonly naclRules = new Map<
    string,
    { inbound: CompiledNaclRule[]; outbound: CompiledNaclRule[] }
  >();
  private readonly igwByVpc = new Map<string, ResourceOf<'internet-gateway'>>();
  private readonly interfaceEndpoints = new Map<string, ResourceOf<'vpc-endpoint'>[]>();
  private readonly serviceCache = new Map<string, ServiceAccess>();
  private readonly elasticIps = new Set<string>();
  private readonly groups = new Map<string, string[]>();

  constructor(readonly design: Design) {
    for (const resource of design.resources) this.byId.set(resource.id, resource);
    // Per subnet: its block and how many addresses were handed out (parsed once per subnet).
    const slots = new Map<string, { cidr: Cidr; usable: number; used: number } | null>();
    for (const resource of design.resources) {
      if (resource.type === 'elastic-ip' && resource.props.attachedTo)
        this.elasticIps.add(resource.props.attachedTo);
      if (resource.type === 'internet-gateway' && resource.parent && !this.igwByVpc.has(resource.parent)) {
        this.igwByVpc.set(resource.parent, resource);
      }
      if (resource.type === 'vpc-endpoint' && resource.props.endpointType === 'interface') {
        const vpcId = this.vpcOf(resource.id)?.id ?? resource.parent ?? '';
        const key = `${vpcId}|${resource.props.service}`;
        const list = this.interfaceEndpoints.get(key) ?? [];
        list.push(resource);
        this.interfaceEndpoints.set(key, list);
      }
      if (resource.type === 'subnet') continue;
      const parentType = resource.parent ? this.byId.get(resource.parent)?.type : undefined;
      const found: Placement[] = [];
      for (const id of placedSubnetIds(resource, parentType)) {
        const subnet = this.byId.get(id);
        if (!isSubnet(subnet) || placedIn(found, id)) continue;
        let slot = slots.get(id);
        if (slot === undefined) {
          const cidr = parseCidr(subnet.props.cidr);
          // AWS keeps the first four addresses and the last; hand out the rest in document order.
          slot = cidr ? { cidr, usable: Math.max(1, sizeOf(cidr) - 5), used: 0 } : null;
          slots.set(id, slot);
        }
        if (!slot) continue;
        const k = slot.used++;
        found.push({ subnet, ip: (slot.cidr.network + 4 + (k % slot.usable)) >>> 0 });
      }
      if (found.length > 0) this.placements.set(resource.id, found);
    }
    this.indexTables();
  }

  resource(id: string): Resource | undefined {
    return this.byId.get(id);
  }

  vpcOf(resourceId: string): ResourceOf<'vpc'> | undefined {
    if (this.vpcs.has(resourceId)) return this.vpcs.get(resourceId);
    let found: ResourceOf<'vpc'> | undefined;
    let current = this.byId.get(resourceId);
    // Follow containment; a guard stops a (schema-invalid) parent loop.
    for (let depth = 0; current && depth < 16; depth++) {
      if (current.type === 'vpc') {
        found = current;
        break;
      }
      current = current.parent ? this.byId.get(current.parent) : undefined;
    }
    // A Lambda function or service given subnets but drawn outside belongs to its subnets' VPC.
    if (!found) {
      const first = this.placements.get(resourceId)?.[0];
      if (first && first.subnet.id !== resourceId) found = this.vpcOf(first.subnet.id);
    }
    this.vpcs.set(resourceId, found);
    return found;
  }

  subnetsOf(resourceId: string): ResourceOf<'subnet'>[] {
    const resource = this.byId.get(resourceId);
    if (isSubnet(resource)) return [resource];
    return (this.placements.get(resourceId) ?? []).map((p) => p.subnet);
  }

  azsOf(resourceId: string): string[] {
    return [...new Set(this.subnetsOf(resourceId).map((s) => s.props.az))];
  }

  placementsOf(resourceId: string): Placement[] {
    return this.placements.get(resourceId) ?? [];
  }

  routeTableOf(subnetId: string): RouteTableChoice {
    return this.tableOf(subnetId)?.choice ?? { tableId: null, how: 'implicit', routes: [] };
  }

  routeFor(subnetId: string, destination: Destination): EffectiveRoute | undefined {
    const table = this.tableOf(subnetId);
    if (!table) return undefined;
    if ('service' in destination) {
      // AWS picks the longest prefix first; a prefix list's CIDRs (S3's are /15 to /22) are all
      // longer than 0.0.0.0/0 and the broad routes designs use, so the endpoint route wins.
      // The list's individual CIDRs are not modelled: a user route narrower than them is ignored.
      const viaList = table.prefixLists.get(destination.service);
      return viaList ?? this.routeFor(subnetId, { ip: SERVICE_IP });
    }
    if ('ip' in destination) {
      const ip = destination.ip;
      let found = table.byIp.get(ip);
      if (found === undefined) {
        found = table.byPrefix.find((r) => r.cidr && containsIp(r.cidr, ip)) ?? null;
        table.byIp.set(ip, found);
      }
      return found ?? undefined;
    }
    return table.byPrefix.find((r) => r.cidr && containsCidr(r.cidr, destination.cidr));
  }

  isPublicSubnet(subnetId: string): boolean {
    return this.internetRouteOf(subnetId) !== undefined;
  }

  /**
   * AWS calls a subnet public when its route table has a route to an internet gateway: any
   * route, not only 0.0.0.0/0 (0.0.0.0/1 and 128.0.0.0/1 together are a common way to override
   * a propagated default). The gateway must be attached to the subnet's own VPC. Rules, the
   * tracer's NAT check and the cost hints all ask this one question.
   */
  internetRouteOf(subnetId: string): EffectiveRoute | undefined {
    const table = this.tableOf(subnetId);
    if (!table) return undefined;
    if (table.igwRoute === undefined) {
      const vpc = this.vpcOf(subnetId);
      table.igwRoute =
        table.byPrefix.find((route) => {
          const target = this.byId.get(route.target);
          return target?.type === 'internet-gateway' && vpc !== undefined && target.parent === vpc.id;
        }) ?? null;
    }
    return table.igwRoute ?? undefined;
  }

  hasPublicAddress(resourceId: string): boolean {
    const resource = this.byId.get(resourceId);
    if (!resource) return false;
    if (this.elasticIps.has(resourceId)) return true;
    switch (resource.type) {
      case 'ec2-instance': {
        if (resource.props.elasticIp && this.byId.get(resource.props.elasticIp)?.type === 'elastic-ip')
          return true;
        // An explicit publicIp wins; otherwise the subnet's auto-assign setting decides (AWS).
        if (resource.props.publicIp !== undefined) return resource.props.publicIp;
        return this.subnetsOf(resourceId).some((s) => s.props.mapPublicIp === true);
      }
      case 'ecs-service':
        // Fargate tasks (awsvpc) ignore the subnet setting: only assignPublicIp gives an address.
        // EC2 launch type tasks in awsvpc mode never get one: AWS rejects assignPublicIp there
        // (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html).
        return resource.props.launchType !== 'ec2' && resource.props.assignPublicIp === true;
      case 'alb':
      case 'nlb':
        return resource.props.scheme === 'internet-facing';
      case 'nat-gateway':
        // A public NAT gateway always has an Elastic IP (AWS requires one to create it).
        return (resource.props.connectivity ?? 'public') === 'public';
      case 'rds-instance':
        return resource.props.publiclyAccessible === true;
      default:
        // Lambda ENIs never get public addresses; interface endpoints are private.
        return false;
    }
  }

  securityGroupsOf(resourceId: string): string[] {
    const cached = this.groups.get(resourceId);
    if (cached) return cached;
    const resource = this.byId.get(resourceId);
    const declared =
      resource && 'securityGroups' in resource.props ? idsOf(resource.props.securityGroups) : [];
    const groups = declared.filter((id) => this.byId.get(id)?.type === 'security-group');
    this.groups.set(resourceId, groups);
    return groups;
  }

  sgAllows(
    groupIds: readonly string[],
    direction: 'inbound' | 'outbound',
    protocol: Protocol,
    port: number | PortRange | undefined,
    peer: Peer,
  ): SgMatch | null {
    const from = typeof port === 'number' ? port : (port?.from ?? 0);
    const to = typeof port === 'number' ? port : (port?.to ?? 65535);
    for (const groupId of groupIds) {
      const compiled = this.compiledSg(groupId);
      if (!compiled) continue;
      const rules = direction === 'inbound' ? compiled.inbound : compiled.outbound;
      if (rules === null) return compiled.allowAllOut;
      for (const rule of rules) {
        if (!protocolMatches(rule.rule.protocol, protocol)) continue;
        if (usesPorts(rule.rule.protocol, protocol) && (rule.ports.from > from || to > rule.ports.to))
          continue;
        const peerMatches = rule.cidr
          ? containsIp(rule.cidr, peer.ip)
          : rule.prefixList !== null
            ? peer.service === rule.prefixList
            : rule.group !== null && (peer.groups?.includes(rule.group) ?? false);
        if (peerMatches) return rule.match;
      }
    }
    return null;
  }

  naclDecision(
    subnetId: string,
    direction: 'inbound' | 'outbound',
    protocol: Protocol,
    port: number | PortRange | undefined,
    cidrOrIp: number | Cidr,
  ): NaclMatch {
    const subnet = this.byId.get(subnetId);
    const naclId = isSubnet(subnet) ? subnet.props.networkAcl : undefined;
    const compiled = naclId ? this.compiledNacl(naclId) : undefined;
    // The default network ACL has rule 100 allowing everything (AWS).
    if (!naclId || !compiled) return DEFAULT_NACL;
    const rules = direction === 'inbound' ? compiled.inbound : compiled.outbound;
    const verdict = decidePorts(rules, port, ({ rule, ports, cidr }) => {
      if (!cidr || !protocolMatches(rule.protocol, protocol)) return null;
      const addressMatches =
        typeof cidrOrIp === 'number'
          ? containsIp(cidr, cidrOrIp)
          : rule.action === 'deny'
            ? overlaps(cidr, cidrOrIp)
            : containsCidr(cidr, cidrOrIp);
      if (!addressMatches) return null;
      const span = usesPorts(rule.protocol, protocol) ? ports : ALL_PORTS;
      return { rule: rule.rule, action: rule.action, span };
    });
    return { ...verdict, naclId };
  }

  serviceAccess(subnetId: string, service: string): ServiceAccess {
    const key = `${subnetId}|${service}`;
    const cached = this.serviceCache.get(key);
    if (cached) return cached;
    const access = this.findServiceAccess(subnetId, service);
    this.serviceCache.set(key, access);
    return access;
  }

  internetGatewayOf(vpcId: string): ResourceOf<'internet-gateway'> | undefined {
    return this.igwByVpc.get(vpcId);
  }

  interfaceEndpointsFor(vpcId: string, service: string): ResourceOf<'vpc-endpoint'>[] {
    return this.interfaceEndpoints.get(`${vpcId}|${service}`) ?? [];
  }

  private findServiceAccess(subnetId: string, service: string): ServiceAccess {
    const route = this.routeFor(subnetId, { service });
    // Gateway endpoints first: free, and what a route table says decides before DNS matters.
    if (route?.origin === 'endpoint') return { via: 'gateway-endpoint', resource: route.target, route };
    const vpc = this.vpcOf(subnetId);
    // With private DNS on, the service's public name resolves to the endpoint's private addresses.
    const endpoint = vpc
      ? this.interfaceEndpointsFor(vpc.id, service).find(
          (e) => e.props.privateDns !== false && idsOf(e.props.subnets).length > 0,
        )
      : undefined;
    if (endpoint) return { via: 'interface-endpoint', resource: endpoint.id };
    const target = route ? this.byId.get(route.target) : undefined;
    if (route && (target?.type === 'nat-gateway' || target?.type === 'ec2-instance')) {
      return { via: 'nat', resource: target.id, route };
    }
    if (route && target?.type === 'internet-gateway')
      return { via: 'internet-gateway', resource: target.id, route };
    return { via: 'none' };
  }

  private tableOf(subnetId: string): TableIndex | undefined {
    return this.subnetTable.get(subnetId);
  }

  /** Builds every route table's index once, then maps each subnet to its table. */
  private indexTables(): void {
    const mainByVpc = new Map<string, string>();
    const endpointsByTable = new Map<string, ResourceOf<'vpc-endpoint'>[]>();
    for (const resource of this.design.resources) {
      if (resource.type === 'route-table' && resource.props.main === true && resource.parent) {
        if (!mainByVpc.has(resource.parent)) mainByVpc.set(resource.parent, resource.id);
      }
      if (resource.type === 'vpc-endpoint' && resource.props.endpointType === 'gateway') {
        for (const tableId of idsOf(resource.props.routeTables)) {
          const list = endpointsByTable.get(tableId) ?? [];
          list.push(resource);
          endpointsByTable.set(tableId, list);
        }
      }
    }
    for (const subnet of this.design.resources) {
      if (subnet.type !== 'subnet') continue;
      const vpc = this.vpcOf(subnet.id);
      const explicit = subnet.props.routeTable;
      const explicitTable = explicit ? this.byId.get(explicit) : undefined;
      let tableId: string | null = null;
      let how: RouteTableChoice['how'] = 'implicit';
      if (explicitTable?.type === 'route-table') {
        tableId = explicitTable.id;
        how = 'explicit';
      } else if (vpc && mainByVpc.has(vpc.id)) {
        tableId = mainByVpc.get(vpc.id) ?? null;
        how = 'main';
      }
      const key = `${tableId ?? ''}|${vpc?.id ?? ''}|${how}`;
      let index = this.tables.get(key);
      if (!index) {
        index = this.buildTable(tableId, how, vpc, endpointsByTable.get(tableId ?? '') ?? []);
        this.tables.set(key, index);
      }
      this.subnetTable.set(subnet.id, index);
    }
  }

  private buildTable(
    tableId: string | null,
    how: RouteTableChoice['how'],
    vpc: ResourceOf<'vpc'> | undefined,
    endpoints: ResourceOf<'vpc-endpoint'>[],
  ): TableIndex {
    const routes: EffectiveRoute[] = [];
    const vpcCidr = vpc ? parseCidr(vpc.props.cidr) : undefined;
    if (vpcCidr) {
      routes.push({
        destination: vpcCidr.canonical,
        cidr: vpcCidr,
        target: 'local',
        origin: 'local',
        tableId,
      });
    }
    const table = tableId ? this.byId.get(tableId) : undefined;
    if (table?.type === 'route-table') {
      for (const route of entriesOf<Route>(table.props.routes)) {
        const cidr = parseCidr(route.destination);
        if (!cidr || typeof route.target !== 'string') continue;
        routes.push({ destination: cidr.canonical, cidr, target: route.target, origin: 'table', tableId });
      }
    }
    const prefixLists = new Map<string, EffectiveRoute>();
    for (const endpoint of endpoints) {
      const service = endpoint.props.service;
      if (!GATEWAY_SERVICES.has(service) || prefixLists.has(service)) continue;
      const route: EffectiveRoute = {
        destination: `pl-${service}`,
        cidr: null,
        prefixList: service,
        target: endpoint.id,
        origin: 'endpoint',
        tableId,
      };
      prefixLists.set(service, route);
      routes.push(route);
    }
    // Longest prefix first; on a tie the local route wins, as AWS keeps it most preferred.
    const byPrefix = routes
      .filter((r) => r.cidr !== null)
      .sort((a, b) => (b.cidr?.prefix ?? 0) - (a.cidr?.prefix ?? 0) || localFirst(a) - localFirst(b));
    return { choice: { tableId, how, routes }, byPrefix, prefixLists, byIp: new Map() };
  }

  private compiledSg(groupId: string) {
    const cached = this.sgRules.get(groupId);
    if (cached) return cached;
    const group = this.byId.get(groupId);
    if (group?.type !== 'security-group') return undefined;
    const compile = (rules: unknown): CompiledSgRule[] =>
      entriesOf<SecurityGroupRule>(rules).map((rule, index) => {
        const cidr = parseCidr(rule.peer) ?? null;
        const isGroup =
          !cidr && typeof rule.peer === 'string' && this.byId.get(rule.peer)?.type === 'security-group';
        const match: SgMatch = Object.freeze({ groupId, ruleIndex: index, rule });
        const prefixList =
          !cidr && typeof rule.peer === 'string' ? (prefixListService(rule.peer) ?? null) : null;
        return {
          rule,
          index,
          ports: parsePorts(rule.ports),
          cidr,
          group: isGroup ? rule.peer : null,
          prefixList,
          match,
        };
      });
    const compiled = {
      inbound: compile(group.props.inbound),
      outbound: group.props.outbound === undefined ? null : compile(group.props.outbound),
      allowAllOut: Object.freeze({ groupId, ruleIndex: null, rule: null }) as SgMatch,
    };
    this.sgRules.set(groupId, compiled);
    return compiled;
  }

  private compiledNacl(naclId: string) {
    const cached = this.naclRules.get(naclId);
    if (cached) return cached;
    const nacl = this.byId.get(naclId);
    if (nacl?.type !== 'network-acl') return undefined;
    const compile = (rules: unknown): CompiledNaclRule[] =>
      entriesOf<NetworkAclRule>(rules)
        .filter((rule) => typeof rule.rule === 'number')
        .sort((a, b) => a.rule - b.rule)
        .map((rule) => ({ rule, ports: parsePorts(rule.ports), cidr: parseCidr(rule.cidr) ?? null }));
    const compiled = {
      inbound: compile(nacl.props.inbound),
      outbound: compile(nacl.props.outbound),
    };
    this.naclRules.set(naclId, compiled);
    return compiled;
  }
}

function placedIn(found: readonly Placement[], subnetId: string): boolean {
  for (const placement of found) if (placement.subnet.id === subnetId) return true;
  return false;
}

function localFirst(route: EffectiveRoute): number {
  return route.origin === 'local' ? 0 : 1;
}

const models = new WeakMap<Design, NetworkModel>();

/** The network model of a design, built once per design object (immer gives a new one per edit). */
export function networkOf(design: Design): NetworkModel {
  let model = models.get(design);
  if (!model) {
    model = new Model(design);
    models.set(design, model);
  }
  return model;
}

/**
 * One traced path: the hops recorded so far, the checks the reply must pass later, and the
 * primitives every segment is made of (security group, network ACL and route steps). A blocked
 * step throws a private `Stop`, which `run` turns into the result; this keeps each segment a
 * straight list of steps, the way a person reads a path.
 */
import type { MessageKey, MessageParams } from '../i18n/index';
import type { Protocol, ResourceOf } from '../model/types';
import { ipToString } from './cidr';
import { portText, usesPorts } from './ports';
import type {
  Blocked,
  BlockedCode,
  EffectiveRoute,
  Hop,
  HopAction,
  NetworkModel,
  PortRange,
  TraceOptions,
} from './types';
import { EPHEMERAL_PORTS } from './types';

export const MAX_HOPS = 64;

/** The peer group list of a peer outside the VPC: shared, as sgAllows only reads it. */
const NO_GROUPS: readonly string[] = Object.freeze([]);
/** The hop list of quiet paths, which never push to it (frozen to keep it so). */
const NO_HOPS = Object.freeze([]) as unknown as Hop[];

/** AWS Reachability Analyzer's explanation code for each of our codes, where one fits. */
export const RA_CODES: Partial<Record<BlockedCode, string>> = {
  NO_ROUTE: 'NO_ROUTE_TO_DESTINATION',
  NO_PUBLIC_IP: 'IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS',
  NAT_NOT_PUBLIC: 'NO_ROUTE_TO_DESTINATION',
  SG_EGRESS_DENIED: 'ENI_SG_RULES_MISMATCH',
  SG_INGRESS_DENIED: 'ENI_SG_RULES_MISMATCH',
  NACL_EGRESS_DENIED: 'SUBNET_ACL_RESTRICTION',
  NACL_INGRESS_DENIED: 'SUBNET_ACL_RESTRICTION',
  NACL_RETURN_DENIED: 'SUBNET_ACL_RESTRICTION',
  NO_LISTENER: 'ELBV2_LISTENER_PORT_RESTRICTION',
  NO_TARGET: 'ELBV2_LISTENER_HAS_NO_TG',
  SERVICE_UNREACHABLE: 'NO_ROUTE_TO_DESTINATION',
  PEERING_NOT_TRANSITIVE: 'PCX_REQUIRES_ADDRESS_IN_VPC_CIDR',
  PEERING_EDGE_TO_EDGE: 'PCX_REQUIRES_ADDRESS_IN_VPC_CIDR',
  PEER_NO_ROUTE: 'NO_ROUTE_TO_DESTINATION',
  TGW_BLACKHOLE: 'TGW_RTB_BAD_STATE_ROUTE',
  TGW_NO_ROUTE: 'TGW_RTB_CANNOT_ROUTE',
  TGW_RT_NOT_ASSOCIATED: 'TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION',
  TGW_NO_ATTACHMENT_IN_AZ: 'TGW_ATTACH_VPC_AZ_RESTRICTION',
};

/** One end of a network leg: a network interface in a subnet, or an address outside every VPC. */
export interface End {
  id: string;
  ip: number;
  subnet: ResourceOf<'subnet'> | null;
  groups: readonly string[];
  /** What an SG or NACL fix should name as the peer: a group id or a CIDR. */
  suggest: string;
  /** For an AWS service's regional endpoint: the service, which prefix-list rules match. */
  service?: string;
}

/** Failure mode, resolved once per trace. */
export class Failure {
  private readonly azs: ReadonlySet<string>;
  private readonly resources: ReadonlySet<string>;
  readonly active: boolean;

  constructor(
    private readonly model: NetworkModel,
    options: TraceOptions | undefined,
  ) {
    this.azs = new Set(options?.failed?.azs ?? []);
    this.resources = new Set(options?.failed?.resources ?? []);
    this.active = this.azs.size > 0 || this.resources.size > 0;
  }

  azDown(az: string): boolean {
    return this.azs.has(az);
  }

  /** The resource, or anything it sits inside (its subnet, its VPC), is down. */
  isDown(id: string): boolean {
    if (this.resources.size === 0) return false;
    let current = this.model.resource(id);
    for (let depth = 0; current && depth < 16; depth++) {
      if (this.resources.has(current.id)) return true;
      current = current.parent ? this.model.resource(current.parent) : undefined;
    }
    return this.resources.has(id);
  }

  subnetDown(subnet: ResourceOf<'subnet'>): boolean {
    return this.azDown(subnet.props.az) || this.isDown(subnet.id);
  }
}

export class Stop {
  constructor(readonly blocked: Blocked) {}
}

export class Path {
  /** Forward hops, then (once the request arrives) the return hops: replies are checked last. */
  readonly hops: Hop[];
  /** Hops taken, recorded or not (quiet paths only count). */
  private count = 0;
  /** True once a VPC component (route, SG, NACL, gateway) is on the path. */
  network = false;
  private readonly returns: (() => void)[] = [];
  /**
   * Security-group references resolve across a VPC peering (same Region), so an inter-VPC leg
   * over a peering sets this and SG rules may name the peer VPC's groups.
   */
  peerGroups = false;
  /** Why the path stopped, once a step has thrown `Stop` (set by the runner, not the steps). */
  blocked: Blocked | null = null;

  constructor(
    readonly model: NetworkModel,
    readonly failure: Failure,
    readonly protocol: Protocol,
    readonly port: number | undefined,
    /** Quiet paths only check and count hops; recording paths also build every hop's message. */
    readonly record: boolean,
  ) {
    // Quiet paths never record a hop: they share one empty list rather than allocate their own.
    this.hops = record ? [] : NO_HOPS;
  }

  get ports(): string {
    return portText(this.port);
  }

  /** Ports a reply goes to: ephemeral for TCP and UDP, none for ICMP and "all". */
  get replyPorts(): PortRange | undefined {
    return usesPorts(this.protocol, this.protocol) ? EPHEMERAL_PORTS : undefined;
  }

  hop(resource: string, action: HopAction, detail: MessageKey, params: MessageParams): void {
    this.take(resource);
    if (this.record) this.hops.push({ resource, direction: 'forward', action, detail, params });
  }

  back(resource: string, action: HopAction, detail: MessageKey, params: MessageParams): void {
    this.take(resource);
    if (this.record) this.hops.push({ resource, direction: 'return', action, detail, params });
  }

  /**
   * For hot steps of quiet paths: counts the hop without building its message. Returns false
   * when the caller must build and record it (recording paths, or the hop limit is reached).
   */
  skip(): boolean {
    if (this.record || this.count >= MAX_HOPS) return false;
    this.count++;
    return true;
  }

  private take(resource: string): void {
    if (this.count >= MAX_HOPS) {
      this.block(
        'TOO_MANY_HOPS',
        resource,
        'network.blocked.tooManyHops',
        { max: MAX_HOPS },
        'network.fix.tooManyHops',
      );
    }
    this.count++;
  }

  /** Registers a check of the reply; replies are checked in reverse order once the request arrives. */
  onReturn(check: () => void): void {
    this.returns.push(check);
  }

  runReturn(): void {
    for (let i = this.returns.length - 1; i >= 0; i--) this.returns[i]?.();
  }

  block(
    code: BlockedCode,
    resource: string,
    message: MessageKey,
    params: MessageParams,
    fix: MessageKey,
    fixParams?: MessageParams,
    raCode: string | undefined = RA_CODES[code],
  ): never {
    const blocked: Blocked = { code, resource, message, params, fix };
    if (raCode) blocked.raCode = raCode;
    if (fixParams) blocked.fixParams = fixParams;
    throw new Stop(blocked);
  }

  // --- Security groups -------------------------------------------------------------------------

  /** `peerLabel` defaults to "id (address)" of `dst`, built only when a message needs it. */
  sgEgress(src: End, dst: End, peerLabel?: string): void {
    if (!src.subnet) return;
    this.network = true;
    if (src.groups.length === 0) {
      // An NLB may have no security group at all (not even the default one): nothing is filtered.
      const detail = this.isNlb(src.id) ? 'network.hop.nlbNoSg' : 'network.hop.sgEgressDefault';
      this.hop(src.id, 'sg-egress', detail, { resource: src.id });
      return;
    }
    const sameVpc = dst.subnet !== null && (this.peerGroups || this.sameVpc(src.subnet, dst.subnet));
    const match = this.model.sgAllows(src.groups, 'outbound', this.protocol, this.port, {
      ip: dst.ip,
      groups: sameVpc ? dst.groups : NO_GROUPS,
      service: dst.service,
    });
    const group = src.groups[0] ?? src.id;
    if (!match) {
      this.block(
        'SG_EGRESS_DENIED',
        group,
        'network.blocked.sgEgress',
        {
          groups: src.groups.join(', '),
          resource: src.id,
          protocol: this.protocol,
          ports: this.ports,
          peer: peerLabel ?? `${dst.id} (${ipToString(dst.ip)})`,
        },
        'network.fix.sgEgress',
        { group, protocol: this.protocol, ports: this.ports, suggestion: dst.suggest },
      );
    }
    if (this.skip()) return;
    if (match.rule === null) {
      this.hop(match.groupId, 'sg-egress', 'network.hop.sgEgressAll', { group: match.groupId });
    } else {
      this.hop(match.groupId, 'sg-egress', 'network.hop.sgEgress', {
        group: match.groupId,
        rule: (match.ruleIndex ?? 0) + 1,
        protocol: match.rule.protocol,
        ports: match.rule.ports ?? 'all',
        peer: match.rule.peer,
      });
    }
  }

  sgIngress(src: End, dst: End, sourceLabel: string): void {
    if (!dst.subnet) return;
    this.network = true;
    const sameVpc = src.subnet !== null && (this.peerGroups || this.sameVpc(src.subnet, dst.subnet));
    if (dst.groups.length === 0 && this.isNlb(dst.id)) {
      this.hop(dst.id, 'sg-ingress', 'network.hop.nlbNoSg', { resource: dst.id });
      return;
    }
    if (dst.groups.length === 0) {
      // The VPC's default group admits traffic only from other members of the default group.
      if (sameVpc && src.groups.length === 0) {
        this.hop(dst.id, 'sg-ingress', 'network.hop.sgIngressDefault', { resource: dst.id, source: src.id });
        return;
      }
      this.block(
        'SG_INGRESS_DENIED',
        dst.id,
        'network.blocked.sgIngressDefault',
        { resource: dst.id, source: sourceLabel },
        'network.fix.sgIngressDefault',
        { resource: dst.id, protocol: this.protocol, ports: this.ports, suggestion: src.suggest },
      );
    }
    const match = this.model.sgAllows(dst.groups, 'inbound', this.protocol, this.port, {
      ip: src.ip,
      groups: sameVpc ? src.groups : NO_GROUPS,
    });
    const group = dst.groups[0] ?? dst.id;
    if (!match || match.rule === null) {
      this.block(
        'SG_INGRESS_DENIED',
        group,
        'network.blocked.sgIngress',
        {
          groups: dst.groups.join(', '),
          resource: dst.id,
          protocol: this.protocol,
          ports: this.ports,
          source: sourceLabel,
          peer: ipToString(src.ip),
        },
        'network.fix.sgIngress',
        { group, protocol: this.protocol, ports: this.ports, suggestion: src.suggest },
      );
    }
    const groupId = match.groupId;
    this.onReturn(() => this.back(groupId, 'sg-return', 'network.hop.sgReturn', { resource: dst.id }));
    if (this.skip()) return;
    this.hop(match.groupId, 'sg-ingress', 'network.hop.sgIngress', {
      group: match.groupId,
      rule: (match.ruleIndex ?? 0) + 1,
      protocol: match.rule.protocol,
      ports: match.rule.ports ?? 'all',
      peer: match.rule.peer,
    });
  }

  // --- Network ACLs ----------------------------------------------------------------------------

  /** One NACL check where traffic leaves (outbound) or enters (inbound) a subnet. */
  nacl(
    subnet: ResourceOf<'subnet'>,
    direction: 'inbound' | 'outbound',
    address: number,
    leg: 'forward' | 'return',
  ): void {
    this.network = true;
    const ports = leg === 'return' ? this.replyPorts : this.port;
    const decision = this.model.naclDecision(subnet.id, direction, this.protocol, ports, address);
    if (decision.allowed && this.skip()) return;
    const params = {
      nacl: decision.naclId ?? '',
      subnet: subnet.id,
      rule: decision.rule,
      protocol: this.protocol,
      ports: portText(ports),
      address: ipToString(address),
      // The part of the range that was refused: "1024-32767" when only 32768-65535 is allowed.
      missing: portText(decision.uncovered ?? ports),
    };
    if (!decision.allowed) {
      const out = direction === 'outbound';
      if (leg === 'return') {
        this.block(
          'NACL_RETURN_DENIED',
          decision.naclId ?? subnet.id,
          out ? 'network.blocked.naclReturnOut' : 'network.blocked.naclReturnIn',
          params,
          out ? 'network.fix.naclReturnOut' : 'network.fix.naclReturnIn',
        );
      }
      this.block(
        out ? 'NACL_EGRESS_DENIED' : 'NACL_INGRESS_DENIED',
        decision.naclId ?? subnet.id,
        out ? 'network.blocked.naclEgress' : 'network.blocked.naclIngress',
        params,
        out ? 'network.fix.naclEgress' : 'network.fix.naclIngress',
      );
    }
    const action = direction === 'outbound' ? 'nacl-egress' : 'nacl-ingress';
    const detail: MessageKey =
      decision.naclId === null
        ? direction === 'outbound'
          ? 'network.hop.naclDefaultEgress'
          : 'network.hop.naclDefaultIngress'
        : direction === 'outbound'
          ? 'network.hop.naclEgress'
          : 'network.hop.naclIngress';
    const resource = decision.naclId ?? subnet.id;
    if (leg === 'return') this.back(resource, action, detail, params);
    else this.hop(resource, action, detail, params);
  }

  // --- Routes ----------------------------------------------------------------------------------

  routeHop(subnet: ResourceOf<'subnet'>, route: EffectiveRoute, leg: 'forward' | 'return'): void {
    this.network = true;
    if (this.skip()) return;
    const choice = this.model.routeTableOf(subnet.id);
    const table = choice.tableId ?? '';
    let detail: MessageKey = 'network.hop.route';
    if (route.origin === 'endpoint') detail = 'network.hop.routeEndpoint';
    else if (choice.how === 'main') detail = 'network.hop.routeMain';
    else if (choice.how === 'implicit') detail = 'network.hop.routeImplicit';
    const params = {
      subnet: subnet.id,
      table,
      destination: route.destination,
      target: route.target,
      service: route.prefixList ?? '',
      endpoint: route.target,
    };
    const resource = choice.tableId ?? subnet.id;
    if (leg === 'return') this.back(resource, 'route', detail, params);
    else this.hop(resource, 'route', detail, params);
  }

  private isNlb(id: string): boolean {
    return this.model.resource(id)?.type === 'nlb';
  }

  /** The table id of a subnet for messages, or the subnet itself when it has no table. */
  tableName(subnet: ResourceOf<'subnet'>): string {
    return this.model.routeTableOf(subnet.id).tableId ?? subnet.id;
  }

  sameVpc(a: ResourceOf<'subnet'>, b: ResourceOf<'subnet'>): boolean {
    return a.parent !== undefined && a.parent === b.parent;
  }
}

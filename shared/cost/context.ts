/**
 * What a cost function works with: the design, the region's price table, the document-wide
 * assumptions, and the meters that share tiers and free allowances across resources (AWS
 * applies them per account and Region, not per resource). Resources are priced in document
 * order, so the first resources use up a free allowance first; lines say so.
 */
import { defaultOf } from '../catalog/index';
import type { MessageKey, MessageParams } from '../i18n/index';
import type { Connection, Design, Resource } from '../model/types';
import type { NetworkModel } from '../network/index';
import { INTERNET_IP, networkOf } from '../network/index';
import { grouped, roundCents } from './money';
import type { PriceEntry, PriceTable } from './prices';
import type { Assumption, CostLine, Text } from './types';

export const DEFAULT_HOURS_PER_MONTH = 730;

interface LineSpec {
  id: string;
  description: MessageKey;
  params?: MessageParams;
  quantity: number;
  unit: MessageKey;
  note?: Text;
}

export interface FreeAllowance {
  /** Key in the table's allowances. */
  key: string;
  /** Allowance units per priced unit (1e6 when the allowance counts requests and the price is per million). */
  per?: number;
  /** Applies whatever assumptions.freeTier says (internet egress's 100 GB). */
  always?: boolean;
  /** How the line's note words the allowance ({amount} in the allowance's own unit). */
  note:
    | 'cost.note.free.requests'
    | 'cost.note.free.gbSeconds'
    | 'cost.note.free.gbMonth'
    | 'cost.note.free.egress';
}

export class PricingContext {
  readonly hours: number;
  readonly freeTier: boolean;
  readonly assumptions: Assumption[] = [];
  readonly byId: ReadonlyMap<string, Resource>;
  private readonly seen = new Set<string>();
  private readonly consumed = new Map<string, number>();
  private readonly freeUsed = new Map<string, number>();
  private outgoing?: Map<string, Connection[]>;
  private elasticIps?: Map<string, string>;
  private natServed?: Map<string, string[]>;

  constructor(
    readonly design: Design,
    readonly table: PriceTable,
  ) {
    this.byId = new Map(design.resources.map((resource) => [resource.id, resource]));
    const given = design.assumptions ?? {};
    this.hours = this.documentAssumption('hoursPerMonth', given.hoursPerMonth, DEFAULT_HOURS_PER_MONTH);
    this.freeTier = this.documentAssumption('freeTier', given.freeTier, false);
  }

  /** Connections leaving a resource, indexed once (cost functions ask for every resource). */
  connectionsFrom(id: string): readonly Connection[] {
    if (!this.outgoing) {
      this.outgoing = new Map();
      for (const connection of this.design.connections) {
        const list = this.outgoing.get(connection.from);
        if (list) list.push(connection);
        else this.outgoing.set(connection.from, [connection]);
      }
    }
    return this.outgoing.get(id) ?? [];
  }

  /**
   * Elastic IP attachments, both ways round: an elastic-ip's attachedTo, or an EC2 instance or
   * NAT gateway naming the elastic-ip in its own elasticIp. Keys: eip id -> target id and
   * target id -> eip id (ids are unique across the document).
   */
  elasticIpLinks(): ReadonlyMap<string, string> {
    if (!this.elasticIps) {
      const links = new Map<string, string>();
      for (const resource of this.design.resources) {
        if (
          resource.type === 'elastic-ip' &&
          resource.props.attachedTo &&
          this.byId.has(resource.props.attachedTo)
        ) {
          links.set(resource.id, resource.props.attachedTo).set(resource.props.attachedTo, resource.id);
        }
        const named = (resource.props as { elasticIp?: unknown }).elasticIp;
        if (
          (resource.type === 'ec2-instance' || resource.type === 'nat-gateway') &&
          typeof named === 'string' &&
          this.byId.get(named)?.type === 'elastic-ip'
        ) {
          links.set(named, resource.id).set(resource.id, named);
        }
      }
      this.elasticIps = links;
    }
    return this.elasticIps;
  }

  /** The network engine's model of the design: routing questions go there, never here. */
  get network(): NetworkModel {
    return networkOf(this.design);
  }

  /** Subnets whose internet-bound traffic the network engine routes to each NAT gateway. */
  subnetsServedBy(natId: string): readonly string[] {
    if (!this.natServed) {
      const served = new Map<string, string[]>();
      for (const resource of this.design.resources) {
        if (resource.type !== 'subnet') continue;
        const target = this.network.routeFor(resource.id, { ip: INTERNET_IP })?.target;
        if (target === undefined || this.byId.get(target)?.type !== 'nat-gateway') continue;
        served.set(target, [...(served.get(target) ?? []), resource.id]);
      }
      this.natServed = served;
    }
    return this.natServed.get(natId) ?? [];
  }

  private documentAssumption<T extends number | boolean>(prop: string, given: T | undefined, fallback: T): T {
    const value = given ?? fallback;
    this.assumptions.push({
      resource: null,
      prop,
      value,
      source: given === undefined ? 'default' : 'design',
    });
    return value;
  }

  /** Records an assumption once per (resource, prop). */
  assume(
    resource: string | null,
    prop: string,
    value: Assumption['value'],
    source: Assumption['source'],
  ): void {
    const key = `${resource ?? ''}\u0000${prop}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.assumptions.push({ resource, prop, value, source });
  }

  /**
   * A usage (or pricing-relevant) prop: the document's value, else the catalog default, else
   * `fallback`. Every value read is listed as an assumption, so no figure is silent.
   */
  usage(resource: Resource, prop: string, fallback?: number | string | boolean): number | string | boolean {
    const props = resource.props as Record<string, unknown>;
    const given = props[prop];
    if (typeof given === 'number' || typeof given === 'string' || typeof given === 'boolean') {
      this.assume(resource.id, prop, given, 'design');
      return given;
    }
    const fromCatalog = defaultOf(resource.type, prop);
    const value =
      typeof fromCatalog === 'number' || typeof fromCatalog === 'string' || typeof fromCatalog === 'boolean'
        ? fromCatalog
        : fallback;
    if (value === undefined) throw new Error(`cost: no default for ${resource.type}.${prop}`);
    this.assume(resource.id, prop, value, 'default');
    return value;
  }

  number(resource: Resource, prop: string, fallback?: number): number {
    const value = this.usage(resource, prop, fallback);
    // The schema checks types; a wrong type here is a programming error upstream.
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
  }

  entry(key: string): PriceEntry | undefined {
    return this.table.prices[key];
  }

  private require(key: string): PriceEntry {
    const entry = this.table.prices[key];
    if (!entry) throw new Error(`cost: price ${key} missing in ${this.table.region}`);
    return entry;
  }

  /** One line priced at a flat figure of the table. */
  line(spec: LineSpec, priceKey: string): CostLine {
    const entry = this.require(priceKey);
    const unitPrice = entry.price ?? entry.tiers?.[0]?.price ?? 0;
    return this.make(spec, unitPrice, entry.status === 'estimate', priceKey);
  }

  /** A $0.00 line that is free by AWS's pricing (priceKey names the "free.*" figure and its source). */
  free(spec: LineSpec, priceKey: string): CostLine {
    return this.line(spec, priceKey);
  }

  /** A $0.00 line that is not a price at all (e.g. ECS on EC2: the instances carry the cost). */
  zero(spec: LineSpec): CostLine {
    return this.make(spec, 0, false);
  }

  /** A line whose price is not in the table: shown, flagged, never silently zero. */
  unpriced(spec: LineSpec): CostLine {
    return { ...this.make(spec, 0, true), unpriced: true };
  }

  /**
   * Lines for a tiered price (and an optional free allowance), consuming the design-wide meter
   * of `priceKey`: one line per tier touched, plus one $0 line for the free part.
   */
  tiered(spec: LineSpec, priceKey: string, free?: FreeAllowance): CostLine[] {
    const entry = this.require(priceKey);
    const lines: CostLine[] = [];
    let rest = spec.quantity;
    if (free && (free.always || this.freeTier)) {
      const allowance = this.table.allowances[free.key];
      if (!allowance) throw new Error(`cost: allowance ${free.key} missing in ${this.table.region}`);
      const per = free.per ?? 1;
      const total = (allowance.price ?? 0) / per;
      const used = this.freeUsed.get(free.key) ?? 0;
      const take = Math.min(rest, Math.max(0, total - used));
      this.freeUsed.set(free.key, used + take);
      if (take > 0 || rest === 0) {
        lines.push(
          this.make(
            {
              ...spec,
              id: `${spec.id}.free`,
              quantity: take,
              note: { key: free.note, params: { amount: grouped(allowance.price ?? 0) } },
            },
            0,
            allowance.status === 'estimate',
            free.key,
          ),
        );
      }
      rest -= take;
      if (rest <= 0) return lines;
    }
    const tiers = entry.tiers ?? [{ upTo: null, price: entry.price ?? 0 }];
    let position = this.consumed.get(priceKey) ?? 0;
    this.consumed.set(priceKey, position + rest);
    const touched: CostLine[] = [];
    tiers.forEach((tier, index) => {
      if (rest <= 0 && touched.length > 0) return;
      const room = tier.upTo === null ? Infinity : Math.max(0, tier.upTo - position);
      if (room <= 0) return;
      const take = Math.min(rest, room);
      rest -= take;
      position += take;
      const estimate = (tier.status ?? entry.status) === 'estimate';
      const from = index > 0 ? (tiers[index - 1]?.upTo ?? 0) : 0;
      const tierNote: Text =
        tier.upTo === null
          ? { key: 'cost.note.tierLast', params: { tier: index + 1, from } }
          : { key: 'cost.note.tier', params: { tier: index + 1, upTo: tier.upTo } };
      const note = tiers.length > 1 && (index > 0 || rest > 0) ? tierNote : spec.note;
      touched.push(
        this.make(
          { ...spec, id: index === 0 ? spec.id : `${spec.id}.tier${index + 1}`, quantity: take, note },
          tier.price,
          estimate,
          priceKey,
        ),
      );
    });
    return [...lines, ...touched];
  }

  private make(spec: LineSpec, unitPrice: number, estimate: boolean, priceKey?: string): CostLine {
    const line: CostLine = {
      id: spec.id,
      description: spec.params ? { key: spec.description, params: spec.params } : { key: spec.description },
      quantity: spec.quantity,
      unit: spec.unit,
      unitPrice,
      monthly: roundCents(spec.quantity * unitPrice),
      estimate,
    };
    if (priceKey) line.priceKey = priceKey;
    if (spec.note) line.note = spec.note;
    return line;
  }
}

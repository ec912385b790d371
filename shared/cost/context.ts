/**
 * What a cost function works with: the design, the region's price table, the document-wide
 * assumptions, and the meters that share tiers and free allowances across resources (AWS
 * applies them per account and Region, not per resource). Resources are priced in document
 * order, so the first resources use up a free allowance first; lines say so.
 */
import { defaultOf } from '../catalog/index';
import type { MessageKey, MessageParams } from '../i18n/index';
import type { Connection, Design, Resource, ResourceType } from '../model/types';
import type { NetworkModel } from '../network/index';
import { INTERNET_IP, networkOf } from '../network/index';
import { grouped, isPayable, MAX_LINE_USD, roundCents } from './money';
import type { PriceEntry, PriceTable, PriceTier } from './prices';
import type { Assumption, CostLine, Text } from './types';

export const DEFAULT_HOURS_PER_MONTH = 730;

const NO_CONNECTIONS: readonly Connection[] = Object.freeze([]);

/** Catalog defaults by type and prop: the catalog is static, and is searched field by field. */
const CATALOG_DEFAULTS = new Map<ResourceType, Map<string, unknown>>();

function catalogDefault(type: ResourceType, prop: string): unknown {
  let byProp = CATALOG_DEFAULTS.get(type);
  if (byProp === undefined) CATALOG_DEFAULTS.set(type, (byProp = new Map()));
  if (byProp.has(prop)) return byProp.get(prop);
  const value = defaultOf(type, prop);
  byProp.set(prop, value);
  return value;
}

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
  /** Props already listed as assumptions, by resource id ('' for the document). */
  private readonly seen = new Map<string, string[]>();
  /** The last resource's entry of `seen`: a resource's props are read one after another. */
  private lastWho: string | undefined;
  private lastProps: string[] = [];
  /** The note of a free allowance's lines, made once per allowance (every egress line has one). */
  private readonly freeNotes = new Map<string, Text>();
  private readonly consumed = new Map<string, number>();
  private readonly freeUsed = new Map<string, number>();
  private outgoing?: Map<string, Connection[]>;
  private elasticIps?: Map<string, string>;
  private natServed?: Map<string, string[]>;

  constructor(
    readonly design: Design,
    readonly table: PriceTable,
  ) {
    const byId = new Map<string, Resource>();
    for (const resource of design.resources) byId.set(resource.id, resource);
    this.byId = byId;
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
    return this.outgoing.get(id) ?? NO_CONNECTIONS;
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
        const list = served.get(target);
        if (list) list.push(resource.id);
        else served.set(target, [resource.id]);
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
    // A list per resource, not a "resource + prop" string per call: a resource has a handful of
    // props, and building a key string for every value read was the engine's main cost.
    const who = resource ?? '';
    if (who !== this.lastWho) {
      let props = this.seen.get(who);
      if (props === undefined) this.seen.set(who, (props = []));
      this.lastWho = who;
      this.lastProps = props;
    }
    if (this.lastProps.includes(prop)) return;
    this.lastProps.push(prop);
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
    const fromCatalog = catalogDefault(resource.type, prop);
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
   * of `priceKey`: one line per tier touched, plus one $0 line for the free part (first).
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
        let note = this.freeNotes.get(free.key);
        if (note === undefined || note.key !== free.note) {
          note = { key: free.note, params: { amount: grouped(allowance.price ?? 0) } };
          this.freeNotes.set(free.key, note);
        }
        lines.push(
          this.build(`${spec.id}.free`, spec, take, note, 0, allowance.status === 'estimate', free.key),
        );
      }
      rest -= take;
      if (rest <= 0) return lines;
    }
    let position = this.consumed.get(priceKey) ?? 0;
    this.consumed.set(priceKey, position + rest);
    const tiers = entry.tiers;
    if (tiers === undefined) {
      // A flat figure is one open-ended tier.
      lines.push(
        this.build(spec.id, spec, rest, spec.note, entry.price ?? 0, entry.status === 'estimate', priceKey),
      );
      return lines;
    }
    let touched = false;
    for (let index = 0; index < tiers.length; index++) {
      // Once the quantity is used up, later tiers stay untouched.
      if (rest <= 0 && touched) break;
      const tier = tiers[index] as PriceTier;
      const room = tier.upTo === null ? Infinity : Math.max(0, tier.upTo - position);
      if (room <= 0) continue;
      const take = Math.min(rest, room);
      rest -= take;
      position += take;
      touched = true;
      let note = spec.note;
      if (tiers.length > 1 && (index > 0 || rest > 0)) {
        note =
          tier.upTo === null
            ? {
                key: 'cost.note.tierLast',
                params: { tier: index + 1, from: index > 0 ? (tiers[index - 1]?.upTo ?? 0) : 0 },
              }
            : { key: 'cost.note.tier', params: { tier: index + 1, upTo: tier.upTo } };
      }
      const id = index === 0 ? spec.id : `${spec.id}.tier${index + 1}`;
      const estimate = (tier.status ?? entry.status) === 'estimate';
      lines.push(this.build(id, spec, take, note, tier.price, estimate, priceKey));
    }
    return lines;
  }

  private make(spec: LineSpec, unitPrice: number, estimate: boolean, priceKey?: string): CostLine {
    return this.build(spec.id, spec, spec.quantity, spec.note, unitPrice, estimate, priceKey);
  }

  /** The one place a line is made; `spec` gives the description, params and unit. */
  private build(
    id: string,
    spec: LineSpec,
    quantity: number,
    note: Text | undefined,
    unitPrice: number,
    estimate: boolean,
    priceKey: string | undefined,
  ): CostLine {
    const amount = quantity * unitPrice;
    const payable = isPayable(amount) && Number.isFinite(quantity);
    const line: CostLine = {
      id,
      description: spec.params ? { key: spec.description, params: spec.params } : { key: spec.description },
      quantity: Number.isFinite(quantity) ? quantity : 0,
      unit: spec.unit,
      unitPrice,
      monthly: payable ? roundCents(amount) : 0,
      estimate,
    };
    if (priceKey) line.priceKey = priceKey;
    if (note) line.note = note;
    if (!payable) {
      // Only reachable for designs that skipped the schema: listed, left out of the total.
      line.unpriced = true;
      line.note = { key: 'cost.note.outOfRange', params: { max: MAX_LINE_USD } };
    }
    return line;
  }
}

/**
 * The shapes of a cost report. A report is locale-free: every description is a message key
 * with parameters, so the same report renders in English or Korean (report.ts) and the UI can
 * switch language without pricing again.
 */
import type { MessageKey, MessageParams } from '../i18n/index';
import type { ResourceType } from '../model/types';

export type PriceStatus = 'verified' | 'estimate';

/** A message key with its parameters, translated when the report is rendered. */
export interface Text {
  key: MessageKey;
  params?: MessageParams;
}

export interface CostLine {
  /** Stable within an item ("hours", "lcu", "egress.tier1"): tests and the UI key on it. */
  id: string;
  description: Text;
  /** In `unit`s: hours, GB, million requests... */
  quantity: number;
  /** Message key of the unit, e.g. cost.unit.hour. */
  unit: MessageKey;
  /** USD per unit, exactly as in the price table. */
  unitPrice: number;
  /** USD, rounded to the cent: quantity x unitPrice. */
  monthly: number;
  /** The price behind this line is unverified (status "estimate" in the table). */
  estimate: boolean;
  /** Key of the figure in prices/REGION.json, when the line is priced from the table. */
  priceKey?: string;
  /** Why the line is what it is: free tier, an inference, an open question. */
  note?: Text;
  /** No price is known (e.g. an instance type missing from the table): monthly is 0. */
  unpriced?: boolean;
}

export interface CostItem {
  resource: string;
  type: ResourceType;
  name?: string;
  /** Sum of the item's rounded lines. */
  monthly: number;
  lines: CostLine[];
}

/** A value the report relies on: a usage prop left to its default, or given in the design. */
export interface Assumption {
  /** Resource or connection id; null for document-wide assumptions. */
  resource: string | null;
  prop: string;
  value: number | string | boolean;
  source: 'default' | 'design' | 'option';
}

export interface CostHint {
  /** Stable rule-like id: "s3-via-nat", "idle-interface-endpoint", ... */
  id: string;
  resources: string[];
  message: Text;
  /** USD per month saved by following the hint (0 when it is a trade-off, not a saving). */
  monthlySavings: number;
}

export interface CostReport {
  region: string;
  /** The design's name, for report titles. */
  name: string;
  currency: 'USD';
  hoursPerMonth: number;
  freeTier: boolean;
  /** Sum of every rounded line. */
  monthlyTotal: number;
  items: CostItem[];
  assumptions: Assumption[];
  hints: CostHint[];
  /** True when any charged line uses an estimated price. */
  estimate: boolean;
  /** True when some line has no price (it is listed, and left out of the total). */
  unpriced: boolean;
  krw: {
    rate: number;
    source: 'design' | 'option' | 'default';
    /** Date of the default rate; empty when the rate comes from the design or the command line. */
    asOf: string;
    /** Sum of the lines in won (each rounded to the won). */
    monthlyTotal: number;
  };
  /** Price table version (its date) and where figures come from. */
  priceTable: { version: string; regionName: string };
}

export interface CostOptions {
  /** Price the design in this region instead of design.region. */
  region?: string;
  /** KRW per USD, overriding assumptions.krwPerUsd and the default. */
  krwPerUsd?: number;
}
